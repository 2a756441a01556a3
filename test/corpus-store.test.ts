// The store: opening and refusing files, `framing annotate --db`, full-text search,
// suggested events.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { suggestEvents } from '../src/corpus/stats/suggest';
import { getAnalysis, pendingCount } from '../src/corpus/store/analyses';
import { addItems, assignEvent } from '../src/corpus/store/items';
import { toItem } from '../src/corpus/validate';
import { ftsQuery, search, snippetPieces } from '../src/corpus/store/search';
import { CorpusStore } from '../src/corpus/store/store';
import { fakeAnalyze, problems, runCli } from './fixtures/cli/run';
import { storeWith } from './fixtures/corpus/store';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-store-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('opening a store', () => {
  test('created on first use, folders included; opened again with its items', () => {
    const path = join(dir, 'a', 'b', 'new.sqlite');
    const store = CorpusStore.open(path);
    store.close();
    const again = CorpusStore.open(path);
    expect(again.db.pragma('application_id', { simple: true })).toBe(0x6672616d);
    again.close();
  });

  test.each([
    ['a SQLite file made by something else', (path: string) => {
      const db = new Database(path);
      db.exec('CREATE TABLE other (x)');
      db.close();
    }, /is not a framing store/],
    ['a text file', (path: string) => writeFileSync(path, 'hello, not a database'), /cannot open the store .*: file is not a database/],
    ['a store from a newer framing', (path: string) => {
      CorpusStore.open(path).close();
      const db = new Database(path);
      db.pragma('user_version = 99');
      db.close();
    }, /made by a newer framing/],
  ])('refuses %s', (_name, make, message) => {
    const path = join(dir, `refuse-${Math.random()}.sqlite`);
    make(path);
    expect(() => CorpusStore.open(path)).toThrow(message);
  });
});

