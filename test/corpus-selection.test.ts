// Per-outlet statistics at scale (issue 17, part 4): the top N outlets by items, a minimum
// n per measure, rows sorted by the measure, axes scaled to the rows drawn with labels above
// and below, the note on hidden rows and a description that respects n; in the selection
// (src/corpus/stats/selection.ts), the charts, the Corpus page and `framing stats`. On 60
// fictitious outlets (test/fixtures/corpus/outlets.ts), expected values from its rules.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { wilson } from '../src/corpus/stats/wilson';
import { corpusStats, type StatsResult } from '../src/corpus/stats/query';
import {
  DEFAULT_SELECTION, type Selection, parseSelection, selectStats, selectedResult,
} from '../src/corpus/stats/selection';
import { type Chart, charts, niceMax, tickValues } from '../src/web/corpus/chart';
import { pageQuery } from '../src/web/corpus/overview';
import { createApp } from '../src/web/app';
import { fixtureAnalyze } from './browser/fixture-analyzer';
import { runCli } from './fixtures/cli/run';
import { LONG_OUTLET, MARKUP_OUTLET, type OutletSpec, manyOutletDocs, outletSpecs } from './fixtures/corpus/outlets';
import { storeWith, writeStore } from './fixtures/corpus/store';

const SPECS = outletSpecs();
const byVolume = [...SPECS].sort((a, b) => b.items - a.items || a.outlet.localeCompare(b.outlet));
const TOP25 = byVolume.slice(0, 25);
/** Outlets among the top 25 with at least 20 harm events, by share naming the doer, then n, then name. */
const NAMED_ORDER = TOP25.filter((s) => s.harm >= 20)
  .sort((a, b) => b.named / b.harm - a.named / a.harm || b.harm - a.harm || a.outlet.localeCompare(b.outlet));

let stats: StatsResult;
beforeAll(() => {
  const store = storeWith(manyOutletDocs());
  stats = corpusStats(store);
  store.close();
});

const chartOf = (all: Chart[], key: string): Chart => {
  const chart = all.find((c) => c.id === `chart-${key.replace(/[^a-z0-9]+/gi, '-')}`);
  if (!chart) throw new Error(`no chart ${key}`);
  return chart;
};

describe('parseSelection: min n and top N from flags or a query', () => {
  const names = { minN: 'min_n', top: 'top' };
  test.each<[string, { minN: unknown; top: unknown }, Selection]>([
    ['nothing given: the defaults', { minN: undefined, top: undefined }, { minN: 20, top: 25 }],
    ['blank values (an emptied form field): the defaults', { minN: ' ', top: '' }, { minN: 20, top: 25 }],
    ['numbers', { minN: '5', top: '10' }, { minN: 5, top: 10 }],
    ['top all', { minN: '1', top: 'all' }, { minN: 1, top: null }],
    ['top ALL', { minN: '1', top: 'ALL' }, { minN: 1, top: null }],
    ['top 0 means all', { minN: undefined, top: '0' }, { minN: 20, top: null }],
  ])('%s', (_name, raw, expected) => {
    expect(parseSelection(raw, names)).toEqual(expected);
  });

  test.each<[string, { minN: unknown; top: unknown }, string]>([
    ['min n 0', { minN: '0', top: undefined }, 'min_n must be a whole number from 1 to 1000000, got "0"'],
    ['min n a word', { minN: 'ten', top: undefined }, 'min_n must be a whole number from 1 to 1000000, got "ten"'],
    ['min n negative', { minN: '-3', top: undefined }, 'min_n must be a whole number from 1 to 1000000, got "-3"'],
    ['min n a fraction', { minN: '2.5', top: undefined }, 'min_n must be a whole number from 1 to 1000000, got "2.5"'],
    ['min n too large', { minN: '1000001', top: undefined }, 'min_n must be a whole number from 1 to 1000000, got "1000001"'],
    ['top a word', { minN: undefined, top: 'most' }, 'top must be a whole number from 1 to 100000, or 0 or "all" for every outlet, got "most"'],
    ['top too large', { minN: undefined, top: '100001' }, 'top must be a whole number from 1 to 100000, or 0 or "all" for every outlet, got "100001"'],
    ['top given twice', { minN: undefined, top: ['1', '2'] }, 'top must be given once'],
  ])('%s', (_name, raw, message) => {
    expect(parseSelection(raw, names)).toBe(message);
  });
});

