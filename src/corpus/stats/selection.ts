// Which rows of the per-outlet statistics are shown, and in what order: the top N rows by
// number of items (outlets, or outlet and group with --by), then, per measure, only the
// rows whose n reaches a minimum, highest value first. One implementation for
// `framing stats` (text, JSON, CSV with explicit flags) and the Corpus page's charts and
// tables (docs/corpus.md, "Which rows are shown").
//
// n is what the measure's interval rests on: for a share, its total (harm events); for a
// rate per 1,000 words, the annotated items (a minimum of 20 words would hide nothing, and
// researchers count what they collected in items). A row with a total of 0 has n = 0.

import type { CountField } from './doc-counts';
import { METRICS, type MetricValue } from './metrics';
import type { GroupStats, StatsResult } from './query';

export interface Selection {
  /** Rows of a measure with a smaller n are left out; 0 keeps every row, 0 of 0 included. */
  minN: number;
  /** The rows with the most items; null: every row. */
  top: number | null;
}

export const DEFAULT_SELECTION: Readonly<Selection> = { minN: 20, top: 25 };
export const SELECTION_MAX = { minN: 1_000_000, top: 100_000 } as const;

const TOTAL_UNITS: Partial<Record<CountField, string>> = { harm: 'harm events' };
const RATE_UNIT = 'annotated items';

/** A whole number from 1 to SELECTION_MAX.minN; else the error, naming `name`. */
export function parseMinN(raw: string, name: string): number | string {
  const text = raw.trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > SELECTION_MAX.minN) {
    return `${name} must be a whole number from 1 to ${SELECTION_MAX.minN}, got ${JSON.stringify(raw)}`;
  }
  return n;
}

/** A whole number from 1 to SELECTION_MAX.top, or 0 or "all" for every row (null); else the error. */
export function parseTop(raw: string, name: string): number | null | string {
  const text = raw.trim().toLowerCase();
  if (text === 'all' || /^0+$/.test(text)) return null;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > SELECTION_MAX.top) {
    return `${name} must be a whole number from 1 to ${SELECTION_MAX.top}, or 0 or "all" for every outlet, got ${JSON.stringify(raw)}`;
  }
  return n;
}

/**
 * The selection from raw values (query parameters or flags); absent or blank values keep
 * `fallback`'s. The error says which value is wrong, by `names`.
 */
export function parseSelection(raw: { minN: unknown; top: unknown }, names: { minN: string; top: string },
  fallback: Readonly<Selection> = DEFAULT_SELECTION): Selection | string {
  const text = (value: unknown, name: string): string | undefined | { error: string } => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return { error: `${name} must be given once` };
    return value.trim() === '' ? undefined : value;
  };
  const minText = text(raw.minN, names.minN);
  const topText = text(raw.top, names.top);
  if (typeof minText === 'object') return minText.error;
  if (typeof topText === 'object') return topText.error;
  const minN = minText === undefined ? fallback.minN : parseMinN(minText, names.minN);
  if (typeof minN === 'string') return minN;
  const top = topText === undefined ? fallback.top : parseTop(topText, names.top);
  if (typeof top === 'string') return top;
  return { minN, top };
}

/** "BBC", or "BBC · 2025-03" with --by ("(none)" for items without a group). */
export function rowLabel(g: Pick<GroupStats, 'outlet' | 'group'>): string {
  return g.group === null ? g.outlet : `${g.outlet} · ${g.group === '' ? '(none)' : g.group}`;
}

/** What n counts for this measure: "harm events" for shares, "annotated items" for rates. */
export function sizeUnit(m: Pick<MetricValue, 'key' | 'kind'>): string {
  if (m.kind !== 'share') return RATE_UNIT;
  const total = METRICS.find((d) => d.key === m.key)?.total;
  return (total && TOTAL_UNITS[total]) ?? 'cases';
}

/** The n of a row for a measure (see the head of this file). */
export function sizeOf(g: Pick<GroupStats, 'annotated'>, m: Pick<MetricValue, 'kind' | 'total'>): number {
  if (m.total === 0) return 0;
  return m.kind === 'share' ? m.total : g.annotated;
}

export interface MeasureRow {
  group: GroupStats;
  metric: MetricValue;
  n: number;
}

export interface MeasureSelection {
  /** The measure over all filtered items (every outlet, shown or not). */
  overall: MetricValue;
  /** What n counts: "harm events", "annotated items". */
  unit: string;
  /** Rows among the top N whose n reaches the minimum, highest value first; ties: larger n, then name. */
  rows: MeasureRow[];
  /** Rows among the top N left out for a smaller n (0 of 0 included). */
  hidden: number;
  /** "12 outlets with fewer than 20 harm events not shown", or null when none is. */
  note: string | null;
}