describe('framing annotate --db', () => {
  async function importSample(): Promise<string> {
    const db = join(dir, `annotate-${Math.random()}.sqlite`);
    const file = join(dir, `in-${Math.random()}.jsonl`);
    writeFileSync(file, [
      { id: 'a', outlet: 'A', headline: 'Two men were shot by police', text: '' },
      { id: 'b', outlet: 'B', headline: 'Protesters were beaten', text: 'Nothing else.' },
      { id: 'c', outlet: 'B', headline: 'BOOM', text: '' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    await runCli(['import', file, '--db', db]);
    return db;
  }

  test('annotates the items not yet annotated and stores their annotations; failures name the item', async () => {
    const db = await importSample();
    const run = await runCli(['annotate', '--db', db]);
    expect(problems(run.stderr)).toEqual(['item "c": analysis failed: fake failure']);
    expect(run.stderr).toMatch(/framing: 2 documents, 1 failed lines/);
    expect(run.code).toBe(1);
    const store = CorpusStore.open(db);
    const expected = fakeAnalyze('Protesters were beaten\n\nNothing else.');
    expect(getAnalysis(store, 'b')).toEqual({ annotations: expected.annotations, summary: expected.summary });
    expect(pendingCount(store)).toBe(1);
    store.close();
    const again = await runCli(['annotate', '--db', db]);
    expect(again.stderr).toMatch(/framing: 0 documents, 1 failed lines/);
    const all = await runCli(['annotate', '--db', db, '--all']);
    expect(all.stderr).toMatch(/framing: 2 documents, 1 failed lines/);
  });

  test.each([
    [['annotate', 'x.jsonl', '--db', 'y.sqlite'], /give FILE or --db PATH, not both/],
    [['annotate', '--db', 'y.sqlite', '--out', 'z'], /--out and --format are for files/],
    [['annotate', '--db', '/nonexistent/none.sqlite'], /no store at \/nonexistent\/none.sqlite: import a corpus first/],
    [['annotate'], /missing FILE \(use "-" for stdin, or --db PATH for a store\)/],
  ])('usage: %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('full-text search', () => {
  test.each([
    ['words', 'police shot', '"police" "shot"'],
    ['a phrase', '"individual violations" inquiry', '"individual violations" "inquiry"'],
    ['a prefix', 'clash*', '"clash"*'],
    ['OR', 'clashes OR unrest', '"clashes" OR "unrest"'],
    ['FTS5 syntax is taken as words', 'NEAR(a b) col:x -y ^z', '"NEAR" "a" "b" "col" "x" "y" "z"'],
    ['quotes left open', '"police shot', '"police shot"'],
    ['a stray OR', 'OR police OR', '"police"'],
    ['nothing to search for', ' "" * - ', null],
  ])('the query for %s', (_name, input, query) => {
    expect(ftsQuery(input)).toBe(query);
  });

  const store = storeWith([
    { record: { id: 'a', outlet: 'The Example Herald', headline: 'Police shoot dead 12 protesters', text: 'Witnesses said officers fired.' } },
    { record: { id: 'b', outlet: 'Sample Daily', headline: '12 dead as protest turns violent', text: 'Clashes erupted with security personnel.' } },
    { record: { id: 'c', outlet: 'The Placeholder Post', headline: 'Protesters killed in unrest',
      text: 'The ministry described the shootings as "individual violations".' } },
  ]);
  const ids = (q: string): string[] => search(store, q).hits.map((h) => h.item.id);

  test.each([
    ['stemmed: "shooting" finds "shoot" and "shootings"', 'shooting', ['a', 'c']],
    ['a phrase', '"individual violations"', ['c']],
    ['the outlet', 'herald', ['a']],
    ['a prefix', 'clash*', ['b']],
    ['OR', 'unrest OR violent', ['b', 'c']],
    ['no match', 'tanks', []],
    ['nothing searchable', '***', []],
  ])('%s', (_name, q, expected) => {
    expect(ids(q).sort()).toEqual(expected);
  });

  test('a snippet with the matches marked, cut into pieces for escaping', () => {
    const [hit] = search(store, 'individual').hits;
    expect(snippetPieces(hit?.snippet ?? '')).toEqual([
      { text: 'The ministry described the shootings as "', match: false },
      { text: 'individual', match: true },
      { text: ' violations".', match: false },
    ]);
  });

  test('total and paging', () => {
    expect(search(store, 'protest*', 1, 0)).toMatchObject({ total: 3, hits: [expect.anything()] });
    expect(search(store, 'protest*', 2, 2).hits).toHaveLength(1);
  });
});

describe('suggested events', () => {
  const store = storeWith([
    { record: { id: 'e1', outlet: 'A', date: '2024-05-14', event: 'harbour', event_title: 'Harbour Square',
      headline: 'Police shoot dead protesters in Harbour Square' } },
    { record: { id: 'u1', outlet: 'B', date: '2024-05-15', headline: 'Protesters shot dead in Harbour Square' } },
    { record: { id: 'u2', outlet: 'C', date: '2024-09-06', headline: 'Market strike in Kessel Valley kills civilians' } },
    { record: { id: 'u3', outlet: 'D', date: '2024-09-07', headline: 'Kessel Valley market strike: civilians killed' } },
    { record: { id: 'u4', outlet: 'E', date: '2025-01-20', headline: 'Kessel Valley market strike anniversary' } },
    { record: { id: 'u5', outlet: 'F', date: '2024-09-07', headline: 'Football final ends in a draw' } },
  ]);

  test('an item like one of an event joins it; alike items close in date form a new one', () => {
    const suggestions = suggestEvents(store);
    expect(suggestions.map((s) => [s.existing, s.event, s.items.map((i) => i.id)])).toEqual([
      [false, expect.stringMatching(/^suggested-2024-09-06-/), ['u2', 'u3']],
      [true, 'harbour', ['u1']],
    ]);
    expect(suggestions[1]?.title).toBe('Harbour Square');
    expect(suggestions[0]?.title).toMatch(/kessel|valley|market|strike/);
  });

  test('a chain of alike items a day apart does not grow into one long event: no group spans more than 7 days or passes the size bound', () => {
    // one story told every day for three weeks, each day's headline close to the next day's
    const chain = storeWith(Array.from({ length: 21 }, (_, i) => ({ record: { id: `c${String(i).padStart(2, '0')}`, outlet: `Outlet ${i % 4}`,
      date: `2024-06-${String(1 + i).padStart(2, '0')}`, headline: `Flood relief convoy reaches valley villages day ${i} update ${i + 1}` } })));
    const groups = suggestEvents(chain).filter((g) => !g.existing);
    expect(groups.length).toBeGreaterThan(1);
    const day = (d: string | null) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    for (const g of groups) {
      const days = g.items.map((i) => day(i.date));
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(7);
    }
    const small = suggestEvents(chain, { maxItems: 3 }).filter((g) => !g.existing);
    expect(Math.max(...small.map((g) => g.items.length))).toBeLessThanOrEqual(3);
  });

  test('accepting sets the event of items that have none, and only those', () => {
    expect(assignEvent(store, ['u2', 'u3', 'e1'], 'kessel', 'Kessel Valley strike')).toBe(2);
    expect(suggestEvents(store).map((s) => s.event)).toEqual(['harbour']);
  });
});

describe('two processes on one store', () => {
  test('a write waits for another process that holds the lock, rather than failing "database is locked"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framing-busy-'));
    const path = join(dir, 'busy.sqlite');
    CorpusStore.open(path).close();
    // another process takes the write lock and keeps it for 400 ms
    const holder = spawn(process.execPath, ['-e', `
      const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Database(${JSON.stringify(path)});
      db.exec('BEGIN IMMEDIATE');
      process.stdout.write('locked\\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
      db.exec('COMMIT');
      db.close();
    `]);
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const store = CorpusStore.open(path);
    const started = Date.now();
    const item = toItem({ id: 'busy-1', outlet: 'A', headline: 'Two killed', text: '' });
    if (typeof item === 'string') throw new Error(item);
    const results = addItems(store, [{ item, source: 'test' }]);
    expect(results[0]?.added).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    store.close();
    await new Promise((resolve) => holder.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  });
});