describe('selectStats on 60 outlets', () => {
  test('top N by items, ties by name (Demo Outlet 35 and 36 both have 36 items: 35 is in)', () => {
    const shown = selectStats(stats, DEFAULT_SELECTION);
    expect([shown.groups.length, shown.of]).toEqual([25, 60]);
    expect(shown.groups.map((g) => g.outlet)).toEqual(TOP25.map((s) => s.outlet));
    expect(shown.groups.map((g) => g.outlet)).toContain('Demo Outlet 35');
    expect(shown.groups.map((g) => g.outlet)).not.toContain('Demo Outlet 36');
  });

  test.each<[Selection, number]>([[{ minN: 1, top: null }, 60], [{ minN: 1, top: 5 }, 5], [{ minN: 1, top: 100 }, 60]])(
    'top %j: %d rows', (selection, rows) => {
      expect(selectStats(stats, selection).groups).toHaveLength(rows);
    });

  test('min n: shares count harm events; the rows left out are counted, 0 of 0 among them', () => {
    const named = selectStats(stats, DEFAULT_SELECTION).measures[0];
    // among the top 25: outlets 56, 49, 42, 35 have no harm events, outlet 50 has 2
    expect(named?.rows.map((r) => r.group.outlet)).toEqual(NAMED_ORDER.map((s) => s.outlet));
    expect([named?.hidden, named?.note]).toEqual([5, '5 outlets with fewer than 20 harm events not shown']);
    expect(named?.rows.every((r) => r.metric.total >= 20)).toBe(true);
  });

  test('rates count annotated items: with min n 40 the outlets of fewer than 40 items are left out', () => {
    const rate = selectStats(stats, { minN: 40, top: null }).measures.find((m) => m.overall.key === 'agentless_passives_per_1000_words');
    expect(rate?.unit).toBe('annotated items');
    expect(rate?.rows.map((r) => r.group.outlet).sort()).toEqual(SPECS.filter((s) => s.items >= 40).map((s) => s.outlet).sort());
    expect(rate?.note).toBe('39 outlets with fewer than 40 annotated items not shown');
  });

  test('min n 1 still leaves out 0 of 0, and says so', () => {
    const named = selectStats(stats, { minN: 1, top: null }).measures[0];
    expect(named?.rows.some((r) => r.metric.total === 0)).toBe(false);
    expect(named?.note).toBe('8 outlets with no harm events not shown');
  });

  test('sorted by value, highest first; ties by n (larger first), then name', () => {
    for (const m of selectStats(stats, { minN: 1, top: null }).measures) {
      m.rows.forEach((r, i) => {
        const next = m.rows[i + 1];
        if (!next) return;
        const [a, b] = [r.metric.value as number, next.metric.value as number];
        expect(a).toBeGreaterThanOrEqual(b);
        if (a === b) expect(r.n > next.n || (r.n === next.n && r.group.outlet.localeCompare(next.group.outlet) < 0)).toBe(true);
      });
    }
  });

  test('for the CSV: the top N groups, each with only the measures that pass', () => {
    const shown = selectStats(stats, { minN: 20, top: 3 });
    const result = selectedResult(stats, shown);
    expect(result.groups.map((g) => g.outlet)).toEqual(byVolume.slice(0, 3).map((s) => s.outlet));
    expect(result.groups.every((g) => g.metrics.every((m) => m.key.includes('per_1000') || m.total >= 20))).toBe(true);
  });
});

