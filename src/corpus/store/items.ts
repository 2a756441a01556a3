// Adding items (with duplicate checks) and reading them back.

import type { CorpusItem } from '../item';
import { titleKey, urlKey } from '../keys';
import type { CorpusStore } from './store';

/** What became of one item: added, a duplicate of one already held, or refused. */
export type AddResult =
  | { added: true }
  | { added: false; duplicate: { id: string; source: string }; reason: 'same URL' | 'same outlet and headline' }
  | { added: false; error: string };

export interface ItemRow {
  pk: number;
  id: string;
  outlet: string;
  date: string | null;
  url: string | null;
  url_unverified: number | null;
  headline: string;
  text: string;
  event: string | null;
  event_title: string | null;
  language: string | null;
  victim_group: string | null;
  illustrative: number | null;
  metadata: string | null;
  source: string;
}

const INSERT = `INSERT INTO items (id, outlet, date, url, url_unverified, headline, text, event, event_title,
  language, victim_group, illustrative, metadata, url_key, title_key, source)
  VALUES (@id, @outlet, @date, @url, @url_unverified, @headline, @text, @event, @event_title,
  @language, @victim_group, @illustrative, @metadata, @url_key, @title_key, @source)`;

export interface NewItem {
  item: CorpusItem;
  /** Where it came from ("sample.csv line 12"), for duplicate reports. */
  source: string;
}

/**
 * Adds items in one transaction, in order (so a duplicate within them is caught), and
 * indexes the new ones for search.
 */
export function addItems(store: CorpusStore, items: readonly NewItem[]): AddResult[] {
  return store.write(() => {
    const before = (store.stmt('SELECT coalesce(max(pk), 0) AS pk FROM items').get() as { pk: number }).pk;
    const results = items.map(({ item, source }) => addItem(store, item, source));
    store.stmt(`INSERT INTO items_fts (rowid, headline, text, outlet)
      SELECT pk, headline, text, outlet FROM items WHERE pk > ?`).run(before);
    return results;
  });
}

function addItem(store: CorpusStore, item: CorpusItem, source: string): AddResult {
  const keys = { url_key: urlKey(item.url), title_key: titleKey(item) };
  const byUrl = keys.url_key && findBy(store, 'url_key', keys.url_key);
  if (byUrl) return { added: false, duplicate: byUrl, reason: 'same URL' };
  const byTitle = keys.title_key && findBy(store, 'title_key', keys.title_key);
  if (byTitle) return { added: false, duplicate: byTitle, reason: 'same outlet and headline' };
  const byId = findBy(store, 'id', item.id);
  if (byId) return { added: false, error: `id "${item.id}" is already used by another item (${byId.source})` };
  store.stmt(INSERT).run({
    id: item.id,
    outlet: item.outlet,
    date: item.date,
    url: item.url,
    url_unverified: bool(item.url_unverified),
    headline: item.headline,
    text: item.text,
    event: item.event,
    event_title: item.event_title ?? null,
    language: item.language,
    victim_group: item.victim_group ?? null,
    illustrative: bool(item.illustrative),
    metadata: item.metadata ? JSON.stringify(item.metadata) : null,
    ...keys,
    source,
  });
  return { added: true };
}

function findBy(store: CorpusStore, column: 'id' | 'url_key' | 'title_key', value: string) {
  return store.stmt(`SELECT id, source FROM items WHERE ${column} = ?`).get(value) as
    | { id: string; source: string }
    | undefined;
}

function bool(value: boolean | undefined): number | null {
  return value === undefined ? null : Number(value);
}

export function toItem(row: ItemRow): CorpusItem {
  const item: CorpusItem = {
    id: row.id,
    outlet: row.outlet,
    date: row.date,
    url: row.url,
    headline: row.headline,
    text: row.text,
    event: row.event,
    language: row.language,
  };
  if (row.url_unverified !== null) item.url_unverified = row.url_unverified === 1;
  if (row.event_title !== null) item.event_title = row.event_title;
  if (row.victim_group !== null) item.victim_group = row.victim_group;
  if (row.illustrative !== null) item.illustrative = row.illustrative === 1;
  if (row.metadata !== null) item.metadata = JSON.parse(row.metadata) as Record<string, unknown>;
  return item;
}

export function itemCount(store: CorpusStore): number {
  return (store.stmt('SELECT count(*) AS n FROM items').get() as { n: number }).n;
}

/** Items by id, in the order asked; unknown ids are left out. */
export function itemsById(store: CorpusStore, ids: readonly string[]): CorpusItem[] {
  const get = store.stmt('SELECT * FROM items WHERE id = ?');
  return ids.flatMap((id) => {
    const row = get.get(id) as ItemRow | undefined;
    return row ? [toItem(row)] : [];
  });
}

/** Every item, in the order added. */
export function allItems(store: CorpusStore): CorpusItem[] {
  return (store.stmt('SELECT * FROM items ORDER BY pk').all() as ItemRow[]).map(toItem);
}

/** Items with an event, by event then date and outlet. */
export function itemsWithEvents(store: CorpusStore): CorpusItem[] {
  const sql = 'SELECT * FROM items WHERE event IS NOT NULL ORDER BY pk';
  return (store.stmt(sql).all() as ItemRow[]).map(toItem);
}

/** Sets the event of items that have none; returns how many changed. */
export function assignEvent(store: CorpusStore, ids: readonly string[], event: string, title: string | null): number {
  const update = store.stmt('UPDATE items SET event = ?, event_title = ? WHERE id = ? AND event IS NULL');
  return store.write(() => ids.reduce((n, id) => n + update.run(event, title, id).changes, 0));
}

/** Title of an event already in the store, if any. */
export function eventTitle(store: CorpusStore, event: string): string | null {
  const row = store.stmt('SELECT event_title FROM items WHERE event = ? AND event_title IS NOT NULL LIMIT 1').get(event) as
    | { event_title: string }
    | undefined;
  return row?.event_title ?? null;
}
