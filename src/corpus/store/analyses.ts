// Analyses of stored items: saved with their per-document counts, read back for pages
// and exports, and the items still waiting for one.

import type { Annotation, Summary } from '../../types';
import { itemText } from '../item';
import { COUNT_FIELDS, countDoc } from '../stats/doc-counts';
import type { CorpusStore } from './store';

export interface StoredAnalysis {
  annotations: Annotation[];
  summary: Summary;
}

const SAVE = `INSERT OR REPLACE INTO analyses (pk, annotations, summary, ${COUNT_FIELDS.join(', ')})
  VALUES (@pk, @annotations, @summary, ${COUNT_FIELDS.map((f) => `@${f}`).join(', ')})`;

/** Saves (or replaces) the analysis of item `id`; false when there is no such item. */
export function saveAnalysis(store: CorpusStore, id: string, analysis: StoredAnalysis): boolean {
  const row = store.stmt('SELECT pk FROM items WHERE id = ?').get(id) as { pk: number } | undefined;
  if (!row) return false;
  const { counts, categories } = countDoc(analysis.annotations, analysis.summary);
  store.stmt(SAVE).run({
    pk: row.pk,
    annotations: JSON.stringify(analysis.annotations),
    summary: JSON.stringify(analysis.summary),
    ...counts,
  });
  store.stmt('DELETE FROM euphemism_counts WHERE pk = ?').run(row.pk);
  const insert = store.stmt('INSERT INTO euphemism_counts (pk, category, n) VALUES (?, ?, ?)');
  for (const [category, n] of Object.entries(categories)) insert.run(row.pk, category, n);
  return true;
}

export function getAnalysis(store: CorpusStore, id: string): StoredAnalysis | null {
  const sql = 'SELECT a.annotations, a.summary FROM analyses a JOIN items i ON i.pk = a.pk WHERE i.id = ?';
  const row = store.stmt(sql).get(id) as { annotations: string; summary: string } | undefined;
  return row ? parseAnalysis(row) : null;
}

export function parseAnalysis(row: { annotations: string; summary: string }): StoredAnalysis {
  return { annotations: JSON.parse(row.annotations) as Annotation[], summary: JSON.parse(row.summary) as Summary };
}

/** A stored item as the annotate pipeline sees it. */
export interface PendingItem {
  pk: number;
  id: string;
  text: string;
}

const PENDING = `SELECT pk, id, headline, text FROM items i WHERE pk > ?
  AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.pk = i.pk) ORDER BY pk LIMIT ?`;
const EVERY = 'SELECT pk, id, headline, text FROM items WHERE pk > ? ORDER BY pk LIMIT ?';

/** Items without an analysis (or all items, with `all`), a page at a time after `afterPk`. */
export function pendingPage(store: CorpusStore, afterPk: number, limit: number, all = false): PendingItem[] {
  const rows = store.stmt(all ? EVERY : PENDING).all(afterPk, limit) as
    { pk: number; id: string; headline: string; text: string }[];
  return rows.map((r) => ({ pk: r.pk, id: r.id, text: itemText(r) }));
}

export function pendingCount(store: CorpusStore, all = false): number {
  const sql = all
    ? 'SELECT count(*) AS n FROM items'
    : 'SELECT count(*) AS n FROM items i WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.pk = i.pk)';
  return (store.stmt(sql).get() as { n: number }).n;
}
