// Analyses stored compactly (issue 17, store version 4): packed with a preset dictionary,
// read back exactly; a store of version 3 keeps its JSON analyses readable and packs what it
// saves from then on.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze } from '../src/analyze';
import { getAnalysis, saveAnalyses, saveAnalysis } from '../src/corpus/store/analyses';
import { itemsWithAnalyses } from '../src/corpus/store/browse';
import { addItems } from '../src/corpus/store/items';
import { DICTIONARY_FILE, analysisAt, packBlock, unpackBlock, withSpanTexts, withoutSpanTexts } from '../src/corpus/store/packed';
import { CorpusStore } from '../src/corpus/store/store';
import { PACKAGE_ROOT } from '../src/paths';

const TEXTS = [
  'Riot police shot dead four demonstrators near the port on Tuesday.',
  'Officials described the killings as "isolated incidents" and said troops would regroup.',
  'A convoy of displaced families was struck twice as it left the town.',
  'Markets reopened after the holiday.',
];

function analysisOf(text: string) {
  const { annotations, summary } = analyze(text);
  return { annotations, summary };
}

describe('packed analyses', () => {
  test('a block reads back every analysis exactly, in a fraction of the JSON', () => {
    const entries = TEXTS.map((text) => ({ analysis: analysisOf(text), source: text }));
    const lines = unpackBlock(packBlock(entries));
    entries.forEach(({ analysis, source }, slot) => expect(JSON.stringify(analysisAt(lines, slot, source))).toBe(JSON.stringify(analysis)));
    const json = entries.reduce((n, { analysis }) => n + Buffer.byteLength(JSON.stringify(analysis)), 0);
    // a quarter or less before the lexicon's sources gained publishers and dates the fixed
    // dictionary does not hold
    expect(packBlock(entries).length).toBeLessThan(json / 3.5);
  });

  test('an unknown format is refused with a message, not misread; a missing slot too', () => {
    const block = packBlock([{ analysis: analysisOf(TEXTS[0] as string), source: TEXTS[0] as string }]);
    expect(() => analysisAt(unpackBlock(block), 1, '')).toThrow('no analysis in slot 1');
    block[0] = 9;
    expect(() => unpackBlock(block)).toThrow('unknown format (9)');
  });

  test('a span keeps its own text where the source differs at its offsets', () => {
    const source = 'Police shot two men.';
    const value = [{ start: 0, end: 6, text: 'Police', agent: { start: 7, end: 11, text: 'fired' } }];
    expect(withoutSpanTexts(value, source)).toEqual([{ start: 0, end: 6, text: 0, agent: { start: 7, end: 11, text: 'fired' } }]);
    expect(withSpanTexts(withoutSpanTexts(value, source), source)).toEqual(value);
  });

  test('the dictionary file is the one stored analyses were packed with', () => {
    const sha = createHash('sha256').update(readFileSync(join(PACKAGE_ROOT, DICTIONARY_FILE))).digest('hex');
    expect(sha).toBe('4cc72961bc783e87bf1c544cfd4dfceef459b325004fbd1a44777804403f8af4');
  });
});

describe('blocks in the store', () => {
  test('analyses saved together share a block; replacing them all drops it; reading goes through any order', () => {
    const store = CorpusStore.open(':memory:');
    try {
      addItems(store, TEXTS.map((text, i) => ({ item: { id: `b${i}`, outlet: 'O', date: null, url: null, headline: text, text: '', event: null, language: null }, source: 'test' })));
      const first = TEXTS.map((text, i) => ({ id: `b${i}`, analysis: analysisOf(text) }));
      store.write(() => expect(saveAnalyses(store, [...first, { id: 'nope', analysis: analysisOf('x') }])).toEqual([true, true, true, true, false]));
      const blocks = () => (store.db.prepare('SELECT id FROM analysis_blocks').all() as { id: number }[]).map((b) => b.id);
      expect(blocks()).toHaveLength(1);
      expect([3, 0, 2, 1].map((i) => getAnalysis(store, `b${i}`))).toEqual([3, 0, 2, 1].map((i) => first[i]?.analysis));
      const old = blocks()[0];
      store.write(() => saveAnalyses(store, first.slice(0, 2)));
      expect(blocks()).toEqual([old, expect.any(Number)]);
      store.write(() => saveAnalyses(store, first.slice(2)));
      expect(blocks()).not.toContain(old);
      expect(blocks()).toHaveLength(2);
      expect(TEXTS.map((_, i) => getAnalysis(store, `b${i}`))).toEqual(first.map((f) => f.analysis));
    } finally {
      store.close();
    }
  });
});

describe('a store of version 3 (analyses as JSON)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-packed-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads its JSON analyses, packs what it saves, and counts both', () => {
    const path = join(dir, 'v3.sqlite');
    const store = CorpusStore.open(path);
    addItems(store, TEXTS.slice(0, 2).map((text, i) => ({ item: { id: `t${i}`, outlet: 'O', date: null, url: null, headline: text, text: '', event: null, language: null }, source: 'test' })));
    store.close();
    const old = analysisOf(TEXTS[0] as string);
    const raw = new Database(path);
    raw.exec('DROP INDEX analyses_block; ALTER TABLE analyses DROP COLUMN block; ALTER TABLE analyses DROP COLUMN slot; DROP TABLE analysis_blocks');
    raw.prepare(`INSERT INTO analyses (pk, annotations, summary, words, harm, harm_named, harm_agentless_passive, harm_intransitive,
      harm_nominalization, passives, agentless_passives, euphemisms) VALUES (1, ?, ?, 11, 1, 1, 0, 0, 0, 0, 0, 0)`)
      .run(JSON.stringify(old.annotations), JSON.stringify(old.summary));
    raw.pragma('user_version = 3');
    raw.close();

    const reopened = CorpusStore.open(path);
    try {
      expect(reopened.db.pragma('user_version', { simple: true })).toBe(4);
      expect(getAnalysis(reopened, 't0')).toEqual(old);
      const fresh = analysisOf(TEXTS[1] as string);
      expect(saveAnalysis(reopened, 't1', fresh)).toBe(true);
      const row = reopened.db.prepare('SELECT annotations, block FROM analyses WHERE pk = 2').get() as { annotations: string; block: number | null };
      expect(row.annotations).toBe('');
      expect(row.block).not.toBeNull();
      expect([...itemsWithAnalyses(reopened)].map((x) => x.analysis)).toEqual([old, fresh]);
    } finally {
      reopened.close();
    }
  });
});
