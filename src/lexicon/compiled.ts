// The shipped lexicons compiled once, not parsed per process (issue 15, "data compiled once"):
// a folder's YAML files as parsed, and every wording its entries expand to, kept in .cache/
// beside the package. The key is a hash of the data files and of the code that reads and
// expands them, so a change to either compiles afresh; a cache that cannot be read or
// written is skipped, never trusted.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { GRAMMAR_DIR } from '../nlp/grammar/data';
import { PACKAGE_ROOT } from '../paths';

export const COMPILED_DIR = join(PACKAGE_ROOT, '.cache');

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

const pathFor = (dir: string): string => join(COMPILED_DIR, `lexicon-${basename(dir)}.json`);

/** The compiled folder, when the cache holds it under this key. */
export function readCompiled(dir: string, key: string): CompiledLexicon | null {
  try {
    const compiled = JSON.parse(readFileSync(pathFor(dir), 'utf8')) as CompiledLexicon;
    return compiled.key === key ? compiled : null;
  } catch {
    return null;
  }
}

/** Keeps the compiled folder for the next process; a read-only install just goes without. */
export function writeCompiled(dir: string, compiled: CompiledLexicon): void {
  try {
    mkdirSync(COMPILED_DIR, { recursive: true });
    const path = pathFor(dir);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(compiled));
    renameSync(temporary, path);
  } catch {
    // nothing kept: the next process compiles again
  }
}
