// Results derived from a store (statistics, vocabulary, suggestions), kept until the
// store changes, so pages do not recompute them on every request.

import type { CorpusStore } from '../store/store';

const MAX_ENTRIES = 32;
const memos = new WeakMap<CorpusStore, { version: number; values: Map<string, unknown> }>();

export function memo<T>(store: CorpusStore, key: string, compute: () => T): T {
  let entry = memos.get(store);
  if (!entry || entry.version !== store.version) {
    entry = { version: store.version, values: new Map() };
    memos.set(store, entry);
  }
  if (entry.values.has(key)) return entry.values.get(key) as T;
  const value = compute();
  if (entry.values.size >= MAX_ENTRIES) entry.values.delete(entry.values.keys().next().value as string);
  entry.values.set(key, value);
  return value;
}
