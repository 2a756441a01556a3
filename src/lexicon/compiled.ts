// The shipped lexicons compiled once, not parsed per process (issue 15, "data compiled once"):
// a folder's YAML files as parsed, and every wording its entries expand to, kept in .cache/
// beside the package. The key is a hash of the data files and of the code that reads and
// expands them, so a change to either compiles afresh; a cache that cannot be read or
// written is skipped, never trusted.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CACHE_DIR, readCacheFile, writeCacheFile } from '../nlp/cache-file';
import { GRAMMAR_DIR } from '../nlp/grammar/data';

export const COMPILED_DIR = CACHE_DIR;

/** The modules whose code decides what is cached: reading, validating and expanding wordings. */
const CODE = ['load', 'schema', 'checker', 'pattern', 'words', '../nlp/grammar/inflect', '../nlp/tokenize', '../nlp/grammar/verb-forms'];
/** Data outside the folder that the expansions depend on: the irregular verb forms. */
const SHARED_DATA = [join(GRAMMAR_DIR, 'irregular-verbs.yml')];

export interface CompiledLexicon {
  key: string;
  /** Each file's parsed YAML, by file name. */
  yaml: Record<string, unknown>;
  /** Pattern → the word sequences it expands to (words.ts). */
  expansions: Record<string, string[][]>;
}

/** A hash of the code and of every data file (name and text) of a folder. */
export function compiledKey(files: ReadonlyArray<readonly [string, string]>): string {
  const hash = createHash('sha256');
  for (const module of CODE) hash.update(readFileSync(join(__dirname, `${module}${extname(__filename)}`)));
  for (const path of SHARED_DATA) hash.update(readFileSync(path));
  for (const [name, text] of files) hash.update(`\u0000${name}\u0000${text}`);
  return hash.digest('hex');
}

const nameFor = (dir: string): string => `lexicon-${basename(dir)}.json`;

/** The compiled folder, when the cache holds it under this key. */
export function readCompiled(dir: string, key: string): CompiledLexicon | null {
  const bytes = readCacheFile(nameFor(dir));
  try {
    const compiled = bytes && (JSON.parse(bytes.toString('utf8')) as CompiledLexicon);
    return compiled && compiled.key === key ? compiled : null;
  } catch {
    return null;
  }
}

/** Keeps the compiled folder for the next process; a read-only install just goes without. */
export function writeCompiled(dir: string, compiled: CompiledLexicon): void {
  writeCacheFile(nameFor(dir), JSON.stringify(compiled));
}
