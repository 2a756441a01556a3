// Files derived from the shipped data and kept in .cache/ beside the package (issue 15): the
// compiled lexicons (src/lexicon/compiled.ts) and the tag lexicon's table (./tag-table.ts).
// `npm install` writes them (train/build-binary-models.ts); a process that finds one missing,
// stale or unreadable builds it from the source and writes it again. A cache that cannot be
// read or written is skipped, never trusted: each reader checks what it reads against a key.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths';

export const CACHE_DIR = join(PACKAGE_ROOT, '.cache');

/** The sha-256 (hex) of `bytes`: what a cached file keeps of the source it was built from. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const cachePath = (name: string): string => join(CACHE_DIR, name);

/** The file `name` in the cache, or null when there is none or it cannot be read. */
export function readCacheFile(name: string): Buffer | null {
  try {
    return readFileSync(cachePath(name));
  } catch {
    return null;
  }
}

/** Keeps `data` as the file `name` for the next process (written whole, then renamed); a read-only install goes without. */
export function writeCacheFile(name: string, data: string | Uint8Array): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const path = cachePath(name);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch {
    // nothing kept: the next process builds it again
  }
}
