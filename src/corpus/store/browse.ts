// Stored items with their analyses, a page at a time (so a long export never holds the
// database busy between pages, nor more than a page in memory).

import { type Filters, whereClause } from '../filters';
import { type CorpusItem, itemText } from '../item';
import { type StoredAnalysis, readAnalysis } from './analyses';
import { type ItemRow, toItem } from './items';
import type { CorpusStore } from './store';

export interface ItemWithAnalysis {
  item: CorpusItem;
  analysis: StoredAnalysis | null;
}

const PAGE = 500;

export function* itemsWithAnalyses(store: CorpusStore, filters: Filters = {}): Generator<ItemWithAnalysis> {
  const where = whereClause(filters);
  const sql = `SELECT i.*, a.annotations AS a_annotations, a.summary AS a_summary, a.block AS a_block, a.slot AS a_slot FROM items i
    LEFT JOIN analyses a ON a.pk = i.pk ${where.sql ? `${where.sql} AND` : 'WHERE'} i.pk > ? ORDER BY i.pk LIMIT ${PAGE}`;
  let after = 0;
  for (;;) {
    const rows = store.stmt(sql).all(...where.params, after) as (ItemRow & { a_annotations: string | null; a_summary: string | null; a_block: number | null; a_slot: number | null })[];
    for (const row of rows) {
      const analysis = row.a_annotations !== null && row.a_summary !== null
        ? readAnalysis(store, { annotations: row.a_annotations, summary: row.a_summary, block: row.a_block, slot: row.a_slot }, itemText(row))
        : null;
      yield { item: toItem(row), analysis };
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.pk;
  }
}
