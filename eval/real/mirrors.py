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
