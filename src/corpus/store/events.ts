// Events and the other values items can be filtered by, for the corpus page.

import { type Filters, whereClause } from '../filters';
import type { CorpusItem } from '../item';
import { type ItemRow, toItem } from './items';
import type { CorpusStore } from './store';

export interface EventSummary {
  id: string;
  title: string;
  items: number;
}

function and(filters: Filters, condition: string): { sql: string; params: string[] } {
  const where = whereClause(filters);
  return { sql: where.sql ? `${where.sql} AND ${condition}` : `WHERE ${condition}`, params: where.params };
}

/** Events of the filtered items, in the order they were first added. */
export function listEvents(store: CorpusStore, filters: Filters, limit: number, offset: number): EventSummary[] {
  const where = and(filters, 'i.event IS NOT NULL');
  const rows = store.stmt(`SELECT i.event AS id, max(i.event_title) AS title, count(*) AS items FROM items i ${where.sql}
    GROUP BY i.event ORDER BY min(i.pk) LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as
    { id: string; title: string | null; items: number }[];
  return rows.map((r) => ({ id: r.id, title: r.title ?? r.id, items: r.items }));
}

export function countEvents(store: CorpusStore, filters: Filters): number {
  const where = and(filters, 'i.event IS NOT NULL');
  return (store.stmt(`SELECT count(DISTINCT i.event) AS n FROM items i ${where.sql}`).get(...where.params) as { n: number }).n;
}

/** The filtered items of one event (or, for null, of none), by date. */
export function eventItems(store: CorpusStore, event: string | null, filters: Filters, limit: number): CorpusItem[] {
  const where = and(filters, event === null ? 'i.event IS NULL' : 'i.event = ?');
  const params = event === null ? where.params : [...where.params, event];
  const rows = store.stmt(`SELECT * FROM items i ${where.sql} ORDER BY i.date, i.pk LIMIT ?`).all(...params, limit) as ItemRow[];
  return rows.map(toItem);
}

export function countWithoutEvent(store: CorpusStore, filters: Filters): number {
  const where = and(filters, 'i.event IS NULL');
  return (store.stmt(`SELECT count(*) AS n FROM items i ${where.sql}`).get(...where.params) as { n: number }).n;
}

export interface Choices {
  outlets: string[];
  events: { id: string; title: string }[];
  victimGroups: string[];
  /** Earliest and latest dates held. */
  dates: { first: string | null; last: string | null };
  illustrative: number;
}

export function filterChoices(store: CorpusStore): Choices {
  const column = (sql: string): string[] => (store.stmt(sql).all() as { v: string }[]).map((r) => r.v);
  const events = store.stmt(`SELECT event AS id, max(event_title) AS title FROM items WHERE event IS NOT NULL
    GROUP BY event ORDER BY min(pk)`).all() as { id: string; title: string | null }[];
  const dates = store.stmt('SELECT min(date) AS first, max(date) AS last FROM items').get() as Choices['dates'];
  return {
    outlets: column('SELECT DISTINCT outlet AS v FROM items ORDER BY outlet'),
    events: events.map((e) => ({ id: e.id, title: e.title ?? e.id })),
    victimGroups: column('SELECT DISTINCT victim_group AS v FROM items WHERE victim_group IS NOT NULL ORDER BY victim_group'),
    dates,
    illustrative: (store.stmt('SELECT count(*) AS n FROM items WHERE illustrative = 1').get() as { n: number }).n,
  };
}

/** How many items an event has. */
export function eventSize(store: CorpusStore, event: string): number {
  return (store.stmt('SELECT count(*) AS n FROM items WHERE event = ?').get(event) as { n: number }).n;
}