export interface StatsSelection {
  selection: Selection;
  /** "outlets", or "rows" with --by (a row is an outlet and a group). */
  noun: string;
  /** The top N rows by items (ties by name), most first. */
  groups: GroupStats[];
  /** Rows in all. */
  of: number;
  measures: MeasureSelection[];
}

function byVolume(a: GroupStats, b: GroupStats): number {
  return b.items - a.items || rowLabel(a).localeCompare(rowLabel(b));
}

function byValue(a: MeasureRow, b: MeasureRow): number {
  const va = a.metric.value ?? -Infinity;
  const vb = b.metric.value ?? -Infinity;
  return vb - va || b.n - a.n || rowLabel(a.group).localeCompare(rowLabel(b.group));
}

function selectMeasure(groups: readonly GroupStats[], overall: MetricValue, index: number, selection: Selection,
  noun: string): MeasureSelection {
  const all = groups.map((group): MeasureRow => {
    const metric = group.metrics[index] as MetricValue;
    return { group, metric, n: sizeOf(group, metric) };
  });
  const rows = all.filter((r) => r.n >= selection.minN).sort(byValue);
  const unit = sizeUnit(overall);
  const hidden = all.length - rows.length;
  return { overall, unit, rows, hidden, note: hiddenNote(noun, selection.minN, unit, hidden) };
}

export function selectStats(stats: StatsResult, selection: Selection): StatsSelection {
  const sorted = [...stats.groups].sort(byVolume);
  const groups = selection.top === null ? sorted : sorted.slice(0, selection.top);
  const noun = stats.by ? 'rows' : 'outlets';
  return {
    selection,
    noun,
    groups,
    of: stats.groups.length,
    measures: stats.overall.metrics.map((overall, i) => selectMeasure(groups, overall, i, selection, noun)),
  };
}

/** Whether anything is left out: rows beyond the top N, or rows below the minimum n. */
export function leavesOut(s: StatsSelection): boolean {
  return s.groups.length < s.of || s.measures.some((m) => m.hidden > 0);
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun.replace(/s$/, '') : noun}`;
}

/** "fewer than 20 harm events", or "no harm events" for a minimum of 1. */
export function belowMin(minN: number, unit: string): string {
  return minN <= 1 ? `no ${unit}` : `fewer than ${minN.toLocaleString('en-US')} ${unit}`;
}

/** "12 outlets with fewer than 20 harm events not shown", or null when none is hidden. */
export function hiddenNote(noun: string, minN: number, unit: string, hidden: number): string | null {
  return hidden === 0 ? null : `${count(hidden, noun)} with ${belowMin(minN, unit)} not shown`;
}

/** "Showing the 25 outlets with the most items, of 756", "Showing all 12 outlets", "Showing 1 outlet". */
export function scopeNote(s: StatsSelection): string {
  if (s.groups.length === s.of) return s.of === 1 ? `Showing ${count(1, s.noun)}` : `Showing all ${count(s.of, s.noun)}`;
  return `Showing the ${count(s.groups.length, s.noun)} with the most items, of ${s.of.toLocaleString('en-US')}`;
}

/** "outlets with fewer than 20 harm events (shares) or 20 annotated items (rates)", or null when every row with data counts. */
export function minNote(s: StatsSelection): string | null {
  const { minN } = s.selection;
  if (minN <= 1) return null;
  const units = [...new Set(s.measures.map((m) => m.unit))];
  const what = units.map((u) => `${minN.toLocaleString('en-US')} ${u}${u === RATE_UNIT ? ' (rates)' : ' (shares)'}`);
  return `${s.noun} with fewer than ${what.join(' or ')}`;
}

/** The shown rows for `framing stats --format json` (`shown`). */
export function selectionJson(s: StatsSelection): Record<string, unknown> {
  return {
    minN: s.selection.minN, top: s.selection.top, rows: s.groups.length, of: s.of,
    measures: s.measures.map((m) => ({
      key: m.overall.key, label: m.overall.label, unit: m.unit, hidden: m.hidden,
      rows: m.rows.map((r) => ({ outlet: r.group.outlet, group: r.group.group, items: r.group.items, n: r.n,
        count: r.metric.count, total: r.metric.total, value: r.metric.value, low: r.metric.low, high: r.metric.high })),
    })),
  };
}

/**
 * The statistics restricted to the selection, for the CSV (one row per group and measure):
 * the top N groups, most items first, each with only the measures whose n reaches the
 * minimum. The groups' `metrics` no longer line up by index across groups.
 */
export function selectedResult(stats: StatsResult, s: StatsSelection): StatsResult {
  const kept = new Set(s.measures.flatMap((m) => m.rows.map((r) => r.metric)));
  const groups = s.groups
    .map((g) => ({ ...g, metrics: g.metrics.filter((m) => kept.has(m)) }))
    .filter((g) => g.metrics.length > 0);
  return { ...stats, groups };
}
