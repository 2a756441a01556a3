// Statistics restricted to headlines (issue 17): only the annotations inside each item's
// headline count, with the headline's words; items without a headline are left out.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headlineStats } from '../src/corpus/stats/headline-stats';
import { corpusStats } from '../src/corpus/stats/query';
import type { Annotation } from '../src/types';
import { runCli } from './fixtures/cli/run';
import { euphemism, harm, passive } from './fixtures/corpus/annotations';
import { storeWith, writeStore } from './fixtures/corpus/store';

/** An annotation moved to `start` (the fixtures put every one at 0). */
function at<T extends Annotation>(a: T, start: number): T {
  return { ...a, start, end: start + (a.end - a.start) };
}

function store() {
  // headline "Police fire on march" (20 chars); the body starts at 22
  return storeWith([
    { record: { id: 'a', outlet: 'A', date: '2024-05-01', headline: 'Police fire on march', text: 'Three were killed, officials said.', event: 'e1' },
      analysis: { words: 10, annotations: [harm('agentless-passive', null, 'Three'), at(harm('active', 'Police'), 22), at(euphemism('minimising-violence'), 30)] } },
    { record: { id: 'b', outlet: 'A', date: '2024-05-02', headline: 'Two shot', text: '', event: 'e1' },
      analysis: { words: 2, annotations: [passive('shot')] } },
    { record: { id: 'c', outlet: 'B', date: '2024-05-02', headline: '', text: 'Body only: troops killed five.', event: 'e2' },
      analysis: { words: 5, annotations: [harm('active', 'troops')] } },
  ]);
}

test('only what lies in the headline counts, with the headline\'s words', () => {
  const all = corpusStats(store());
  const head = headlineStats(store());
  expect(all.overall.counts).toMatchObject({ words: 17, harm: 3, harm_named: 2, passives: 1, euphemisms: 1 });
  expect(head.overall.items).toBe(2);
  expect(head.overall.counts).toMatchObject({ words: 6, harm: 1, harm_named: 0, harm_agentless_passive: 1, passives: 1, euphemisms: 0 });
  expect(head.groups.map((g) => g.outlet)).toEqual(['A']);
  expect(head.categories).toEqual([]);
});

test('grouped as corpusStats groups', () => {
  expect(headlineStats(store(), {}, 'month').groups.map((g) => [g.outlet, g.group, g.items])).toEqual([['A', '2024-05', 2]]);
  expect(headlineStats(store(), { outlet: 'B' }).groups).toEqual([]);
});

test('framing stats --field headline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framing-headline-'));
  try {
    const path = writeStore(store(), join(dir, 'h.sqlite'));
    const text = await runCli(['stats', '--db', path, '--field', 'headline', '--min-n', '1']);
    expect(text.stdout).toContain("Headlines only: the annotations in each item's headline, and its words.");
    const json = JSON.parse((await runCli(['stats', '--db', path, '--field', 'headline', '--format', 'json'])).stdout) as { field: string; stats: { overall: { counts: { harm: number } } } };
    expect([json.field, json.stats.overall.counts.harm]).toEqual(['headline', 1]);
    const bad = await runCli(['stats', '--db', path, '--field', 'body']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--field must be all or headline')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
