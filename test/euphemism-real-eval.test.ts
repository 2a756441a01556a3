// The real-text euphemism gold (eval/data/euphemism-real/) is well-formed, and its scorer
// counts precision and recall as documented. Not a check of the current figures.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL,
  type Judged,
  baselineOf,
  flagsOf,
  judge,
  scoreEuphemismReal,
  scoresOf,
} from '../eval/euphemism-real';
import {
  CANDIDATES_FILE,
  EUPHEMISM_REAL_DIR,
  type GoldCandidate,
  LABELS,
  POOLS,
  goldProblems,
  readCandidates,
  readEuphemismRealGold,
  splitOf,
} from '../eval/euphemism-real/gold';
import { detokenize } from '../eval/euphemism-real/sample';
import type { EuphemismAnnotation } from '../src/types';

const gold = readEuphemismRealGold();
const LOADED_CATEGORIES = new Set(['contested-terminology', 'delegitimising-label', 'dehumanising-language']);

describe('eval/data/euphemism-real/gold.jsonl', () => {
  test('has 500 to 800 candidates with unique ids, every one well-formed', () => {
    expect(gold.length).toBeGreaterThanOrEqual(500);
    expect(gold.length).toBeLessThanOrEqual(800);
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
    expect(gold.flatMap((g) => goldProblems(g).map((p) => `${g.id}: ${p}`))).toEqual([]);
  });

  test('spans are the text they point at, and each id names its entry', () => {
    for (const g of gold) {
      expect(g.text.slice(g.span.start, g.span.end)).toBe(g.span.text);
      expect(g.id.startsWith(`${g.entry}#`)).toBe(true);
    }
  });

  test('labels are the three of the README; loaded only for label categories, euphemistic only for the others', () => {
    expect(new Set(gold.map((g) => g.label))).toEqual(new Set(LABELS));
    for (const g of gold.filter((x) => x.label !== 'literal')) {
      expect([g.id, g.label]).toEqual([g.id, LOADED_CATEGORIES.has(g.category) ? 'loaded' : 'euphemistic']);
    }
  });

  test('splits come from the hash of the id, about half each', () => {
    for (const g of gold) expect(g.split).toBe(splitOf(g.id));
    const dev = gold.filter((g) => g.split === 'dev').length;
    expect(dev / gold.length).toBeGreaterThan(0.4);
    expect(dev / gold.length).toBeLessThan(0.6);
  });

  test('every pool is used and no item comes from a test file', () => {
    expect(new Set(gold.map((g) => g.pool))).toEqual(new Set(POOLS));
    const gumTest = new Set((JSON.parse(readFileSync(join(EUPHEMISM_REAL_DIR, 'gum-splits.json'), 'utf8')) as { test: string[] }).test);
    for (const g of gold) {
      const { repo, path } = g.locator;
      expect(path).not.toMatch(/-ud-test\.conllu$|^eng\.testb$|(^|\/)test\//);
      if (g.pool === 'gum') expect(gumTest.has(path.replace(/^.*\//, '').replace(/\.conllu$/, ''))).toBe(false);
      if (g.pool === 'conll2003') expect(['eng.train', 'eng.testa']).toContain(path);
      if (repo === 'evgeny-kolonsky/gaza-news') expect(['cnn-news-israel-hamas-war.txt', 'googlenews-bbc-gaza.txt']).toContain(path);
    }
  });

  test('is the candidates file with a label and a note added', () => {
    const candidates = readCandidates(CANDIDATES_FILE);
    expect(gold.map(({ label: _label, note: _note, ...rest }) => rest)).toEqual(candidates);
  });

  test('every entry was in the lexicon when sampled', () => {
    const sampled = new Set(
      readFileSync(join(EUPHEMISM_REAL_DIR, 'lexicon-at-sampling.txt'), 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.split('\t')[1]),
    );
    expect(gold.map((g) => g.entry).filter((e) => !sampled.has(e))).toEqual([]);
  });
});

describe('the scorer', () => {
  const item = (id: string, category: string, entry: string, label: GoldCandidate['label'], split: 'dev' | 'test' = 'dev'): GoldCandidate => ({
    id,
    split,
    pool: 'ewt',
    locator: { repo: 'a/b', path: 'x.conllu', line: 1, sent_id: id },
    text: `text ${id} with the phrase`,
    entry,
    category,
    span: { start: 0, end: 4, text: 'text' },
    label,
    note: '',
  });
  const annotation = (start: number, end: number, entry: string, category: string): Pick<EuphemismAnnotation, 'start' | 'end' | 'entry' | 'category'> => ({
    start,
    end,
    entry,
    category,
  });

  test('a candidate is flagged by an overlapping annotation of its category (or, strictly, its entry)', () => {
    const c = item('a', 'false-symmetry', 'clashes', 'euphemistic');
    expect(flagsOf(c, [annotation(2, 9, 'clashes', 'false-symmetry')])).toBe(true);
    expect(flagsOf(c, [annotation(2, 9, 'communal-violence', 'false-symmetry')])).toBe(true);
    expect(flagsOf(c, [annotation(2, 9, 'communal-violence', 'false-symmetry')], 'entry')).toBe(false);
    expect(flagsOf(c, [annotation(4, 9, 'clashes', 'false-symmetry')])).toBe(false); // touching, not overlapping
    expect(flagsOf(c, [annotation(0, 4, 'unrest', 'minimising-violence')])).toBe(false);
  });

  test('precision and recall per category and overall, with the flag-everything baseline', () => {
    const items = [
      item('p1', 'cat-a', 'e1', 'euphemistic'), // flagged, positive
      item('p2', 'cat-a', 'e1', 'euphemistic'), // missed
      item('l1', 'cat-a', 'e1', 'literal'), // false flag
      item('l2', 'cat-a', 'e1', 'literal'), // rightly left
      item('p3', 'cat-b', 'e2', 'loaded'), // flagged by another entry of cat-b
      item('t1', 'cat-b', 'e2', 'loaded', 'test'), // other split
    ];
    const flagged: Record<string, Array<Pick<EuphemismAnnotation, 'start' | 'end' | 'entry' | 'category'>>> = {
      p1: [annotation(0, 4, 'e1', 'cat-a')],
      l1: [annotation(1, 3, 'e1', 'cat-a')],
      p3: [annotation(0, 10, 'e9', 'cat-b')],
    };
    const detect = (text: string): EuphemismAnnotation[] => (flagged[text.split(' ')[1] as string] ?? []) as EuphemismAnnotation[];
    const judged: Judged[] = judge(items, detect);
    const result = scoreEuphemismReal(judged);
    const dev = result.tool.get('dev');
    expect(dev?.get('cat-a')).toEqual({ candidates: 4, positive: 2, flagged: 2, hits: 1 });
    expect(scoresOf(dev?.get('cat-a') as never)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(dev?.get(ALL)).toEqual({ candidates: 5, positive: 3, flagged: 3, hits: 2 });
    const all = scoresOf(dev?.get(ALL) as never);
    expect(all.precision).toBeCloseTo(2 / 3);
    expect(all.recall).toBeCloseTo(2 / 3);
    const base = scoresOf(baselineOf(dev?.get(ALL) as never));
    expect([base.precision, base.recall]).toEqual([0.6, 1]);
    expect(base.f1).toBeCloseTo(0.75);
    expect(result.baseline.get('dev')?.get('cat-a')).toEqual({ candidates: 4, positive: 2, flagged: 4, hits: 2 });
    // The same-entry rule loses p3, flagged only by another entry of its category.
    expect(result.sameEntry.get('dev')).toEqual({ candidates: 5, positive: 3, flagged: 2, hits: 1 });
    expect(result.tool.get('test')?.get(ALL)).toEqual({ candidates: 1, positive: 1, flagged: 0, hits: 0 });
    expect(scoresOf(result.tool.get('test')?.get(ALL) as never)).toEqual({ precision: null, recall: 0, f1: null });
  });
});

describe('detokenize (CoNLL-2003 sentences)', () => {
  test('closes up punctuation, clitics, brackets and quotes', () => {
    expect(detokenize(['He', 'said', ',', '"', 'we', 'do', "n't", 'know', '(', 'yet', ')', '.', '"', 'Russia', "'s", 'army'])).toBe(
      'He said, "we don\'t know (yet)." Russia\'s army',
    );
  });
});
