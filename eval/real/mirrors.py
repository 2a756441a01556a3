"""Reading fetched repositories (the mirrors under /work/.mirror/owner+name/repo), shared by
eval/real/sample.py and eval/real/sample2.py: a file's text at the mirror's HEAD, and the
HEAD commit, for each item's locator."""
import subprocess

class Mirrors:
    def __init__(self, root):
        self.root = root

    def git(self, repo, *args):
        return subprocess.run(['git', '-C', f'{self.root}/{repo}/repo', *args], capture_output=True, check=True).stdout

    def show(self, repo, path):
        return self.git(repo, 'show', f'HEAD:{path}').decode('utf-8')

    def commit(self, repo):
        return self.git(repo, 'rev-parse', 'HEAD').decode().strip()

    def blobs(self, repo, folder):
        """Every file under `folder` at HEAD as (path, bytes), in path order, read by one
        `git cat-file --batch` (thousands of small files: one process, not one each)."""
        tree = self.git(repo, 'ls-tree', '-r', 'HEAD', folder).decode().split('\n')
        entries = [(line.split()[2], line.split('\t', 1)[1]) for line in tree if line.strip()]
        out = subprocess.run(['git', '-C', f'{self.root}/{repo}/repo', 'cat-file', '--batch'], input=''.join(oid + '\n' for oid, _ in entries).encode(),
                             capture_output=True, check=True).stdout
        pos = 0
        for _, path in entries:
            header_end = out.index(b'\n', pos)
            size = int(out[pos:header_end].split()[2])
            yield path, out[header_end + 1:header_end + 1 + size]
            pos = header_end + 1 + size + 1
