// Analyses of stored items: saved with their per-document counts, read back for pages
// and exports, and the items still waiting for one.

import { itemText } from '../item';
import { COUNT_FIELDS, type Counts, countDoc } from '../stats/doc-counts';
import { type StoredAnalysis, analysisAt, packBlock, unpackBlock } from './packed';
import type { CorpusStore } from './store';

export type { StoredAnalysis } from './packed';

/** What the store keeps of an analysis besides the analysis itself: its per-document counts. */
export interface AnalysisCounts {
  counts: Counts;
  /** Euphemisms per lexicon category. */
  categories: Record<string, number>;
}

/** A row to save: the item, its counts, and its slot in the block saved with it. */
export interface CountedRow extends AnalysisCounts {
  id: string;
  slot: number;
}

export function analysisCounts(analysis: StoredAnalysis): AnalysisCounts {
  return countDoc(analysis.annotations, analysis.summary);
}

const SAVE = `INSERT OR REPLACE INTO analyses (pk, annotations, summary, block, slot, ${COUNT_FIELDS.join(', ')}, analyser, analysed_at)
  VALUES (@pk, '', '', @block, @slot, ${COUNT_FIELDS.map((f) => `@${f}`).join(', ')}, @analyser, @analysed_at)`;

/**
 * Saves (or replaces) the analyses of these items as one block, with which analyser made
 * them (src/provenance.ts; null when it was not the package's own) and when; for each item,
 * false when there is no such item. Call inside a transaction (store.write).
 */
export function saveAnalyses(store: CorpusStore, analyses: ReadonlyArray<{ id: string; analysis: StoredAnalysis }>, analyser: string | null = null): boolean[] {
  const sourceOf = store.stmt('SELECT headline, text FROM items WHERE id = ?');
  const known = analyses.flatMap(({ id, analysis }) => {
    const item = sourceOf.get(id) as { headline: string; text: string } | undefined;
    return item ? [{ id, analysis, source: itemText(item) }] : [];
  });
  if (known.length === 0) return analyses.map(() => false);
  const rows = known.map(({ id, analysis }, slot) => ({ id, slot, ...analysisCounts(analysis) }));
  const saved = new Set(saveCountedRows(store, packBlock(known), rows, analyser));
  return analyses.map(({ id }) => saved.has(id));
}

export function saveAnalysis(store: CorpusStore, id: string, analysis: StoredAnalysis, analyser: string | null = null): boolean {
  return saveAnalyses(store, [{ id, analysis }], analyser)[0] ?? false;
}

/**
 * Saves a block made elsewhere (by the annotate workers) and the rows in it; returns the ids
 * saved. Blocks left with no row are deleted. Call inside a transaction (store.write).
 */
export function saveCountedRows(store: CorpusStore, block: Uint8Array, rows: readonly CountedRow[], analyser: string | null): string[] {
  const blockId = Number(store.stmt('INSERT INTO analysis_blocks (data) VALUES (?)').run(block).lastInsertRowid);
  const pkOf = store.stmt('SELECT i.pk, a.block FROM items i LEFT JOIN analyses a ON a.pk = i.pk WHERE i.id = ?');
  const replaced = new Set<number>();
  const saved: string[] = [];
  const at = new Date().toISOString();
  for (const row of rows) {
    const item = pkOf.get(row.id) as { pk: number; block: number | null } | undefined;
    if (!item) continue;
    if (item.block !== null) replaced.add(item.block);
    store.stmt(SAVE).run({ pk: item.pk, block: blockId, slot: row.slot, ...row.counts, analyser, analysed_at: at });
    store.stmt('DELETE FROM euphemism_counts WHERE pk = ?').run(item.pk);
    const insert = store.stmt('INSERT INTO euphemism_counts (pk, category, n) VALUES (?, ?, ?)');
    for (const [category, n] of Object.entries(row.categories)) insert.run(item.pk, category, n);
    saved.push(row.id);
  }
  replaced.add(blockId);
  const drop = store.stmt('DELETE FROM analysis_blocks WHERE id = ? AND NOT EXISTS (SELECT 1 FROM analyses WHERE block = ?)');
  for (const id of replaced) drop.run(id, id);
  return saved;
}

export function getAnalysis(store: CorpusStore, id: string): StoredAnalysis | null {
  const sql = 'SELECT a.annotations, a.summary, a.block, a.slot, i.headline, i.text FROM analyses a JOIN items i ON i.pk = a.pk WHERE i.id = ?';
  const row = store.stmt(sql).get(id) as (StoredColumns & { headline: string; text: string }) | undefined;
  return row ? readAnalysis(store, row, itemText(row)) : null;
}

/** The analysis columns as stored: in a block (store version 4), or as JSON (saved before). */
export interface StoredColumns {
  annotations: string;
  summary: string;
  block: number | null;
  slot: number | null;
}

/** The last block read, per store: items are mostly read in stored order, a block's items together. */
const lastBlock = new WeakMap<CorpusStore, { id: number; lines: string[] }>();

/** `source`: the item's analysed text (itemText), from which a packed analysis takes its spans' texts. */
export function readAnalysis(store: CorpusStore, row: StoredColumns, source: string): StoredAnalysis {
  if (row.block === null || row.slot === null) {
    return { annotations: JSON.parse(row.annotations) as StoredAnalysis['annotations'], summary: JSON.parse(row.summary) as StoredAnalysis['summary'] };
  }
  let cached = lastBlock.get(store);
  if (cached?.id !== row.block) {
    const data = store.stmt('SELECT data FROM analysis_blocks WHERE id = ?').get(row.block) as { data: Uint8Array } | undefined;
    if (!data) throw new Error(`analysis block ${row.block} is missing from the store`);
    cached = { id: row.block, lines: unpackBlock(data.data) };
    lastBlock.set(store, cached);
  }
  return analysisAt(cached.lines, row.slot, source);
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
