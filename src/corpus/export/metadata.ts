// The metadata keys of the items an export covers, for one column each (meta_<key>), read
// from the items alone.

import { type Filters, whereClause } from '../filters';
import type { CorpusStore } from '../store/store';

export function metadataKeys(store: CorpusStore, filters: Filters, leaveOut: readonly string[] = []): string[] {
  const where = whereClause(filters);
  const keys = new Set<string>();
  const rows = store.stmt(`SELECT i.metadata FROM items i ${where.sql ? `${where.sql} AND` : 'WHERE'} i.metadata IS NOT NULL`).iterate(...where.params);
  for (const { metadata } of rows as Iterable<{ metadata: string }>) {
    for (const key of Object.keys(JSON.parse(metadata) as Record<string, unknown>)) keys.add(key);
  }
  return [...keys].filter((k) => !leaveOut.includes(k)).sort();
}

/** An item's value for each key, as a CSV cell (objects and lists as JSON). */
export function metadataCells(metadata: Record<string, unknown> | undefined, keys: readonly string[]): Array<string | number | boolean | null> {
  return keys.map((k) => {
    const v = metadata?.[k];
    if (v === undefined || v === null) return null;
    return typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
  });
}