describe('charts of the selection', () => {
  const all = (selection: Selection = DEFAULT_SELECTION): Chart[] => charts(selectStats(stats, selection));

  test('rows: only those that pass, highest first; ticks above and below the rows', () => {
    const chart = chartOf(all(), 'harm_named_agent');
    expect(chart.rows.map((r) => r.title ?? r.label)).toEqual(NAMED_ORDER.map((s) => s.outlet));
    expect(chart.rows.map((r) => r.x)).toEqual([...chart.rows.map((r) => r.x)].sort((a, b) => b - a));
    expect(chart.tickY.top).toBeLessThan(chart.plot.y1);
    expect(chart.tickY.top).toBeGreaterThan(0);
    expect(chart.tickY.bottom).toBeGreaterThan(chart.plot.y2);
    expect(chart.tickY.bottom).toBeLessThan(chart.height);
    expect(chart.plot.y2 - chart.plot.y1).toBe(50 * NAMED_ORDER.length);
    expect(chart.hidden).toBe('5 outlets with fewer than 20 harm events not shown');
  });

  test('a share axis ends at a round number above the upper bounds shown (and the all-outlets value), at most 100%', () => {
    const chart = chartOf(all(), 'harm_named_agent');
    const highs = NAMED_ORDER.map((s) => (wilson(s.named, s.harm) as { high: number }).high);
    const max = Math.min(1, niceMax(Math.max(...highs)));
    expect(chart.ticks.at(-1)?.label).toBe(`${Math.round(max * 100)}%`);
    expect(chart.ticks.at(-1)?.x).toBe(chart.plot.x2);
    expect(Math.max(...chart.rows.map((r) => r.x2))).toBeLessThanOrEqual(chart.plot.x2);
  });

  test('a rate axis is scaled to the rows drawn, not to small outlets left out (outlet 2: 300 per 1,000 on 20 words)', () => {
    const shownAxis = Number(chartOf(all(), 'agentless_passives_per_1000_words').ticks.at(-1)?.label);
    const everyAxis = Number(chartOf(all({ minN: 1, top: null }), 'agentless_passives_per_1000_words').ticks.at(-1)?.label);
    const top = TOP25.filter((s) => s.items >= 20);
    const highs = top.map((s) => 1000 * (wilson(s.agentlessPassives, s.items * 10) as { high: number }).high);
    expect(shownAxis).toBe(niceMax(Math.max(...highs)));
    expect(shownAxis).toBeLessThanOrEqual(50);
    expect(everyAxis).toBe(1000);
  });

  test.each([[1, ['0', '0.25', '0.5', '0.75', '1']], [2, ['0', '0.5', '1', '1.5', '2']], [2.5, ['0', '0.5', '1', '1.5', '2', '2.5']],
    [50, ['0', '10', '20', '30', '40', '50']], [0.25, ['0', '0.05', '0.1', '0.15', '0.2', '0.25']]])(
    'ticks for an axis to %d', (max, labels) => {
      expect(tickValues(max).map((v) => String(Number(v.toFixed(4))))).toEqual(labels);
    });

  test('the description names the highest among rows that pass, with its n; not the 100% of 2 harm events', () => {
    const chart = chartOf(all(), 'harm_named_agent');
    const best = NAMED_ORDER[0] as OutletSpec;
    const ci = wilson(best.named, best.harm) as { low: number; high: number };
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
    expect(chart.description).toBe(`Harm events naming who did it, per outlet, with 95% intervals, highest first. Highest among outlets with at least 20 harm events: ${best.outlet}, ${pct(best.named / best.harm)} of ${best.harm} harm events, 95% interval [${pct(ci.low)}, ${pct(ci.high)}]. 5 outlets with fewer than 20 harm events not shown.`);
    expect(chart.description).not.toContain('Demo Outlet 50');
  });

  test('a rate description states its n in items and words', () => {
    const chart = chartOf(all(), 'agentless_passives_per_1000_words');
    expect(chart.description).toMatch(/^Agentless passives per 1,000 words, per outlet, with 95% intervals, highest first\. Highest among outlets with at least 20 annotated items: .+, \d+\.\d\d per 1,000 words over \d+ annotated items \(\d+ in \d+ words\), 95% interval \[[\d.]+, [\d.]+\]\.$/);
  });

  test('with min n 1, the description says "Highest" alone', () => {
    expect(chartOf(all({ minN: 1, top: 25 }), 'harm_named_agent').description).toMatch(/highest first\. Highest: Demo Outlet 50, 100\.0% of 2 harm events/);
  });

  test('nothing passes: no rows, the description and note say why', () => {
    const chart = chartOf(all({ minN: 1000, top: null }), 'harm_named_agent');
    expect(chart.rows).toEqual([]);
    expect(chart.description).toBe('Harm events naming who did it: no outlet has at least 1,000 harm events; 60 outlets with fewer than 1,000 harm events not shown.');
  });

  test('a long name is shortened, the full name kept as its title', () => {
    const row = chartOf(all(), 'euphemisms_per_1000_words').rows.find((r) => r.title === LONG_OUTLET);
    expect(row?.label).toMatch(/^The Demo Evening Chronicle and…$/);
    expect(row?.label.length).toBeLessThanOrEqual(32);
  });
});

