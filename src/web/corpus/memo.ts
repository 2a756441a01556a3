// Results derived from a store (statistics, vocabulary, suggestions), kept until the
// store changes, so pages do not recompute them on every request.

import type { CorpusStore } from '../../corpus/store/store';

const MAX_ENTRIES = 32;
const memos = new WeakMap<CorpusStore, { version: number; values: Map<string, unknown> }>();

export function memo<T>(store: CorpusStore, key: string, compute: () => T): T {
  const values = entryOf(store);
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  memoPut(store, key, value);
  return value;
}

function entryOf(store: CorpusStore): Map<string, unknown> {
  let entry = memos.get(store);
  if (!entry || entry.version !== store.version) {
    entry = { version: store.version, values: new Map() };
    memos.set(store, entry);
  }
  return entry.values;
}

/** Is a value kept for the store as it is? */
export function memoHas(store: CorpusStore, key: string): boolean {
  return entryOf(store).has(key);
}

/** Keeps a value worked out elsewhere (a worker thread) for the store as it is now. */
export function memoPut(store: CorpusStore, key: string, value: unknown): void {
  const values = entryOf(store);
  if (values.size >= MAX_ENTRIES && !values.has(key)) values.delete(values.keys().next().value as string);
  values.set(key, value);
}
