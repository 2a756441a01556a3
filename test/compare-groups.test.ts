// The victim-group comparison (issue 18): the statistics against published values, and
// `framing compare-groups` end to end on a store of hand-built analyses, its JSON figures
// recomputed here, independently, from the rows it exports.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { emotiveIn, loadEmotiveTerms } from '../src/harm/emotive';
import { HARM_DIR } from '../src/harm/load';
import { erfc, holm, newcombe, twoProportionP } from '../src/corpus/stats/contrast';
import type { GroupComparison } from '../src/corpus/groups/compare';
import type { HarmAnnotation, ResponsibilityLink } from '../src/types';
import { runCli } from './fixtures/cli/run';
import { harm } from './fixtures/corpus/annotations';
import { type TestDoc, storeWith, writeStore } from './fixtures/corpus/store';

describe('differences of proportions', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10
  test.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('%d/%d − %d/%d: Newcombe interval [%d, %d]', (k1, n1, k2, n2, low, high) => {
    const d = newcombe(k1, n1, k2, n2);
    expect(d?.diff).toBeCloseTo(k1 / n1 - k2 / n2, 10);
    expect(d?.low).toBeCloseTo(low, 4);
    expect(d?.high).toBeCloseTo(high, 4);
  });

  test('the two-proportion test: 56/70 against 48/80 is z = 2.650, p = 0.0080; none without variation', () => {
    expect(twoProportionP(56, 70, 48, 80)).toBeCloseTo(0.00805, 4);
    expect(twoProportionP(0, 10, 0, 12)).toBe(1);
    expect(twoProportionP(1, 0, 1, 2)).toBeNull();
    expect(erfc(1.959963984540054 / Math.SQRT2)).toBeCloseTo(0.05, 6);
  });

  test('Holm: step-down, monotone, capped at 1, in the order given', () => {
    expect(holm([0.01, 0.04, 0.03, 0.005]).map((p) => Number(p.toFixed(6)))).toEqual([0.03, 0.06, 0.06, 0.02]);
    expect(holm([0.5, 0.9])).toEqual([1, 1]);
  });
});

describe('emotive terms', () => {
  test('each has a listed source and a reason; quoted ones are not the outlet\'s', () => {
    const listed = parseYaml(readFileSync(join(HARM_DIR, 'sources.yml'), 'utf8')) as { id: string }[];
    const sources = new Set(listed.map((s) => s.id));
    for (const t of loadEmotiveTerms()) {
      expect(sources).toContain(t.source);
      expect(t.why.length).toBeGreaterThan(10);
    }
    const text = 'Massacre in the camp, officials call it a "horrific" attack';
    expect(emotiveIn(text)).toEqual([
      { term: 'massacre', start: 0, end: 8, quoted: false },
      { term: 'horrific', start: 43, end: 51, quoted: true },
    ]);
    expect(emotiveIn('Slaughterhouse workers strike')).toEqual([]); // whole words only
  });
});

