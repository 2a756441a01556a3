// Analyses of stored items: saved with their per-document counts, read back for pages
// and exports, and the items still waiting for one.

import { itemText } from '../item';
import { COUNT_FIELDS, type Counts, countDoc } from '../stats/doc-counts';
import { type StoredAnalysis, packAnalysis, unpackAnalysis } from './packed';
import type { CorpusStore } from './store';

export type { StoredAnalysis } from './packed';

/** What the store keeps of an analysis: its per-document counts and the analysis packed. */
export interface AnalysisRow {
  counts: Counts;
  /** Euphemisms per lexicon category. */
  categories: Record<string, number>;
  packed: Uint8Array;
}

/** The row of an analysis (made in the annotate workers, so the writer only inserts). */
export function analysisRow(analysis: StoredAnalysis): AnalysisRow {
  return { ...countDoc(analysis.annotations, analysis.summary), packed: packAnalysis(analysis) };
}

const SAVE = `INSERT OR REPLACE INTO analyses (pk, annotations, summary, packed, ${COUNT_FIELDS.join(', ')}, analyser, analysed_at)
  VALUES (@pk, '', '', @packed, ${COUNT_FIELDS.map((f) => `@${f}`).join(', ')}, @analyser, @analysed_at)`;

/**
 * Saves (or replaces) the analysis of item `id`, with which analyser made it
 * (src/provenance.ts; null when it was not the package's own) and when; false when there is
 * no such item.
 */
export function saveAnalysis(store: CorpusStore, id: string, analysis: StoredAnalysis, analyser: string | null = null): boolean {
  return saveAnalysisRow(store, id, analysisRow(analysis), analyser);
}

export function saveAnalysisRow(store: CorpusStore, id: string, row: AnalysisRow, analyser: string | null = null): boolean {
  const item = store.stmt('SELECT pk FROM items WHERE id = ?').get(id) as { pk: number } | undefined;
  if (!item) return false;
  store.stmt(SAVE).run({ pk: item.pk, packed: row.packed, ...row.counts, analyser, analysed_at: new Date().toISOString() });
  store.stmt('DELETE FROM euphemism_counts WHERE pk = ?').run(item.pk);
  const insert = store.stmt('INSERT INTO euphemism_counts (pk, category, n) VALUES (?, ?, ?)');
  for (const [category, n] of Object.entries(row.categories)) insert.run(item.pk, category, n);
  return true;
}

export function getAnalysis(store: CorpusStore, id: string): StoredAnalysis | null {
  const sql = 'SELECT a.annotations, a.summary, a.packed FROM analyses a JOIN items i ON i.pk = a.pk WHERE i.id = ?';
  const row = store.stmt(sql).get(id) as StoredColumns | undefined;
  return row ? readAnalysis(row) : null;
}

/** The analysis columns as stored: packed (store version 4), or JSON (saved before). */
export interface StoredColumns {
  annotations: string;
  summary: string;
  packed: Uint8Array | null;
}

export function readAnalysis(row: StoredColumns): StoredAnalysis {
  if (row.packed) return unpackAnalysis(row.packed);
  return { annotations: JSON.parse(row.annotations) as StoredAnalysis['annotations'], summary: JSON.parse(row.summary) as StoredAnalysis['summary'] };
}

/** A stored item as the annotate pipeline sees it. */
export interface PendingItem {
  pk: number;
  id: string;
  text: string;
}

/**
 * Which items to annotate: those with no analysis (`new`), those with none or one made by
 * another analyser than `current` (`stale`), or every item (`all`).
 */
export type Pending = { which: 'new' } | { which: 'stale'; current: string } | { which: 'all' };

const NEW: Pending = { which: 'new' };

function pendingWhere(pending: Pending): { sql: string; params: string[] } {
  if (pending.which === 'all') return { sql: '1', params: [] };
  if (pending.which === 'new') return { sql: 'NOT EXISTS (SELECT 1 FROM analyses a WHERE a.pk = i.pk)', params: [] };
  return { sql: 'NOT EXISTS (SELECT 1 FROM analyses a WHERE a.pk = i.pk AND a.analyser IS ?)', params: [pending.current] };
}

/** The items to annotate, a page at a time after `afterPk`. */
export function pendingPage(store: CorpusStore, afterPk: number, limit: number, pending: Pending = NEW): PendingItem[] {
  const where = pendingWhere(pending);
  const rows = store.stmt(`SELECT pk, id, headline, text FROM items i WHERE pk > ? AND ${where.sql} ORDER BY pk LIMIT ?`)
    .all(afterPk, ...where.params, limit) as { pk: number; id: string; headline: string; text: string }[];
  return rows.map((r) => ({ pk: r.pk, id: r.id, text: itemText(r) }));
}

export function pendingCount(store: CorpusStore, pending: Pending = NEW): number {
  const where = pendingWhere(pending);
  return (store.stmt(`SELECT count(*) AS n FROM items i WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
}

/** How many analyses each analyser made (null: one not recorded, or not the package's own), most first. */
export function analysers(store: CorpusStore): Array<{ analyser: string | null; items: number; last: string | null }> {
  return store.stmt(`SELECT analyser, count(*) AS items, max(analysed_at) AS last FROM analyses GROUP BY analyser
    ORDER BY items DESC`).all() as Array<{ analyser: string | null; items: number; last: string | null }>;
}
