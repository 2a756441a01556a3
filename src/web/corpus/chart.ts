// Geometry of a server-rendered SVG chart of one measure across outlets: a dot for the
// value and a whisker for its 95% interval, one row per outlet, the label above the
// whisker (so it reads at 320 px). Rows are those of the selection (top N by items, n at
// least the minimum: src/corpus/stats/selection.ts), highest value first; the axis runs
// from 0 to a round number above the upper bounds shown (and the all-outlets value), with
// its labels above and below the rows. The view only places what this computes.

import type { MetricValue } from '../../corpus/stats/metrics';
import { formatValue, pct } from '../../corpus/stats/report';
import { type MeasureRow, type MeasureSelection, type StatsSelection, hiddenNote, rowLabel } from '../../corpus/stats/selection';

export const CHART = { width: 600, row: 50, top: 34, axis: 34, left: 4, right: 16, label: 32 } as const;

export interface ChartRow {
  label: string;
  /** The label in full, when `label` had to be shortened to fit. */
  title: string | null;
  /** Value and interval as text, with the count: "55.6 [27.2, 110.2] · 7 of 126". */
  note: string;
  /** Baseline of the label, and the whisker's y. */
  textY: number;
  y: number;
  /** Dot and whisker x. */
  x: number;
  x1: number;
  x2: number;
}

/** What every server-rendered chart has: its frame, title and description, plot area and ticks. */
export interface ChartFrame {
  id: string;
  title: string;
  /** One sentence for screen readers: what is shown and what stands out. */
  description: string;
  width: number;
  height: number;
  plot: { x1: number; x2: number; y1: number; y2: number };
  ticks: { x: number; label: string }[];
}

export interface Chart extends ChartFrame {
  rows: ChartRow[];
  /** x of the all-outlets value, drawn as a dashed line, or null. */
  overall: number | null;
  /** Baselines of the tick labels above and below the rows. */
  tickY: { top: number; bottom: number };
  /** "12 outlets with fewer than 20 harm events not shown", or null. */
  hidden: string | null;
}

/** A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x) ?? 10;
  return step * power;
}

/** The axis's upper end: a round number at or above every upper bound shown; shares at most 100%. */
export function axisMax(highs: readonly number[], share: boolean): number {
  const max = niceMax(Math.max(0, ...highs));
  return share ? Math.min(1, max) : max;
}

/** Tick values from 0 to `max` (a niceMax): quarters of 1 and 2, fifths of 2.5 and 5. */
export function tickValues(max: number): number[] {
  const leading = Math.round((max / 10 ** Math.floor(Math.log10(max))) * 10) / 10;
  const parts = leading === 2.5 || leading === 5 ? 5 : 4;
  return Array.from({ length: parts + 1 }, (_, i) => (i * max) / parts);
}

function tickLabel(v: number, share: boolean): string {
  return share ? `${Number((v * 100).toFixed(2))}%` : String(Number(v.toFixed(2)));
}

function shorten(label: string): { label: string; title: string | null } {
  return label.length <= CHART.label ? { label, title: null } : { label: `${label.slice(0, CHART.label - 1).trimEnd()}…`, title: label };
}

/** "BBC, 45.0% of 60 harm events, 95% interval [33.1%, 57.5%]". */
function describeRow(r: MeasureRow, unit: string): string {
  const m: MetricValue = r.metric;
  const fmt = (v: number | null): string => (v === null ? '—' : m.kind === 'share' ? pct(v) : v.toFixed(2));
  const n = r.n.toLocaleString('en-US');
  const interval = `95% interval [${fmt(m.low)}, ${fmt(m.high)}]`;
  if (m.kind === 'share') return `${rowLabel(r.group)}, ${fmt(m.value)} of ${n} ${unit}, ${interval}`;
  return `${rowLabel(r.group)}, ${fmt(m.value)} per 1,000 words over ${n} ${unit} (${m.count.toLocaleString('en-US')} in ${m.total.toLocaleString('en-US')} words), ${interval}`;
}

/** One sentence or three: what is shown, the highest value among the rows drawn with its n, and what is hidden. */
function describe(s: StatsSelection, m: MeasureSelection, drawn: readonly MeasureRow[]): string {
  const { minN } = s.selection;
  const atLeast = `at least ${minN.toLocaleString('en-US')} ${m.unit}`;
  const first = drawn[0];
  if (!first) {
    return `${m.overall.label}: no ${s.noun.replace(/s$/, '')} has ${minN <= 1 ? 'data' : atLeast}; ${m.note ?? 'nothing to show'}.`;
  }
  const among = minN <= 1 ? 'Highest' : `Highest among ${s.noun} with ${atLeast}`;
  const what = `${m.overall.label}, per ${s.noun === 'outlets' ? 'outlet' : 'row'}, with 95% intervals, highest first.`;
  return `${what} ${among}: ${describeRow(first, m.unit)}.${m.note ? ` ${m.note}.` : ''}`;
}

function chartRows(drawn: readonly MeasureRow[], y1: number, scale: (v: number) => number): ChartRow[] {
  return drawn.map((r, i): ChartRow => {
    const m = r.metric;
    return {
      ...shorten(rowLabel(r.group)),
      note: `${formatValue(m)} · ${m.count} of ${m.total}`,
      textY: y1 + i * CHART.row + 20,
      y: y1 + i * CHART.row + 36,
      x: scale(m.value ?? 0), x1: scale(m.low ?? 0), x2: scale(m.high ?? 0),
    };
  });
}

/** The chart of one measure of the selection; null when no item has data for it. */
export function metricChart(s: StatsSelection, m: MeasureSelection): Chart | null {
  if (m.overall.total === 0) return null;
  const share = m.overall.kind === 'share';
  // 0 of 0 is never drawn, whatever the minimum (a minimum of 0 keeps such rows in the CSV only)
  const drawn = m.rows.filter((r) => r.metric.value !== null);
  const hiddenRows = m.hidden + (m.rows.length - drawn.length);
  const max = axisMax([...drawn.map((r) => r.metric.high ?? 0), m.overall.value ?? 0], share);
  const plot = { x1: CHART.left, x2: CHART.width - CHART.right, y1: CHART.top, y2: CHART.top + drawn.length * CHART.row };
  const scale = (v: number): number => Number((plot.x1 + (Math.min(v, max) / max) * (plot.x2 - plot.x1)).toFixed(1));
  const measure: MeasureSelection = { ...m, hidden: hiddenRows, note: hiddenNote(s.noun, s.selection.minN, m.unit, hiddenRows) };
  return {
    id: `chart-${m.overall.key.replace(/[^a-z0-9]+/gi, '-')}`,
    title: m.overall.label,
    description: describe(s, measure, drawn),
    width: CHART.width,
    height: plot.y2 + CHART.axis,
    plot,
    ticks: tickValues(max).map((v) => ({ x: scale(v), label: tickLabel(v, share) })),
    tickY: { top: plot.y1 - 12, bottom: plot.y2 + 24 },
    rows: chartRows(drawn, plot.y1, scale),
    overall: m.overall.value === null ? null : scale(m.overall.value),
    hidden: measure.note,
  };
}

/** A chart for every measure with data. */
export function charts(s: StatsSelection): Chart[] {
  return s.measures.flatMap((m) => metricChart(s, m) ?? []);
}
