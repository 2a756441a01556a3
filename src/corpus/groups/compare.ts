// The victim-group comparison (issue 18): per outlet and victim group, the share of harm
// events that name the doer, by responsibility link, by device, and with emotive terms; then
// each contrast (two groups within an outlet, two outlets within a group) as a difference
// with Newcombe's interval and a two-proportion test, Holm-corrected across the contrasts
// shown. Counted per event and per headline (the item's primary event only), since events
// in one headline are not independent. docs/asymmetry.md gives the formulas.

import { type Correction, correctedShare } from '../review/correction';
import { holm, newcombe, twoProportionP } from '../stats/contrast';
import { wilson } from '../stats/wilson';
import type { GroupRow } from './rows';

export type Unit = 'event' | 'headline';

export const NOT_STATED = '(not stated)';

interface Measure {
  key: string;
  label: string;
  counts(row: GroupRow): boolean;
}

const FIXED: Measure[] = [
  { key: 'named', label: 'doer named (grammatical agent)', counts: (r) => r.named },
  ...(['grammatical', 'modifier', 'clause', 'none'] as const).map((link): Measure => ({
    key: `link_${link}`, label: `responsibility link: ${link}`, counts: (r) => r.link === link })),
  { key: 'outlet_voice', label: 'told in the outlet\'s own voice (not quoted or attributed)', counts: (r) => r.voice === 'outlet' },
  { key: 'emotive', label: 'emotive term, outlet\'s own voice', counts: (r) => r.emotive.length > 0 },
  { key: 'emotive_quoted', label: 'emotive term, only quoted', counts: (r) => r.emotive.length === 0 && r.emotiveQuoted.length > 0 },
];

function measuresFor(rows: readonly GroupRow[]): Measure[] {
  const devices = [...new Set(rows.map((r) => r.device))].sort();
  return [...FIXED, ...devices.map((d): Measure => ({ key: `device_${d}`, label: `device: ${d}`, counts: (r) => r.device === d }))];
}

export interface Share {
  key: string;
  label: string;
  k: number;
  n: number;
  share: number | null;
  low: number | null;
  high: number | null;
  /**
   * With a reviewed sample (CompareOptions.correction): the share corrected for the tool's
   * misclassification, a point estimate (../review/correction.ts); null where the reviews
   * cannot correct it. Absent without a sample.
   */
  corrected?: number | null;
}

export interface Cell {
  outlet: string;
  group: string;
  n: number;
  /** n below the minimum: shown, greyed, never contrasted or ranked. */
  small: boolean;
  shares: Share[];
}

export interface Side {
  outlet: string;
  group: string;
  k: number;
  n: number;
}

export interface Contrast {
  measure: string;
  label: string;
  kind: 'groups within outlet' | 'outlets within group';
  a: Side;
  b: Side;
  /** share(a) − share(b), with Newcombe's 95% interval. */
  diff: number;
  low: number;
  high: number;
  p: number;
  /** Holm-adjusted across every contrast of this unit. */
  pHolm: number;
}

export interface GroupComparison {
  unit: Unit;
  minN: number;
  /** Only events in the outlet's own voice were counted. */
  ownVoice: boolean;
  /** The reviewed sample the corrected shares come from, when one was given. */
  correctedBy?: { sample: string; reviews: number; harmPrecision: number | null };
  cells: Cell[];
  contrasts: Contrast[];
}

export interface CompareOptions {
  /** Least events (or headlines) in a cell for it to be contrasted (default 10). */
  minN?: number;
  /** Only these groups (lower case); default all stated groups. */
  groups?: readonly string[];
  /** Only events the outlet reports in its own voice (not quoted, not attributed to a speaker). */
  ownVoice?: boolean;
  /** A reviewed sample's misclassification rates: shares are also given corrected by them. */
  correction?: Correction;
}

export function compareGroups(rows: readonly GroupRow[], unit: Unit, options: CompareOptions = {}): GroupComparison {
  const minN = options.minN ?? 10;
  const { correction } = options;
  const counted = rows.filter((r) => (unit === 'event' || r.primary) && (!options.groups || options.groups.includes(r.group ?? '')) &&
    (!options.ownVoice || r.voice === 'outlet'));
  const measures = measuresFor(counted);
  const byCell = new Map<string, GroupRow[]>();
  for (const r of counted) {
    const key = JSON.stringify([r.outlet, r.group ?? NOT_STATED]);
    byCell.set(key, [...(byCell.get(key) ?? []), r]);
  }
  const cells = [...byCell].map(([key, members]): Cell => {
    const [outlet, group] = JSON.parse(key) as [string, string];
    const shares = measures.map((m) => share(m, members));
    if (correction) for (const s of shares) s.corrected = correctedShare(correction, s.key, s.share);
    return { outlet, group, n: members.length, small: members.length < minN, shares };
  }).sort((x, y) => x.outlet.localeCompare(y.outlet) || x.group.localeCompare(y.group));

  const contrasts: Omit<Contrast, 'pHolm'>[] = [];
  const usable = cells.filter((c) => !c.small && c.group !== NOT_STATED);
  for (const [i, a] of usable.entries()) {
    for (const b of usable.slice(i + 1)) {
      const kind = a.outlet === b.outlet ? 'groups within outlet' : a.group === b.group ? 'outlets within group' : null;
      if (!kind) continue;
      measures.forEach((m, j) => {
        const sa = a.shares[j] as Share;
        const sb = b.shares[j] as Share;
        if (sa.k + sb.k === 0) return; // the measure never occurs in either: nothing to contrast
        const d = newcombe(sa.k, sa.n, sb.k, sb.n);
        const p = twoProportionP(sa.k, sa.n, sb.k, sb.n);
        if (!d || p === null) return;
        contrasts.push({ measure: m.key, label: m.label, kind, a: side(a, sa), b: side(b, sb), ...d, p });
      });
    }
  }
  const adjusted = holm(contrasts.map((c) => c.p));
  const correctedBy = correction ? { correctedBy: { sample: correction.sample, reviews: correction.reviews, harmPrecision: correction.harmPrecision } } : {};
  return { unit, minN, ownVoice: options.ownVoice ?? false, ...correctedBy, cells,
    contrasts: contrasts.map((c, i) => ({ ...c, pHolm: adjusted[i] as number })).sort((x, y) => x.pHolm - y.pHolm || x.p - y.p) };
}

function share(m: Measure, members: readonly GroupRow[]): Share {
  const k = members.filter(m.counts).length;
  const n = members.length;
  const interval = wilson(k, n);
  return { key: m.key, label: m.label, k, n, share: n ? k / n : null, low: interval?.low ?? null, high: interval?.high ?? null };
}

function side(cell: Cell, s: Share): Side {
  return { outlet: cell.outlet, group: cell.group, k: s.k, n: s.n };
}