describe('GET /corpus with 60 outlets', () => {
  const app = () => createApp({ analyze: fixtureAnalyze, store: storeWith(manyOutletDocs()) });
  const svgs = (html: string): string[] => html.match(/<svg class="chart-svg"[\s\S]*?<\/svg>/g) ?? [];

  test('at most 25 rows per chart, ticks above and below, notes on hidden rows, names escaped', async () => {
    const res = await request(app()).get('/corpus').expect(200);
    const charts = svgs(res.text);
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const svg of charts) {
      const rows = (svg.match(/<g class="chart-row">/g) ?? []).length;
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(25);
      expect((svg.match(/<text class="chart-tick"/g) ?? []).length).toBeGreaterThanOrEqual(10);
    }
    expect(res.text).toContain('<p class="hint">5 outlets with fewer than 20 harm events not shown.</p>');
    expect(res.text).toContain('Showing the 25 outlets with the most items, of 60, most items first; the charts and the list of every measure leave out outlets with fewer than 20 harm events (shares) or 20 annotated items (rates).');
    expect(res.text).toContain('<a href="/corpus?min_n=1&amp;top=all#outlets-h">Show every outlet with data</a>');
    expect(res.text).toContain('Demo &lt;b&gt;58&lt;/b&gt; &amp; &#34;Co&#34;');
    expect(res.text).not.toContain('<b>58</b>');
    // the table of outlets: the top 25 and all outlets
    expect(res.text.match(/<tr><th scope="row">/g)?.length).toBeGreaterThanOrEqual(25);
    expect(res.text).not.toContain('<th scope="row">Demo Outlet 01</th>');
  });

  test('the form has an outlet filter, min n and top N, with the values in force', async () => {
    const res = await request(app()).get('/corpus?min_n=5&top=all').expect(200);
    expect(res.text).toContain('<select id="f-outlet" name="outlet">');
    expect(res.text.match(/<option value="Demo Outlet \d\d"/g)).toHaveLength(58);
    expect(res.text).toMatch(/<input type="number" id="f-top" name="top" min="0" max="100000" step="1" value="0">/);
    expect(res.text).toMatch(/<input type="number" id="f-min-n" name="min_n" min="1" max="1000000" step="1" value="5">/);
    expect(res.text).toContain('Showing all 60 outlets');
    expect(res.text).toContain('<th scope="row">Demo Outlet 05</th>');
  });

  test('the outlet filter: one outlet in the table and charts', async () => {
    const res = await request(app()).get('/corpus?outlet=Demo%20Outlet%2040').expect(200);
    expect(res.text).toContain('<option value="Demo Outlet 40" selected>Demo Outlet 40</option>');
    for (const svg of svgs(res.text)) {
      expect(svg.match(/<tspan class="chart-name">([^<]*)<\/tspan>/g)).toEqual(['<tspan class="chart-name">Demo Outlet 40</tspan>']);
    }
    expect(res.text).toContain('Showing 1 outlet, most items first');
  });

  test.each([
    ['min_n=0', 'min_n must be a whole number from 1 to 1000000, got &#34;0&#34;'],
    ['min_n=abc', 'min_n must be a whole number from 1 to 1000000, got &#34;abc&#34;'],
    ['top=-1', 'top must be a whole number from 1 to 100000, or 0 or &#34;all&#34; for every outlet, got &#34;-1&#34;'],
    ['top=1&top=2', 'top must be given once'],
    ['min_n=%3Cscript%3E', 'min_n must be a whole number from 1 to 1000000, got &#34;&lt;script&gt;&#34;'],
  ])('?%s: 400, the message, the page with the defaults, no stack', async (query, message) => {
    const res = await request(app()).get(`/corpus?${query}`).expect(400);
    expect(res.text).toContain(`<p class="error panel" role="alert">${message}</p>`);
    expect(res.text).toContain('Showing the 25 outlets with the most items, of 60');
    expect(res.text).not.toMatch(/at \w+ \(.*\.ts:\d+/);
  });

  test('the pager keeps the filters, the grouping and a selection that is not the default', () => {
    expect(pageQuery({ event: 'e1' }, 'month', { minN: 5, top: null })).toBe('event=e1&by=month&min_n=5&top=all');
    expect(pageQuery({}, null, DEFAULT_SELECTION)).toBe('');
  });
});

