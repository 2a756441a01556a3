// What the reviews say (issue 18): how often the tool's reading of each field was right
// (precision, with Wilson intervals, over all reviews and per outlet), and, for every two
// reviewers of the same items, Cohen's kappa per field and the items they disagree on.

import { wilson } from '../stats/wilson';
import { FIELD_NAMES, type FieldName, type ReviewFields } from './fields';
import type { Review, SampleItem } from './reviews';

export interface FieldPrecision {
  field: FieldName;
  /** Reviews agreeing with the tool, of those that judge the field. */
  right: number;
  n: number;
  share: number | null;
  low: number | null;
  high: number | null;
}

export interface Agreement {
  a: string;
  b: string;
  /** Items both reviewed. */
  common: number;
  kappa: Array<{ field: FieldName; n: number; observed: number | null; kappa: number | null }>;
  disagreements: Array<{ position: number; item: string; field: FieldName; a: unknown; b: unknown }>;
}

export interface ReviewReport {
  sample: string;
  items: number;
  reviewed: Array<{ reviewer: string; items: number }>;
  precision: FieldPrecision[];
  byOutlet: Array<{ outlet: string; precision: FieldPrecision[] }>;
  agreement: Agreement[];
}

/** Whether a field is judged: the others only where the reviewer says it is harm. */
const judged = (field: FieldName, fields: ReviewFields): boolean => field === 'harm' || fields.harm;

function precisionOf(pairs: ReadonlyArray<{ tool: ReviewFields; review: ReviewFields }>): FieldPrecision[] {
  return FIELD_NAMES.map((field) => {
    const some = pairs.filter((p) => judged(field, p.review));
    const right = some.filter((p) => p.tool[field] === p.review[field]).length;
    const interval = wilson(right, some.length);
    return { field, right, n: some.length, share: some.length ? right / some.length : null, low: interval?.low ?? null, high: interval?.high ?? null };
  });
}

/** Cohen's kappa of two raters' labels on the same units; null when chance agreement is total. */
export function cohensKappa(a: readonly unknown[], b: readonly unknown[]): { observed: number | null; kappa: number | null } {
  const n = a.length;
  if (n === 0) return { observed: null, kappa: null };
  const key = (v: unknown): string => JSON.stringify(v);
  const observed = a.filter((v, i) => key(v) === key(b[i])).length / n;
  const count = (list: readonly unknown[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const v of list) m.set(key(v), (m.get(key(v)) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  let expected = 0;
  for (const [k, x] of ca) expected += (x / n) * ((cb.get(k) ?? 0) / n);
  return { observed, kappa: expected === 1 ? null : (observed - expected) / (1 - expected) };
}

export function reviewReport(sample: string, items: readonly SampleItem[], reviews: readonly Review[]): ReviewReport {
  const byPosition = new Map(items.map((i) => [i.position, i]));
  const pairs = reviews.flatMap((r) => {
    const item = byPosition.get(r.position);
    return item ? [{ outlet: item.outlet, tool: item.tool, review: r.fields }] : [];
  });
  const reviewers = [...new Set(reviews.map((r) => r.reviewer))].sort();
  const outlets = [...new Set(pairs.map((p) => p.outlet))].sort();
  const agreement: Agreement[] = [];
  for (const [i, a] of reviewers.entries()) {
    for (const b of reviewers.slice(i + 1)) {
      const ofB = new Map(reviews.filter((r) => r.reviewer === b).map((r) => [r.position, r.fields]));
      const both = reviews.filter((r) => r.reviewer === a && ofB.has(r.position)).map((r) => ({ position: r.position, a: r.fields, b: ofB.get(r.position) as ReviewFields }));
      if (both.length === 0) continue;
      const kappa = FIELD_NAMES.map((field) => {
        const some = both.filter((x) => judged(field, x.a) && judged(field, x.b));
        return { field, n: some.length, ...cohensKappa(some.map((x) => x.a[field]), some.map((x) => x.b[field])) };
      });
      const disagreements = both.flatMap((x) => FIELD_NAMES.filter((f) => judged(f, x.a) && judged(f, x.b) && x.a[f] !== x.b[f])
        .map((field) => ({ position: x.position, item: byPosition.get(x.position)?.itemId ?? '', field, a: x.a[field], b: x.b[field] })));
      agreement.push({ a, b, common: both.length, kappa, disagreements });
    }
  }
  return {
    sample, items: items.length,
    reviewed: reviewers.map((reviewer) => ({ reviewer, items: reviews.filter((r) => r.reviewer === reviewer).length })),
    precision: precisionOf(pairs),
    byOutlet: outlets.map((outlet) => ({ outlet, precision: precisionOf(pairs.filter((p) => p.outlet === outlet)) })),
    agreement,
  };
}

const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

export function formatReviewReport(r: ReviewReport): string {
  const lines = [`Sample "${r.sample}": ${r.items} harm events; reviewed by ${r.reviewed.map((x) => `${x.reviewer} (${x.items})`).join(', ') || 'nobody yet'}.`,
    '', 'Precision of the tool per field (reviews agreeing with it; 95% Wilson interval; fields other than harm judged where the reviewer says it is harm):'];
  const table = (ps: readonly FieldPrecision[]): string =>
    ps.map((p) => `${p.field} ${pct(p.share)} [${pct(p.low)}, ${pct(p.high)}] ${p.right}/${p.n}`).join('; ');
  lines.push(`  all: ${table(r.precision)}`);
  for (const o of r.byOutlet) lines.push(`  ${o.outlet}: ${table(o.precision)}`);
  for (const g of r.agreement) {
    lines.push('', `${g.a} and ${g.b}, ${g.common} items in common: Cohen's kappa ${g.kappa.map((k) =>
      `${k.field} ${k.kappa === null ? '–' : k.kappa.toFixed(2)} (n ${k.n})`).join('; ')}`);
    for (const d of g.disagreements) lines.push(`  #${d.position} ${d.item} ${d.field}: ${g.a} ${JSON.stringify(d.a)}, ${g.b} ${JSON.stringify(d.b)}`);
  }
  return `${lines.join('\n')}\n`;
}
