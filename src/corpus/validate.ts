// An input record (a JSON object, a CSV row, a file's front matter and body) → a corpus
// item, or the reason it cannot be one. CSV gives every value as a string, so empty
// strings count as absent and booleans may be written "true"/"false".

import { createHash } from 'node:crypto';
import { type OutletAliases, canonicalOutlet } from './aliases';
import { type DateOrder, parseDate } from './dates';
import type { CorpusItem } from './item';

/** How a collection is read: its numeric date order, and its outlets' aliases. */
export interface ItemOptions {
  dateOrder?: DateOrder;
  aliases?: OutletAliases;
}

export const ITEM_LIMITS = { outletChars: 120, urlChars: 2_000, idChars: 200 } as const;

/** Fields with a meaning; anything else goes to `metadata`. `title` is read as the headline. */
const KNOWN = new Set(['id', 'outlet', 'date', 'url', 'url_unverified', 'headline', 'title', 'text',
  'event', 'event_title', 'language', 'victim_group', 'illustrative']);
/** Output of the analyser, as in exports: recomputed, never imported. */
const IGNORED = new Set(['annotations', 'summary']);

type Result<T> = { ok: T } | { error: string };

export function toItem(record: unknown, options: ItemOptions = {}): CorpusItem | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a JSON object';
  const r = record as Record<string, unknown>;
  const errors: string[] = [];
  const take = <T>(result: Result<T>, fallback: T): T => {
    if ('error' in result) errors.push(result.error);
    return 'error' in result ? fallback : result.ok;
  };
  const given = take(required(r, 'outlet', ITEM_LIMITS.outletChars), '');
  const outlet = options.aliases ? canonicalOutlet(options.aliases, given) : given;
  const headline = take(optional(r, r.headline === undefined || r.headline === '' ? 'title' : 'headline'), null);
  const text = take(optional(r, 'text'), null) ?? '';
  const item: CorpusItem = {
    id: take(id(r.id), null) ?? '',
    outlet,
    date: take(date(r.date, options.dateOrder), null),
    url: take(url(r.url), null),
    headline: headline?.trim() ?? '',
    text,
    event: take(optional(r, 'event'), null)?.trim() || null,
    language: take(optional(r, 'language'), null)?.trim() || null,
  };
  const eventTitle = take(optional(r, 'event_title'), null)?.trim();
  const victimGroup = take(optional(r, 'victim_group'), null)?.trim();
  const illustrative = take(flag(r, 'illustrative'), null);
  const unverified = take(flag(r, 'url_unverified'), null);
  if (errors[0] !== undefined) return errors[0];
  if (!item.headline && !text.trim()) return 'no "headline" or "text": both are missing or empty';
  item.id ||= generatedId(outlet, item.headline, text, item.url);
  if (eventTitle) item.event_title = eventTitle;
  if (victimGroup) item.victim_group = victimGroup;
  if (illustrative !== null) item.illustrative = illustrative;
  if (unverified !== null) item.url_unverified = unverified;
  const metadata = extra(r);
  if (outlet !== given) item.metadata = { ...metadata, outlet_as_given: given };
  else if (metadata) item.metadata = metadata;
  return item;
}

function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function required(r: Record<string, unknown>, key: string, max: number): Result<string> {
  const value = r[key];
  if (value === undefined) return { error: `"${key}" must be a string (missing)` };
  if (typeof value !== 'string') return { error: `"${key}" must be a string (got ${typeName(value)})` };
  const trimmed = value.trim();
  if (!trimmed) return { error: `"${key}" is empty` };
  if (trimmed.length > max) return { error: `"${key}" is longer than ${max} characters` };
  return { ok: trimmed };
}

function optional(r: Record<string, unknown>, key: string): Result<string | null> {
  const value = r[key];
  if (value === undefined || value === null || value === '') return { ok: null };
  if (typeof value !== 'string') return { error: `"${key}" must be a string (got ${typeName(value)})` };
  return { ok: value };
}

function id(value: unknown): Result<string | null> {
  if (value === undefined || value === null || value === '') return { ok: null };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: String(value) };
  if (typeof value !== 'string') return { error: `"id" must be a string or a number (got ${typeName(value)})` };
  const trimmed = value.trim();
  if (trimmed.length > ITEM_LIMITS.idChars) return { error: `"id" is longer than ${ITEM_LIMITS.idChars} characters` };
  return { ok: trimmed || null };
}

/** A date as collections write it (src/corpus/dates.ts), kept as YYYY-MM-DD. */
function date(value: unknown, order: DateOrder | undefined): Result<string | null> {
  if (value === undefined || value === null || value === '') return { ok: null };
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { ok: value.toISOString().slice(0, 10) };
  if (typeof value !== 'string') return { error: `"date" must be a date like 2025-03-08, got ${show(value)}` };
  const parsed = parseDate(value, order);
  return 'ok' in parsed ? parsed : { error: parsed.error };
}

function url(value: unknown): Result<string | null> {
  if (value === undefined || value === null || value === '') return { ok: null };
  const s = typeof value === 'string' ? value.trim() : '';
  let parsed: URL | null = null;
  try {
    parsed = new URL(s);
  } catch {
    parsed = null;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || s.length > ITEM_LIMITS.urlChars) {
    return { error: `"url" must be an http:// or https:// address of at most ${ITEM_LIMITS.urlChars} characters, got ${show(value)}` };
  }
  return { ok: s };
}

const TRUE = new Set([true, 'true', 'TRUE', 'True', '1', 'yes']);
const FALSE = new Set([false, 'false', 'FALSE', 'False', '0', 'no']);

function flag(r: Record<string, unknown>, key: string): Result<boolean | null> {
  const value = r[key];
  if (value === undefined || value === null || value === '') return { ok: null };
  if (TRUE.has(value as string)) return { ok: true };
  if (FALSE.has(value as string)) return { ok: false };
  return { error: `"${key}" must be true or false, got ${show(value)}` };
}

function extra(r: Record<string, unknown>): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) {
    if (KNOWN.has(key) || IGNORED.has(key) || value === '' || value === undefined) continue;
    out[key] = value;
  }
  if (r.headline !== undefined && r.headline !== '' && r.title !== undefined && r.title !== '') out.title = r.title;
  return Object.keys(out).length > 0 ? out : null;
}

/** Stable id for a record without one: the same record always gets the same id. */
export function generatedId(outlet: string, headline: string, text: string, url: string | null): string {
  const hash = createHash('sha1').update([outlet, headline, text, url ?? ''].join('\u0000')).digest('hex');
  return `item-${hash.slice(0, 16)}`;
}
