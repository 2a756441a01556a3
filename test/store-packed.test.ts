// Analyses stored compactly (issue 17, store version 4): packed with a preset dictionary,
// read back exactly; a store of version 3 keeps its JSON analyses readable and packs what it
// saves from then on.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze } from '../src/analyze';
import { getAnalysis, saveAnalysis } from '../src/corpus/store/analyses';
import { itemsWithAnalyses } from '../src/corpus/store/browse';
import { addItems } from '../src/corpus/store/items';
import { DICTIONARY_FILE, packAnalysis, unpackAnalysis } from '../src/corpus/store/packed';
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
  test.each(TEXTS)('read back exactly, in a fraction of the JSON: %s', (text) => {
    const analysis = analysisOf(text);
    const packed = packAnalysis(analysis);
    expect(unpackAnalysis(packed)).toEqual(analysis);
    const json = Buffer.byteLength(JSON.stringify(analysis.annotations) + JSON.stringify(analysis.summary));
    expect(packed.length).toBeLessThan(json / 3);
  });

  test('an unknown format is refused with a message, not misread', () => {
    const packed = packAnalysis(analysisOf(TEXTS[0] as string));
    packed[0] = 9;
    expect(() => unpackAnalysis(packed)).toThrow('unknown format (9)');
  });

  test('the dictionary file is the one stored analyses were packed with', () => {
    const sha = createHash('sha256').update(readFileSync(join(PACKAGE_ROOT, DICTIONARY_FILE))).digest('hex');
    expect(sha).toBe('86b7835104b0d28d643252eedf917c1cd0cc0850625732b3f5b40c309f7391c3');
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
    raw.exec('ALTER TABLE analyses DROP COLUMN packed');
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
      const row = reopened.db.prepare('SELECT annotations, length(packed) AS n FROM analyses WHERE pk = 2').get() as { annotations: string; n: number };
      expect(row.annotations).toBe('');
      expect(row.n).toBeGreaterThan(0);
      expect([...itemsWithAnalyses(reopened)].map((x) => x.analysis)).toEqual([old, fresh]);
    } finally {
      reopened.close();
    }
  });
});
