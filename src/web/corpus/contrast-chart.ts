// Geometry of the server-rendered SVG chart of the victim-group contrasts (GET
// /corpus/groups): one row per contrast, smallest Holm-corrected p first, a dot for the
// difference in percentage points and a whisker for its Newcombe interval, around a zero
// line. Each row has text above its whisker: who is contrasted (wrapped at WRAP characters,
// so that it fits a 320 px screen, where the text is set larger), the measure (with
// "significant" when Holm p < 0.05) and the figures, which a narrow screen leaves out (they
// are in the table under the chart). The view only places what this computes.

import type { Contrast } from '../../corpus/groups/compare';
import { type ChartFrame, niceMax } from './chart';

export const CONTRAST_CHART = {
  width: 600, row: 86, line: 22, wrap: 44, maxLines: 3, top: 48, axis: 34, left: 8, right: 8, max: 30, alpha: 0.05,
} as const;

export interface ContrastRow {
  /** "CNN: israeli vs palestinian — doer named". */
  label: string;
  /** "CNN: israeli vs palestinian", as lines of text with their baselines; then "doer named". */
  who: string;
  whoLines: { text: string; y: number }[];
  measure: string;
  /** "46.4% (26/56) vs 14.9% (45/303)". */
  shares: string;
  /** "+31.6 [+18.4, +44.9]" percentage points. */
  difference: string;
  p: string;
  pHolm: string;
  /** "+31.6 points [+18.4, +44.9], p <0.001, Holm p <0.001". */
  note: string;
  /** Holm p below 0.05: drawn as a diamond and said in words. */
  significant: boolean;
  /** Top of the row (a rule separates it from the row above), baselines of the measure and the figures, and the whisker's y. */
  top: number;
  measureY: number;
  noteY: number;
  y: number;
  x: number;
  x1: number;
  x2: number;
}

/** The description says how many contrasts are shown, how many are significant, the first of them. */
export interface ContrastChart extends ChartFrame {
  zero: number;
  rows: ContrastRow[];
  /** Contrasts in all, and those left out of the chart (beyond the first `max`). */
  total: number;
  more: number;
}

const MEASURES: Record<string, string> = {
  named: 'doer named', emotive: 'emotive term, own voice', emotive_quoted: 'emotive term, only quoted',
};

/** The measure in a few words: "doer named", "link: clause", "device: agentless-passive". */
export function measureName(key: string): string {
  return MEASURES[key] ?? key.replace(/^link_/, 'link: ').replace(/^device_/, 'device: ');
}

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
/** Percentage points with a sign, a true minus for negatives: "+31.6", "−7.5". */
export const points = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
export const pValue = (p: number): string => (p < 0.001 ? '<0.001' : p.toFixed(3));

function who(c: Contrast): string {
  return c.kind === 'groups within outlet' ? `${c.a.outlet}: ${c.a.group} vs ${c.b.group}` : `${c.a.group}: ${c.a.outlet} vs ${c.b.outlet}`;
}

function signedTick(v: number): string {
  return v === 0 ? '0' : `${v > 0 ? '+' : '−'}${Number(Math.abs(v).toFixed(1))}`;
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else for (let i = 0; i < word.length; i += width) lines.push(word.slice(i, i + width));
  }
  return lines;
}

/** Words into lines of at most `width` characters (a longer word is cut), at most `max` lines, the last ending in "…" if cut short. */
export function wrap(text: string, width: number = CONTRAST_CHART.wrap, max: number = CONTRAST_CHART.maxLines): string[] {
  // "Outlet: a vs b" too long for one line breaks after the colon first
  const colon = text.indexOf(': ');
  const lines = text.length > width && colon > 0
    ? [...wrapWords(text.slice(0, colon + 1), width), ...wrapWords(text.slice(colon + 2), width)] : wrapWords(text, width);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] as string).slice(0, width - 1)}…`;
  return kept;
}

/** The chart of at most `max` contrasts, smallest Holm p first; null when there are none. */
export function contrastChart(contrasts: readonly Contrast[], max: number = CONTRAST_CHART.max): ContrastChart | null {
  if (contrasts.length === 0) return null;
  const shown = [...contrasts].sort((a, b) => a.pHolm - b.pHolm || a.p - b.p).slice(0, max);
  const C = CONTRAST_CHART;
  const names = shown.map(who);
  const tops: number[] = [C.top];
  names.forEach((name, i) => tops.push((tops[i] as number) + C.row + (wrap(name).length - 1) * C.line));
  const plot = { x1: C.left, x2: C.width - C.right, y1: C.top, y2: tops[shown.length] as number };
  // symmetric about zero, in percentage points, on a round bound (at most 100)
  const bound = Math.min(100, niceMax(Math.max(...shown.map((c) => Math.max(Math.abs(c.low), Math.abs(c.high)))) * 100));
  const scale = (v: number): number =>
    Number((plot.x1 + ((Math.max(-bound, Math.min(bound, v * 100)) + bound) / (2 * bound)) * (plot.x2 - plot.x1)).toFixed(1));
  const rows = shown.map((c, i): ContrastRow => {
    const name = names[i] as string;
    const lines = wrap(name).map((text, k) => ({ text, y: (tops[i] as number) + 18 + k * C.line }));
    const below = (tops[i] as number) + (lines.length - 1) * C.line;
    const measure = measureName(c.measure);
    return {
      label: `${name} — ${measure}`, who: name, whoLines: lines, measure,
      difference: `${points(c.diff)} [${points(c.low)}, ${points(c.high)}]`, p: pValue(c.p), pHolm: pValue(c.pHolm),
      shares: `${percent(c.a.k / c.a.n)} (${c.a.k}/${c.a.n}) vs ${percent(c.b.k / c.b.n)} (${c.b.k}/${c.b.n})`,
      note: `${points(c.diff)} points [${points(c.low)}, ${points(c.high)}], p ${pValue(c.p)}, Holm p ${pValue(c.pHolm)}`,
      significant: c.pHolm < C.alpha,
      top: tops[i] as number, measureY: below + 40, noteY: below + 57, y: below + 70,
      x: scale(c.diff), x1: scale(c.low), x2: scale(c.high),
    };
  });
  const ticks = [-1, -0.5, 0, 0.5, 1].map((f) => ({ x: scale((f * bound) / 100), label: signedTick(f * bound) }));
  const significant = rows.filter((r) => r.significant);
  const first = significant[0];
  const description = `${rows.length} of ${contrasts.length} contrasts, smallest Holm-corrected p first: the difference in ` +
    `percentage points (first named minus second) with its 95% interval. ${significant.length} with Holm p below ${C.alpha}` +
    (first ? `; the first: ${first.label}, ${first.difference} points.` : '.');
  return {
    id: 'groups-chart', title: 'Contrasts: difference in percentage points, with 95% intervals', description,
    width: C.width, height: plot.y2 + C.axis, plot, zero: scale(0), ticks, rows,
    total: contrasts.length, more: contrasts.length - rows.length,
  };
}