describe('framing compare-groups', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-groups-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** One headline per event; outlet, group, whether the doer is named, link, and an emotive word. */
  const event = (i: number, outlet: string, nationality: string | null, named: boolean, link: ResponsibilityLink, emotive = false,
    column?: string): TestDoc => {
    const headline = `${emotive ? 'Massacre: ' : ''}item ${i} killed`;
    const h: HarmAnnotation = { ...harm(named ? 'active' : 'agentless-passive', named ? 'troops' : null), voice: 'outlet',
      victimGroup: { nationality, role: 'civilian' }, responsible: { party: null, link } };
    const offset = headline.indexOf('killed');
    h.event = { start: offset, end: offset + 6, text: 'killed' };
    return { record: { id: `g${i}`, outlet, headline, text: '', ...(column ? { victim_group: column } : {}) },
      analysis: { words: 4, annotations: [h] } };
  };

  function docs(): TestDoc[] {
    const out: TestDoc[] = [];
    let i = 0;
    const add = (n: number, ...args: Parameters<typeof event> extends [number, ...infer R] ? R : never) => {
      for (let k = 0; k < n; k++) out.push(event(i++, ...args));
    };
    add(14, 'Herald', 'x', true, 'grammatical');
    add(6, 'Herald', 'x', false, 'none', true);
    add(3, 'Herald', 'y', true, 'grammatical');
    add(17, 'Herald', 'y', false, 'modifier');
    add(9, 'Daily', 'x', true, 'grammatical');
    add(11, 'Daily', 'x', false, 'clause');
    add(4, 'Daily', 'y', false, 'none', true);
    add(2, 'Daily', null, false, 'none');
    add(3, 'Daily', 'x', false, 'none', false, 'y'); // the column overrides the tool: counted as y
    return out;
  }

  test('its JSON figures are recomputed, independently, from the rows it exports', async () => {
    const path = join(dir, 'groups.sqlite');
    const store = storeWith(docs());
    writeStore(store, path);
    const rowsRun = await runCli(['compare-groups', '--db', path, '--format', 'rows']);
    const jsonRun = await runCli(['compare-groups', '--db', path, '--format', 'json', '--unit', 'event', '--min-n', '5']);
    expect(rowsRun.code).toBe(0);
    expect(jsonRun.code).toBe(0);

    const [header, ...lines] = rowsRun.stdout.trim().split('\r\n');
    const names = (header as string).split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])) as Record<string, string>);
    expect(rows).toHaveLength(69);
    expect(rows.filter((r) => r.group_from === 'column')).toHaveLength(3);

    const { comparisons } = JSON.parse(jsonRun.stdout) as { comparisons: GroupComparison[] };
    const result = comparisons[0] as GroupComparison;
    // cells: n and the share naming the doer, from the rows
    for (const cell of result.cells) {
      const mine = rows.filter((r) => r.outlet === cell.outlet && (r.group || '(not stated)') === cell.group);
      expect(cell.n).toBe(mine.length);
      const named = cell.shares.find((s) => s.key === 'named');
      expect(named?.k).toBe(mine.filter((r) => r.named === 'true').length);
      expect(cell.small).toBe(mine.length < 5);
    }
    expect(result.cells.find((c) => c.outlet === 'Daily' && c.group === '(not stated)')?.n).toBe(2);

    // contrasts: the difference, its interval from two Wilson intervals, the pooled z-test, and Holm
    const z = 1.959963984540054;
    const wilson = (k: number, n: number) => {
      const p = k / n;
      const c = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
      const h = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
      return [Math.max(0, c - h), Math.min(1, c + h)] as const;
    };
    const phi = (x: number): number => { // standard normal CDF by Simpson's rule on the density
      const steps = 2000;
      const a = 0;
      const width = (x - a) / steps;
      let sum = 0;
      for (let i = 0; i <= steps; i++) {
        const t = a + i * width;
        sum += (i === 0 || i === steps ? 1 : i % 2 ? 4 : 2) * Math.exp((-t * t) / 2);
      }
      return 0.5 + (sum * width) / 3 / Math.sqrt(2 * Math.PI);
    };
    const named = (outlet: string, group: string) => {
      const mine = rows.filter((r) => r.outlet === outlet && r.group === group);
      return { k: mine.filter((r) => r.named === 'true').length, n: mine.length };
    };
    const contrast = result.contrasts.find((c) => c.measure === 'named' && c.kind === 'groups within outlet' && c.a.outlet === 'Herald');
    const a = named('Herald', 'x');
    const b = named('Herald', 'y');
    expect([contrast?.a.k, contrast?.a.n, contrast?.b.k, contrast?.b.n]).toEqual([a.k, a.n, b.k, b.n]);
    const [p1, p2] = [a.k / a.n, b.k / b.n];
    const [l1, u1] = wilson(a.k, a.n);
    const [l2, u2] = wilson(b.k, b.n);
    expect(contrast?.diff).toBeCloseTo(p1 - p2, 9);
    expect(contrast?.low).toBeCloseTo(p1 - p2 - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), 9);
    expect(contrast?.high).toBeCloseTo(p1 - p2 + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2), 9);
    const pooled = (a.k + b.k) / (a.n + b.n);
    const zScore = Math.abs(p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
    expect(contrast?.p).toBeCloseTo(2 * (1 - phi(zScore)), 6);
    const m = result.contrasts.length;
    const sorted = result.contrasts.map((c) => c.p).sort((x, y) => x - y);
    const rank = sorted.indexOf(contrast?.p as number);
    const expected = Math.min(1, Math.max(...sorted.slice(0, rank + 1).map((p, j) => (m - j) * p)));
    expect(contrast?.pHolm).toBeCloseTo(expected, 9);
    // a cell under --min-n is never contrasted, nor is "(not stated)"
    for (const c of result.contrasts) {
      expect(c.a.n).toBeGreaterThanOrEqual(5);
      expect(c.b.n).toBeGreaterThanOrEqual(5);
      expect([c.a.group, c.b.group]).not.toContain('(not stated)');
    }
  });

  test('per headline, only each item\'s primary event counts; the text report marks small cells', async () => {
    const path = join(dir, 'text.sqlite');
    const store = storeWith(docs());
    writeStore(store, path);
    const run = await runCli(['compare-groups', '--db', path, '--groups', 'x,y']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('over harm events;');
    expect(run.stdout).toContain('over headlines (primary harm event only);');
    expect(run.stdout).toMatch(/^Daily\ty\t~7\t/m);
    expect(run.stdout).toMatch(/^Herald\tx\t20\t70\.0% \[48\.1%, 85\.5%\] 14\/20/m);
    expect(run.stdout).not.toContain('(not stated)');
  });

  test('--own-voice counts only events the outlet tells in its own voice; the rows say whose words', async () => {
    const path = join(dir, 'voice.sqlite');
    const quoted = docs().map((d, i) => {
      if (i % 10 !== 0) return d;
      const [h] = d.analysis?.annotations ?? [];
      return { ...d, analysis: { words: 4, annotations: [{ ...(h as HarmAnnotation), voice: 'attributed' as const }] } };
    });
    const store = storeWith(quoted);
    writeStore(store, path);
    const json = async (...extra: string[]) => (JSON.parse((await runCli(['compare-groups', '--db', path, '--format', 'json',
      '--unit', 'event', ...extra])).stdout) as { comparisons: GroupComparison[] }).comparisons[0] as GroupComparison;
    const all = await json();
    const own = await json('--own-voice');
    const total = (c: GroupComparison) => c.cells.reduce((n, cell) => n + cell.n, 0);
    expect(total(all)).toBe(69);
    expect(total(own)).toBe(69 - 7);
    expect(own.ownVoice).toBe(true);
    const shareOwn = all.cells.find((c) => c.outlet === 'Herald' && c.group === 'x')?.shares.find((x) => x.key === 'outlet_voice');
    expect([shareOwn?.k, shareOwn?.n]).toEqual([18, 20]);
    const rows = (await runCli(['compare-groups', '--db', path, '--format', 'rows'])).stdout;
    expect(rows.split('\r\n')[0]).toBe('item,outlet,group,group_from,primary,harm,named,link,device,voice,emotive,emotive_quoted');
    expect(rows.match(/,attributed,/g)).toHaveLength(7);
  });

  test.each([
    [['--by', 'age'], '--by must be nationality or role'],
    [['--unit', 'word'], '--unit must be event, headline or both'],
    [['--format', 'xml'], '--format must be one of text, csv, json, rows'],
    [['--min-n', '0'], '--min-n must be a whole number'],
  ])('%j: a usage error', async (args, message) => {
    const run = await runCli(['compare-groups', '--db', join(dir, 'none.sqlite'), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
