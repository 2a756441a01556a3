// The real-text euphemism gold (eval/data/euphemism-real/): candidates found by
// eval/euphemism-real/sample.ts (every occurrence of a lexicon wording in sentences and
// headlines we did not write, context conditions ignored), each labelled by hand as the
// sense the lexicon entry criticises (euphemistic, loaded) or an ordinary use (literal).
// See eval/data/euphemism-real/README.md.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths';

export const EUPHEMISM_REAL_DIR = join(PACKAGE_ROOT, 'eval', 'data', 'euphemism-real');
export const CANDIDATES_FILE = join(EUPHEMISM_REAL_DIR, 'candidates.jsonl');
export const EUPHEMISM_REAL_GOLD_FILE = join(EUPHEMISM_REAL_DIR, 'gold.jsonl');

export type RealSplit = 'dev' | 'test';
export const POOLS = ['ewt', 'gum', 'rss2025', 'cnn-live', 'bbc-google', 'reuters', 'conll2003'] as const;
export type Pool = (typeof POOLS)[number];
export const LABELS = ['euphemistic', 'loaded', 'literal'] as const;
export type Label = (typeof LABELS)[number];

/** Where a pool item comes from: a repository, a file in it, and a line and/or sentence id. */
export interface Locator {
  repo: string;
  /** Commit of the file read, where the pool was read from a fetched repository. */
  commit?: string;
  path: string;
  /** 1-based line of the file holding the text. */
  line: number;
  /** UD sentence id, for treebank pools. */
  sent_id?: string;
  /** Further fields of the pool's own source record (outlet, date, url, index...). */
  [key: string]: unknown;
}

export interface Candidate {
  id: string;
  split: RealSplit;
  pool: Pool;
  locator: Locator;
  /** The pool item: a treebank sentence or a headline. */
  text: string;
  /** Lexicon entry whose wording occurs, and its category, when sampled. */
  entry: string;
  category: string;
  /** UTF-16 offsets into text, end exclusive. */
  span: { start: number; end: number; text: string };
}

export interface GoldCandidate extends Candidate {
  label: Label;
  note: string;
}

/** dev or test from the id's hash, about half each (fixed once written: readers check it). */
export function splitOf(id: string): RealSplit {
  const byte = createHash('sha256').update(id).digest()[0] as number;
  return byte < 128 ? 'dev' : 'test';
}

export const isPositive = (label: Label): boolean => label !== 'literal';

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Problems with one candidate (empty when it is well-formed). */
export function candidateProblems(c: Candidate): string[] {
  const problems: string[] = [];
  if (typeof c.id !== 'string' || c.id === '') problems.push('no id');
  if (!POOLS.includes(c.pool)) problems.push(`unknown pool ${String(c.pool)}`);
  if (c.split !== 'dev' && c.split !== 'test') problems.push(`bad split ${String(c.split)}`);
  else if (c.split !== splitOf(c.id)) problems.push('split is not the hash of the id');
  if (typeof c.text !== 'string' || c.text.trim() === '') problems.push('no text');
  if (typeof c.entry !== 'string' || typeof c.category !== 'string') problems.push('no entry or category');
  const l = c.locator;
  if (!l || typeof l.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(l.repo)) problems.push('locator needs repo owner/name');
  if (!l || typeof l.path !== 'string' || l.path === '') problems.push('locator needs path');
  if (!l || !Number.isInteger(l.line) || l.line < 1) problems.push('locator needs a line');
  if ((c.pool === 'ewt' || c.pool === 'gum') && typeof l?.sent_id !== 'string') problems.push('treebank locator needs sent_id');
  if (/en_gum-ud-test|en_ewt-ud-test|en_pud|ud-english-pud/i.test(l?.path ?? '')) problems.push('drawn from a test file');
  const s = c.span;
  if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > (c.text ?? '').length) {
    problems.push('bad span offsets');
  } else if (c.text.slice(s.start, s.end) !== s.text) {
    problems.push(`span text "${s.text}" is not text[${s.start}, ${s.end})`);
  }
  return problems;
}

export function goldProblems(g: GoldCandidate): string[] {
  const problems = candidateProblems(g);
  if (!LABELS.includes(g.label)) problems.push(`unknown label ${String(g.label)}`);
  if (typeof g.note !== 'string') problems.push('note must be a string');
  return problems;
}

export function readCandidates(path: string = CANDIDATES_FILE): Candidate[] {
  return readJsonl<Candidate>(path);
}

/** The gold, checked: throws on the first malformed item. */
export function readEuphemismRealGold(path: string = EUPHEMISM_REAL_GOLD_FILE): GoldCandidate[] {
  const items = readJsonl<GoldCandidate>(path);
  items.forEach((item, i) => {
    const problems = goldProblems(item);
    if (problems.length > 0) throw new Error(`${path}:${i + 1} (${item.id}): ${problems.join('; ')}`);
  });
  return items;
}
