// A folder of .txt/.md files with front matter, one document each, read in name order
// (subfolders included, hidden files skipped). Other files are counted, not read.

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { documentItem } from './document-file';
import { DOCUMENT_EXTENSIONS, type ImportItem, MAX_FILE_BYTES } from './item-stream';

export interface FolderScan {
  items: AsyncGenerator<ImportItem>;
  /** Files skipped as not .txt/.md (their paths under the folder), known once `items` is exhausted. */
  skipped(): string[];
}

export function folderItems(root: string): FolderScan {
  const skipped: string[] = [];
  async function* walk(dir: string): AsyncGenerator<ImportItem> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        yield* walk(path);
        continue;
      }
      if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) {
        skipped.push(relative(root, path));
        continue;
      }
      const at = relative(root, path);
      try {
        const size = (await stat(path)).size;
        yield size > MAX_FILE_BYTES ? { at, error: 'file larger than 1 MB' } : documentItem(at, await readFile(path));
      } catch (error) {
        yield { at, error: `cannot read: ${(error as Error).message}` };
      }
    }
  }
  return { items: walk(root), skipped: () => [...skipped] };
}
