// The flat per-document CSV and the codebook (issue 17, "output that analysis needs"): one
// row per item with its metadata and measures; every column documented, and docs/codebook.md
// equal to what `framing export codebook` prints.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { codebook } from '../src/corpus/export/codebook';
import { PACKAGE_ROOT } from '../src/paths';
import type { HarmAnnotation } from '../src/types';
import { createApp } from '../src/web/app';
import { fixtureAnalyze } from './browser/fixture-analyzer';
import { runCli } from './fixtures/cli/run';
import { harm } from './fixtures/corpus/annotations';
import { storeWith, writeStore } from './fixtures/corpus/store';

test('docs/codebook.md is what framing export codebook prints, and every column has a meaning', () => {
  expect(readFileSync(join(PACKAGE_ROOT, 'docs', 'codebook.md'), 'utf8')).toBe(codebook());
  expect(codebook()).not.toMatch(/\| `[^`]+` \|  \|/);
});

describe('framing export documents --format csv', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-docs-csv-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function store() {
    const h: HarmAnnotation = { ...harm('agentless-passive', null, 'Three villagers'), voice: 'quoted',
      responsible: { party: null, link: 'none' }, victimGroup: { nationality: 'yemeni', role: 'civilian' }, cause: 'violence' };
    return storeWith([
      { record: { id: 'a', outlet: '+972 Magazine', date: '2024-05-01', headline: 'Three villagers killed', text: '', desk: 'world', rank: 3 },
        analysis: { words: 3, annotations: [h] } },
      { record: { id: 'b', outlet: 'Other', headline: 'Not yet annotated', text: 'Body.', desk: 'local' } },
    ]);
  }

  test('one row per item: fields, metadata columns, counts, euphemisms per category, the primary harm; unannotated rows kept', async () => {
    const path = writeStore(store(), join(dir, 'd.sqlite'));
    const run = await runCli(['export', 'documents', '--format', 'csv', '--db', path]);
    expect(run.code).toBe(0);
    const [header, a, b] = run.stdout.trim().split('\r\n');
    const names = (header as string).split(',');
    expect(names.slice(0, 11)).toEqual(['id', 'outlet', 'date', 'url', 'event', 'event_title', 'victim_group', 'language', 'illustrative', 'headline', 'text']);
    expect(names).toEqual(expect.arrayContaining(['meta_desk', 'meta_rank', 'annotated', 'analyser', 'n_harm', 'euphemisms_minimising-violence', 'primary_voice']));
    const row = (line: string) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v]));
    expect(row(a as string).outlet).toBe('+972 Magazine');
    expect(row(a as string)).toMatchObject({ id: 'a', meta_desk: 'world', meta_rank: '3', annotated: 'true', n_harm: '1',
      n_harm_agentless_passive: '1', primary_harm: 'killing', primary_device: 'agentless-passive', primary_doer_named: 'false',
      primary_link: 'none', primary_nationality: 'yemeni', primary_role: 'civilian', primary_voice: 'quoted', 'euphemisms_minimising-violence': '0' });
    expect(row(b as string)).toMatchObject({ id: 'b', annotated: 'false', n_harm: '', primary_harm: '' });
    expect(run.stderr).toContain('1 items are not annotated yet');
    expect((await runCli(['export', 'stats', '--format', 'csv', '--db', path])).stderr).toContain('--format is for documents');
  });

  test('--formula-guard: on by default for what a spreadsheet would run, off writes every text exactly', async () => {
    const s = storeWith([
      { record: { id: 'f', outlet: '=cmd|calc', headline: '@SUM(1,2) killed', text: '' }, analysis: { words: 2, annotations: [] } },
    ]);
    const path = writeStore(s, join(dir, 'guard.sqlite'));
    const line = async (...flags: string[]) => (await runCli(['export', 'documents', '--format', 'csv', '--db', path, ...flags])).stdout.split('\r\n')[1];
    expect(await line()).toMatch(/^f,'=cmd\|calc,/);
    expect(await line('--formula-guard', 'on')).toMatch(/^f,'=cmd\|calc,/);
    expect(await line('--formula-guard', 'off')).toMatch(/^f,=cmd\|calc,/);
    const bad = await runCli(['export', 'annotations', '--db', path, '--formula-guard', 'maybe']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--formula-guard must be on or off')]);
  });

  test('the corpus page offers it too', async () => {
    const res = await request(createApp({ analyze: fixtureAnalyze, store: store() })).get('/corpus/export/documents.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text.split('\r\n')[0]).toMatch(/^id,outlet,date,/);
    const book = await request(createApp({ analyze: fixtureAnalyze, store: store() })).get('/corpus/export/codebook.md').expect(200);
    expect(book.text).toBe(codebook());
  });
});
