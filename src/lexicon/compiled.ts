// The shipped lexicons compiled once, not parsed per process (issue 15, "data compiled once"):
// a folder's lexicon as validated, and every wording its entries expand to, kept in .cache/
// beside the package. The key is a hash of the data files and of the code that reads,
// validates and expands them, so a change to either compiles afresh; only a lexicon that
// passed validation is kept, so one read back under the same key needs none. A cache that
// cannot be read or written is skipped, never trusted.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CACHE_DIR, readCacheFile, writeCacheFile } from '../nlp/cache-file';
import { GRAMMAR_DIR } from '../nlp/grammar/data';
import type { Lexicon, Source } from './types';
import { expansionsOf, primeExpansions } from './words';

export const COMPILED_DIR = CACHE_DIR;

/** The modules whose code decides what is cached: reading, validating and expanding wordings. */
const CODE = ['compiled', 'load', 'schema', 'checker', 'pattern', 'words', '../nlp/grammar/inflect', '../nlp/tokenize', '../nlp/grammar/verb-forms'];
/** Data outside the folder that the expansions depend on: the irregular verb forms. */
const SHARED_DATA = [join(GRAMMAR_DIR, 'irregular-verbs.yml')];

export interface CompiledLexicon {
  key: string;
  /** The folder's lexicon, as validated (load.ts). */
  lexicon: Lexicon;
  /** Pattern → the word sequences it expands to (words.ts). */
  expansions: Record<string, string[][]>;
}

/** A compiled lexicon as its file holds it: the lexicon's maps as lists of pairs. */
interface Stored extends Omit<CompiledLexicon, 'lexicon'> {
  lexicon: Omit<Lexicon, 'sources' | 'wordlists'> & { sources: [string, Source][]; wordlists: [string, string[]][] };
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
    const stored = bytes && (JSON.parse(bytes.toString('utf8')) as Stored);
    if (!stored || stored.key !== key) return null;
    const { sources, wordlists, ...lexicon } = stored.lexicon;
    return { key, lexicon: { ...lexicon, sources: new Map(sources), wordlists: new Map(wordlists) }, expansions: stored.expansions };
  } catch {
    return null;
  }
}

/** Keeps the compiled folder for the next process; a read-only install just goes without. */
export function writeCompiled(dir: string, compiled: CompiledLexicon): void {
  const { sources, wordlists, ...lexicon } = compiled.lexicon;
  const stored: Stored = { ...compiled, lexicon: { ...lexicon, sources: [...sources], wordlists: [...wordlists] } };
  writeCacheFile(nameFor(dir), JSON.stringify(stored));
}

/**
 * Primes expandPattern (words.ts) with what `patterns` expand to, kept as the file `name` in
 * the cache under a key of the patterns and of the code and data that expand them; expanded,
 * and kept, when the file is missing or stale. For wordings of no lexicon folder: expanding the
 * harm lexicon's 2,000 patterns took some 30 ms of every start-up (issue 15).
 */
export function primeCompiledExpansions(name: string, patterns: readonly string[]): void {
  const key = compiledKey([['patterns', patterns.join('\n')]]);
  const bytes = readCacheFile(name);
  try {
    const stored = bytes && (JSON.parse(bytes.toString('utf8')) as Pick<CompiledLexicon, 'key' | 'expansions'>);
    if (stored && stored.key === key) return primeExpansions(stored.expansions);
  } catch {
    // unreadable: expanded again below
  }
  writeCacheFile(name, JSON.stringify({ key, expansions: expansionsOf(patterns) }));
}