describe('framing stats --min-n --top', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'framing-selection-'));
    db = writeStore(storeWith(manyOutletDocs()), join(dir, 'outlets.sqlite'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The outlet lines of one measure's block of the text output. */
  const block = (text: string, label: string): string[] => {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith(label));
    const end = lines.findIndex((l, i) => i > start && l === '');
    return lines.slice(start + 1, end);
  };

  test('by default: the 25 outlets with the most items, n of at least 20, and a line saying so', async () => {
    const run = await runCli(['stats', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Showing the 25 outlets with the most items, of 60; outlets with fewer than 20 harm events (shares) or 20 annotated items (rates) are left out of each measure: --top all --min-n 1 shows every row with data.');
    const named = block(run.stdout, 'Harm events naming who did it');
    expect(named.slice(0, -2).map((l) => l.trim().split(/ {2,}/)[0])).toEqual(NAMED_ORDER.map((s) => s.outlet));
    expect(named.at(-2)).toMatch(/^ {2}All outlets/);
    expect(named.at(-1)).toBe('  (5 outlets with fewer than 20 harm events not shown)');
    // the distinctive words of the outlets shown only
    expect(run.stdout.match(/^ {2}[^:\n]+: /gm)?.length).toBe(25);
    expect(run.stdout.split('\n').length).toBeLessThan(400);
  });

  test.each<[string[], number]>([[['--top', '5', '--min-n', '1'], 5], [['--top', 'all', '--min-n', '1'], 60], [['--top', '0', '--min-n', '1'], 60]])(
    '%j: rows of the euphemism rate', async (flags, rows) => {
      const run = await runCli(['stats', '--db', db, ...flags]);
      expect(block(run.stdout, 'Euphemisms per 1,000 words (95% CI)')).toHaveLength(rows + 1);
    });

  test('--top all --min-n 1: every outlet with data, and what has none is named as left out', async () => {
    const run = await runCli(['stats', '--db', db, '--top', 'all', '--min-n', '1']);
    expect(run.stdout).toContain('Showing all 60 outlets; outlets with no data are left out of each measure');
    expect(block(run.stdout, 'Harm events naming who did it').at(-1)).toBe('  (8 outlets with no harm events not shown)');
  });

  test('CSV stays complete unless a flag is given; then only what is given applies', async () => {
    const rows = (text: string): Record<string, string>[] => parse(text, { columns: true }) as Record<string, string>[];
    const measures = stats.overall.metrics.length;
    const full = rows((await runCli(['stats', '--db', db, '--format', 'csv'])).stdout);
    expect(full).toHaveLength(60 * measures);
    const top3 = rows((await runCli(['stats', '--db', db, '--format', 'csv', '--top', '3'])).stdout);
    expect(top3).toHaveLength(3 * measures);
    expect([...new Set(top3.map((r) => r.outlet))]).toEqual(byVolume.slice(0, 3).map((s) => s.outlet));
    const min = rows((await runCli(['stats', '--db', db, '--format', 'csv', '--min-n', '20'])).stdout);
    expect(min.filter((r) => r.metric === 'harm_named_agent')).toHaveLength(SPECS.filter((s) => s.harm >= 20).length);
  });

  test('JSON: every row in "stats", the rows shown in "shown"', async () => {
    const json = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json', '--top', '10'])).stdout) as
      { stats: { groups: unknown[] }; shown: { minN: number; top: number; rows: number; of: number; measures: { key: string; hidden: number; rows: { outlet: string }[] }[] } };
    expect(json.stats.groups).toHaveLength(60);
    expect([json.shown.minN, json.shown.top, json.shown.rows, json.shown.of]).toEqual([20, 10, 10, 60]);
    const named = json.shown.measures.find((m) => m.key === 'harm_named_agent');
    expect(named?.rows.length).toBe(byVolume.slice(0, 10).filter((s) => s.harm >= 20).length);
  });

  test.each([
    [['--min-n', '0'], 'framing: stats: --min-n must be a whole number from 1 to 1000000, got "0"'],
    [['--top', 'some'], 'framing: stats: --top must be a whole number from 1 to 100000, or 0 or "all" for every outlet, got "some"'],
  ])('%j: usage error', async (flags, message) => {
    const run = await runCli(['stats', '--db', db, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('the help says what is shown and what the CSV keeps', async () => {
    const run = await runCli(['stats', '--help']);
    expect(run.stdout).toContain('--min-n N');
    expect(run.stdout).toContain('--top N');
    expect(run.stdout).toContain('The CSV\nis complete unless --min-n or --top is given');
  });
});
