// Rejecting a suggested event, for the Corpus page (POST /corpus/events/reject) and
// `framing events --reject`: its items are not suggested together again (a new event), or
// not for that event again (an existing one). Nothing is assigned.

import type { CorpusStore } from './store';

export interface Rejection {
  /** Items of the suggestion found in the store. */
  items: number;
}

/** Records that the items `ids` are not one event (`event` null) or do not belong to `event`. */
export function rejectSuggestion(store: CorpusStore, ids: readonly string[], event: string | null): Rejection | string {
  if (ids.length === 0) return 'no items chosen';
  const pkOf = store.stmt('SELECT pk FROM items WHERE id = ?');
  const pks = [...new Set(ids.flatMap((id) => {
    const row = pkOf.get(id) as { pk: number } | undefined;
    return row ? [row.pk] : [];
  }))].sort((a, b) => a - b);
  if (pks.length === 0) return 'none of the chosen items are in the corpus';
  if (event === null && pks.length < 2) return 'a suggested new event has two items or more';
  store.write(() => {
    if (event !== null) {
      const join = store.stmt('INSERT OR IGNORE INTO rejected_joins (pk, event) VALUES (?, ?)');
      for (const pk of pks) join.run(pk, event);
      return;
    }
    const pair = store.stmt('INSERT OR IGNORE INTO rejected_pairs (a, b) VALUES (?, ?)');
    for (let i = 0; i < pks.length; i++) for (let j = i + 1; j < pks.length; j++) pair.run(pks[i], pks[j]);
  });
  return { items: pks.length };
}

/** What was rejected among these items: pairs as "a b" (a < b), joins as "pk event". */
export function rejectionsAmong(store: CorpusStore, pks: readonly number[]): { pairs: Set<string>; joins: Set<string> } {
  const pairs = new Set<string>();
  const joins = new Set<string>();
  if (pks.length === 0) return { pairs, joins };
  const wanted = new Set(pks);
  for (const r of store.stmt('SELECT a, b FROM rejected_pairs').iterate() as Iterable<{ a: number; b: number }>) {
    if (wanted.has(r.a) && wanted.has(r.b)) pairs.add(`${r.a} ${r.b}`);
  }
  for (const r of store.stmt('SELECT pk, event FROM rejected_joins').iterate() as Iterable<{ pk: number; event: string }>) {
    if (wanted.has(r.pk)) joins.add(`${r.pk} ${r.event}`);
  }
  return { pairs, joins };
}
