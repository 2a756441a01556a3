// Reading and writing reviews: the items of a sample with the tool's reading, each
// reviewer's reading of them (one per reviewer and item, the latest kept), and where a
// reviewer is up to.

import type { HarmAnnotation } from '../../types';
import { itemText } from '../item';
import { getAnalysis } from '../store/analyses';
import { itemsById } from '../store/items';
import type { CorpusStore } from '../store/store';
import type { ReviewFields } from './fields';

export interface SampleItem {
  sample: string;
  position: number;
  itemId: string;
  outlet: string;
  text: string;
  stratum: string;
  tool: ReviewFields;
  /** The harm annotation reviewed (its span is what the page highlights). */
  annotation: HarmAnnotation | null;
}

export interface Review {
  sample: string;
  position: number;
  reviewer: string;
  fields: ReviewFields;
  at: string;
}

export function sampleNames(store: CorpusStore): Array<{ name: string; items: number; created: string }> {
  return store.stmt(`SELECT s.name, s.created, count(r.position) AS items FROM review_samples s
    LEFT JOIN review_items r ON r.sample = s.name GROUP BY s.name ORDER BY s.created`).all() as Array<{ name: string; items: number; created: string }>;
}

export function sampleSize(store: CorpusStore, sample: string): number {
  return (store.stmt('SELECT count(*) AS n FROM review_items WHERE sample = ?').get(sample) as { n: number }).n;
}

export function sampleItem(store: CorpusStore, sample: string, position: number): SampleItem | null {
  const row = store.stmt(`SELECT r.position, r.harm, r.stratum, r.tool, i.id FROM review_items r JOIN items i ON i.pk = r.pk
    WHERE r.sample = ? AND r.position = ?`).get(sample, position) as { position: number; harm: number; stratum: string; tool: string; id: string } | undefined;
  if (!row) return null;
  const item = itemsById(store, [row.id])[0];
  if (!item) return null;
  const harms = (getAnalysis(store, row.id)?.annotations ?? []).filter((a): a is HarmAnnotation => a.type === 'harm');
  return { sample, position: row.position, itemId: row.id, outlet: item.outlet, text: itemText(item), stratum: row.stratum,
    tool: JSON.parse(row.tool) as ReviewFields, annotation: harms[row.harm] ?? null };
}

export function sampleItems(store: CorpusStore, sample: string): SampleItem[] {
  const positions = store.stmt('SELECT position FROM review_items WHERE sample = ? ORDER BY position').all(sample) as { position: number }[];
  return positions.flatMap((p) => sampleItem(store, sample, p.position) ?? []);
}

export function saveReview(store: CorpusStore, review: Omit<Review, 'at'>): void {
  store.write(() => {
    store.stmt(`INSERT INTO reviews (sample, position, reviewer, fields, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (sample, position, reviewer) DO UPDATE SET fields = excluded.fields, at = excluded.at`)
      .run(review.sample, review.position, review.reviewer, JSON.stringify(review.fields), new Date().toISOString());
  });
}

export function reviewsOf(store: CorpusStore, sample: string, reviewer?: string): Review[] {
  const rows = (reviewer === undefined
    ? store.stmt('SELECT * FROM reviews WHERE sample = ? ORDER BY position, reviewer').all(sample)
    : store.stmt('SELECT * FROM reviews WHERE sample = ? AND reviewer = ? ORDER BY position').all(sample, reviewer)) as
    Array<Omit<Review, 'fields'> & { fields: string }>;
  return rows.map((r) => ({ ...r, fields: JSON.parse(r.fields) as ReviewFields }));
}

/** The first item the reviewer has not reviewed, or null when all are done. */
export function nextToReview(store: CorpusStore, sample: string, reviewer: string): number | null {
  const row = store.stmt(`SELECT r.position FROM review_items r WHERE r.sample = ? AND NOT EXISTS
    (SELECT 1 FROM reviews v WHERE v.sample = r.sample AND v.position = r.position AND v.reviewer = ?) ORDER BY r.position LIMIT 1`)
    .get(sample, reviewer) as { position: number } | undefined;
  return row?.position ?? null;
}
