// Provenance of analyses (issue 17): each records the analyser version that made it and
// when; `annotate --db --stale` re-annotates what another version made, resumably; stats
// say which versions their figures come from and warn when they are mixed; an older store
// gains the columns when opened.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { provenanceOf } from '../src/corpus/stats/provenance';
import { analysers, pendingCount } from '../src/corpus/store/analyses';
import { CorpusStore } from '../src/corpus/store/store';
import { analyserVersion } from '../src/provenance';
import { runCli } from './fixtures/cli/run';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-provenance-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function annotatedStore(): Promise<string> {
  const db = join(dir, `p-${Math.random()}.sqlite`);
  const file = join(dir, `in-${Math.random()}.jsonl`);
  writeFileSync(file, ['Two men were shot by police', 'Protesters were beaten', 'Three detained after raid']
    .map((headline, i) => JSON.stringify({ id: `p${i}`, outlet: 'A', headline, text: '' })).join('\n'));
  await runCli(['import', file, '--db', db]);
  expect((await runCli(['annotate', '--db', db])).code).toBe(0);
  return db;
}

test('the analyser version: 12 hex digits, the same on every call', () => {
  expect(analyserVersion()).toMatch(/^[0-9a-f]{12}$/);
  expect(analyserVersion()).toBe(analyserVersion());
});

test('each analysis says which analyser made it and when; stats say so', async () => {
  const db = await annotatedStore();
  const store = CorpusStore.open(db);
  const [only] = analysers(store);
  expect(only).toMatchObject({ analyser: analyserVersion(), items: 3 });
  expect(Date.parse(only?.last ?? '')).toBeGreaterThan(Date.now() - 60_000);
  store.close();
  const stats = await runCli(['stats', '--db', db]);
  expect(stats.stdout.split('\n')[0]).toBe(`Figures from analyses by analyser ${analyserVersion()} (this one).`);
});

test('--stale re-annotates only what another version made; stats warn while versions are mixed', async () => {
  const db = await annotatedStore();
  const raw = new Database(db);
  raw.prepare("UPDATE analyses SET analyser = 'old000000000' WHERE pk = (SELECT min(pk) FROM analyses)").run();
  raw.close();
  const mixed = await runCli(['stats', '--db', db]);
  expect(mixed.stdout).toContain('Warning: the figures mix analyses by 2 analyser versions');
  expect(mixed.stdout).toContain('1 analyses were not made by this analyser');
  const store = CorpusStore.open(db);
  expect(pendingCount(store, { which: 'stale', current: analyserVersion() })).toBe(1);
  expect(provenanceOf(store).stale).toBe(1);
  store.close();
  const run = await runCli(['annotate', '--db', db, '--stale']);
  expect(run.stderr).toMatch(/framing: 1 documents, 0 failed lines/);
  const after = await runCli(['stats', '--db', db]);
  expect(after.stdout.split('\n')[0]).toBe(`Figures from analyses by analyser ${analyserVersion()} (this one).`);
  expect((await runCli(['annotate', '--db', db, '--stale', '--all'])).stderr).toContain('give --stale or --all, not both');
});

test('a store made before provenance (version 1) gains the columns and the review tables when opened', () => {
  const path = join(dir, 'v1.sqlite');
  CorpusStore.open(path).close();
  const raw = new Database(path);
  raw.exec('ALTER TABLE analyses DROP COLUMN analyser; ALTER TABLE analyses DROP COLUMN analysed_at; DROP INDEX analyses_block; ALTER TABLE analyses DROP COLUMN block; ALTER TABLE analyses DROP COLUMN slot; DROP TABLE analysis_blocks; DROP TABLE reviews; DROP TABLE review_items; DROP TABLE review_samples');
  raw.pragma('user_version = 1');
  raw.close();
  const store = CorpusStore.open(path);
  const columns = (store.db.prepare('PRAGMA table_info(analyses)').all() as { name: string }[]).map((c) => c.name);
  expect(columns).toEqual(expect.arrayContaining(['analyser', 'analysed_at', 'block', 'slot']));
  expect(store.db.pragma('user_version', { simple: true })).toBe(4);
  expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'reviews'").get()).toBeTruthy();
  store.close();
});
