// Statistics per outlet (and per event, victim group, month or year within each outlet):
// the per-document counts summed in SQL, then turned into measures with intervals.

import { type Filters, whereClause } from '../filters';
import type { CorpusStore } from '../store/store';
import { COUNT_FIELDS, type Counts, zeroCounts } from './doc-counts';
import { type MetricValue, measures } from './metrics';

export const DIMENSIONS = {
  event: 'i.event',
  victim_group: 'i.victim_group',
  month: 'substr(i.date, 1, 7)',
  year: 'substr(i.date, 1, 4)',
} as const;

export type Dimension = keyof typeof DIMENSIONS;

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && Object.hasOwn(DIMENSIONS, value);
}

export interface GroupStats {
  outlet: string;
  /** The group within the outlet (an event id, a month, ...): null when grouping by outlet alone, '' for items without one. */
  group: string | null;
  items: number;
  /** Items with an analysis; only they are counted. */
  annotated: number;
  counts: Counts;
  categories: Record<string, number>;
  metrics: MetricValue[];
}

export interface StatsResult {
  by: Dimension | null;
  filters: Filters;
  /** Euphemism categories found, sorted; each has a measure in every group. */
  categories: string[];
  groups: GroupStats[];
  /** Every filtered item together. */
  overall: GroupStats;
}

/** Counts summed per outlet and group: from SQL (every field) or from the headlines (headline-stats.ts). */
export interface SumRow extends Counts {
  outlet: string;
  grp: string | null;
  items: number;
  annotated: number;
}

export interface CategoryRow {
  outlet: string;
  grp: string | null;
  category: string;
  n: number;
}

export function corpusStats(store: CorpusStore, filters: Filters = {}, by: Dimension | null = null): StatsResult {
  const where = whereClause(filters);
  const dim = by ? DIMENSIONS[by] : 'NULL';
  const sums = COUNT_FIELDS.map((f) => `coalesce(sum(a.${f}), 0) AS ${f}`).join(', ');
  const rows = store.stmt(`SELECT i.outlet AS outlet, ${dim} AS grp, count(*) AS items, count(a.pk) AS annotated, ${sums}
    FROM items i LEFT JOIN analyses a ON a.pk = i.pk ${where.sql} GROUP BY 1, 2`).all(...where.params) as SumRow[];
  const categoryRows = store.stmt(`SELECT i.outlet AS outlet, ${dim} AS grp, e.category AS category, sum(e.n) AS n
    FROM items i JOIN euphemism_counts e ON e.pk = i.pk ${where.sql} GROUP BY 1, 2, 3`).all(...where.params) as CategoryRow[];
  return assembleStats(rows, categoryRows, filters, by);
}

/** Measures with intervals per outlet (and group), and over all, from summed counts. */
export function assembleStats(rows: readonly SumRow[], categoryRows: readonly CategoryRow[], filters: Filters, by: Dimension | null): StatsResult {
  const key = (outlet: string, grp: string | null): string => `${outlet}\u0000${grp ?? ''}`;
  const byGroup = new Map<string, Record<string, number>>();
  for (const r of categoryRows) {
    const k = key(r.outlet, r.grp);
    byGroup.set(k, { ...byGroup.get(k), [r.category]: r.n });
  }
  const categories = [...new Set(categoryRows.map((r) => r.category))].sort();
  const group = (outlet: string, grp: string | null, items: number, annotated: number, counts: Counts,
    cats: Record<string, number>): GroupStats =>
    ({ outlet, group: grp, items, annotated, counts, categories: cats, metrics: measures(counts, cats, categories) });

  const groups = rows
    .map((r) => group(r.outlet, by ? (r.grp ?? '') : null, r.items, r.annotated, pick(r), byGroup.get(key(r.outlet, r.grp)) ?? {}))
    .sort((a, b) => a.outlet.localeCompare(b.outlet) || (a.group ?? '').localeCompare(b.group ?? ''));
  const total = zeroCounts();
  const totalCats: Record<string, number> = {};
  for (const g of groups) {
    for (const f of COUNT_FIELDS) total[f] += g.counts[f];
    for (const [c, n] of Object.entries(g.categories)) totalCats[c] = (totalCats[c] ?? 0) + n;
  }
  const overall = group('All outlets', null, sum(groups, 'items'), sum(groups, 'annotated'), total, totalCats);
  return { by, filters, categories, groups, overall };
}

function pick(row: SumRow): Counts {
  return Object.fromEntries(COUNT_FIELDS.map((f) => [f, Number(row[f])])) as Counts;
}

function sum(groups: readonly GroupStats[], field: 'items' | 'annotated'): number {
  return groups.reduce((n, g) => n + g[field], 0);
}
