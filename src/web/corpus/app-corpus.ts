// The corpus the app shows: a store (src/corpus/store), by default in memory and loaded
// with the shipped sample, corpus/sample.jsonl, plus whatever is uploaded. The compare
// page sees it as a Corpus: items grouped by event, read from the store when it changes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusItem, itemText } from '../../corpus/item';
import { addItems, allItems, itemsWithEvents } from '../../corpus/store/items';
import { CorpusStore } from '../../corpus/store/store';
import { toItem } from '../../corpus/validate';
import { PACKAGE_ROOT } from '../../paths';
import type { CompareItem } from '../input';

export type { CorpusItem } from '../../corpus/item';
export { itemText };

export interface CorpusEvent {
  id: string;
  title: string;
  items: CorpusItem[];
}

export interface Corpus {
  items: CorpusItem[];
  /** Items with an event, grouped by it, in the order the events first appear. */
  events: CorpusEvent[];
  outlets: string[];
}

export const SAMPLE_CORPUS = join(PACKAGE_ROOT, 'corpus', 'sample.jsonl');

/** Items → a Corpus, grouped by event. */
export function corpusOf(items: readonly CorpusItem[]): Corpus {
  return { items: [...items], events: groupEvents(items), outlets: [...new Set(items.map((i) => i.outlet))].sort() };
}

function groupEvents(items: readonly CorpusItem[]): CorpusEvent[] {
  const events = new Map<string, CorpusEvent>();
  for (const item of items) {
    if (item.event === null) continue;
    const event = events.get(item.event) ?? { id: item.event, title: item.event_title ?? item.event, items: [] };
    event.items.push(item);
    events.set(item.event, event);
  }
  return [...events.values()];
}

/** A corpus file (JSON Lines, the import format), strictly: any bad line is an error. */
export function parseCorpus(jsonl: string, source: string): Corpus {
  const items: CorpusItem[] = [];
  const ids = new Set<string>();
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    const item = toItem(JSON.parse(line) as unknown);
    if (typeof item === 'string') throw new Error(`${where}: ${item}`);
    if (ids.has(item.id)) throw new Error(`${where}: id "${item.id}" is used twice`);
    ids.add(item.id);
    items.push(item);
  });
  return corpusOf(items);
}

export function loadCorpus(path: string = SAMPLE_CORPUS): Corpus {
  return parseCorpus(readFileSync(path, 'utf8'), path);
}

/** An in-memory store holding `corpus` (the shipped sample by default). */
export function memoryStore(corpus: Corpus = loadCorpus(), source = 'corpus/sample.jsonl'): CorpusStore {
  const store = CorpusStore.memory();
  const results = addItems(store, corpus.items.map((item, i) => ({ item, source: `${source} line ${i + 1}` })));
  results.forEach((result, i) => {
    if (!result.added) throw new Error(`${source} line ${i + 1}: cannot be added: ${'error' in result ? result.error : result.reason}`);
  });
  return store;
}

/** The store as a Corpus, re-read whenever the store has changed. */
export function storeCorpus(store: CorpusStore): Corpus {
  const cache = new Map<string, { version: number; value: unknown }>();
  const get = <T>(key: string, read: () => T): T => {
    const hit = cache.get(key);
    if (hit && hit.version === store.version) return hit.value as T;
    const value = read();
    cache.set(key, { version: store.version, value });
    return value;
  };
  return {
    get items() {
      return get('items', () => allItems(store));
    },
    get events() {
      return get('events', () => groupEvents(itemsWithEvents(store)));
    },
    get outlets() {
      return get('outlets', () => (store.stmt('SELECT DISTINCT outlet FROM items ORDER BY outlet').all() as { outlet: string }[])
        .map((r) => r.outlet));
    },
  };
}

export function toCompareItem(item: CorpusItem): CompareItem {
  return { outlet: item.outlet, text: itemText(item), date: item.date || null, url: item.url };
}
