// Geometry of a server-rendered SVG chart of one measure across outlets: a dot for the
// value and a whisker for its 95% interval, one row per outlet, the label above the
// whisker (so it reads at 320 px). The view only places what this computes.

import type { MetricValue } from '../stats/metrics';
import type { GroupStats } from '../stats/query';
import { formatValue } from '../stats/report';

export const CHART = { width: 600, row: 50, top: 8, axis: 34, left: 4, right: 16 } as const;

export interface ChartRow {
  label: string;
  /** Value and interval as text, with the count: "55.6 [27.2, 110.2] · 7 of 126". */
  note: string;
  /** Baseline of the label, and the whisker's y. */
  textY: number;
  y: number;
  /** Dot and whisker x; null when there is nothing to show (total 0). */
  x: number | null;
  x1: number | null;
  x2: number | null;
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
}

/** A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x) ?? 10;
  return step * power;
}

function tickLabel(v: number, share: boolean): string {
  return share ? `${Math.round(v * 100)}%` : String(Number(v.toFixed(2)));
}

export function metricChart(index: number, groups: readonly GroupStats[], overall: GroupStats): Chart | null {
  const first = overall.metrics[index];
  if (!first || overall.metrics[index]?.total === 0) return null;
  const share = first.kind === 'share';
  const values = groups.map((g) => g.metrics[index] as MetricValue);
  const max = share ? 1 : niceMax(Math.max(...values.map((m) => m.high ?? 0)));
  const plot = { x1: CHART.left, x2: CHART.width - CHART.right, y1: CHART.top, y2: CHART.top + groups.length * CHART.row };
  const scale = (v: number | null): number | null =>
    v === null ? null : Number((plot.x1 + (Math.min(v, max) / max) * (plot.x2 - plot.x1)).toFixed(1));
  const rows = groups.map((g, i): ChartRow => {
    const m = values[i] as MetricValue;
    const label = g.group === null ? g.outlet : `${g.outlet} · ${g.group || '(none)'}`;
    return {
      label,
      note: `${formatValue(m)} · ${m.count} of ${m.total}`,
      textY: plot.y1 + i * CHART.row + 20,
      y: plot.y1 + i * CHART.row + 36,
      x: scale(m.value), x1: scale(m.low), x2: scale(m.high),
    };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ x: scale(f * max) as number, label: tickLabel(f * max, share) }));
  const top = values.reduce<{ m: MetricValue; i: number } | null>(
    (best, m, i) => (m.value !== null && (!best || (m.value > (best.m.value ?? -1))) ? { m, i } : best), null);
  const description = top
    ? `${first.label}, per outlet, with 95% intervals. Highest: ${rows[top.i]?.label}, ${formatValue(top.m)}.`
    : `${first.label}: no data.`;
  return {
    id: `chart-${first.key.replace(/[^a-z0-9]+/gi, '-')}`,
    title: first.label,
    description,
    width: CHART.width,
    height: plot.y2 + CHART.axis,
    plot,
    ticks,
    rows,
    overall: scale(overall.metrics[index]?.value ?? null),
  };
}

/** A chart for every measure with data. */
export function charts(groups: readonly GroupStats[], overall: GroupStats): Chart[] {
  return overall.metrics.flatMap((_, i) => metricChart(i, groups, overall) ?? []);
}
