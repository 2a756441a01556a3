// Figures corrected by what the reviews found (issue 18): for a yes/no measure the tool
// reads (doer named, a responsibility link, a device), its sensitivity and specificity
// against the reviewers on a reviewed sample, and a share corrected for that
// misclassification by the Rogan–Gladen estimator (Rogan and Gladen 1978):
//   corrected = (observed + specificity − 1) / (sensitivity + specificity − 1),
// clipped to [0, 1]. A point estimate, labelled as corrected wherever shown; undefined
// (null) when the tool does no better than chance (sensitivity + specificity ≤ 1) or a
// rate has nothing to stand on.

import type { ReviewFields } from './fields';
import type { Review, SampleItem } from './reviews';

export interface Misclassification {
  /** The measure, as compare-groups names it: named, link_none, device_nominalization, ... */
  key: string;
  /** Reviews (of events the reviewer says are harm) where tool and reviewer say yes/no. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  sensitivity: number | null;
  specificity: number | null;
}

export interface Correction {
  sample: string;
  reviews: number;
  /** Share of reviews saying the event is harm: the precision of the events themselves. */
  harmPrecision: number | null;
  measures: Map<string, Misclassification>;
}

/** The yes/no readings of one review's fields, by measure key. */
function readings(f: ReviewFields): Map<string, boolean> {
  const out = new Map<string, boolean>([['named', f.named]]);
  for (const link of ['grammatical', 'modifier', 'clause', 'none']) out.set(`link_${link}`, f.link === link);
  for (const device of ['active', 'passive-with-agent', 'agentless-passive', 'intransitive', 'nominalization', 'instrument', 'other']) {
    out.set(`device_${device}`, f.device === device);
  }
  return out;
}

export function correctionFrom(sample: string, items: readonly SampleItem[], reviews: readonly Review[]): Correction {
  const tool = new Map(items.map((i) => [i.position, i.tool]));
  const tallies = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  let harm = 0;
  for (const r of reviews) {
    const t = tool.get(r.position);
    if (!t) continue;
    if (r.fields.harm) harm++;
    else continue; // not harm: its other fields are moot
    const truth = readings(r.fields);
    for (const [key, said] of readings(t)) {
      const tally = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      const real = truth.get(key) as boolean;
      if (said && real) tally.tp++;
      else if (said) tally.fp++;
      else if (real) tally.fn++;
      else tally.tn++;
      tallies.set(key, tally);
    }
  }
  const rate = (k: number, n: number): number | null => (n > 0 ? k / n : null);
  return {
    sample, reviews: reviews.length, harmPrecision: rate(harm, reviews.length),
    measures: new Map([...tallies].map(([key, t]) => [key, { key, ...t, sensitivity: rate(t.tp, t.tp + t.fn), specificity: rate(t.tn, t.tn + t.fp) }])),
  };
}

export function roganGladen(observed: number, sensitivity: number | null, specificity: number | null): number | null {
  if (sensitivity === null || specificity === null || sensitivity + specificity <= 1) return null;
  return Math.min(1, Math.max(0, (observed + specificity - 1) / (sensitivity + specificity - 1)));
}

/** The corrected share of a measure, or null where the reviews cannot correct it. */
export function correctedShare(correction: Correction, key: string, observed: number | null): number | null {
  const m = correction.measures.get(key);
  return observed === null || !m ? null : roganGladen(observed, m.sensitivity, m.specificity);
}
