// Checks what users send, for the JSON API and the HTML forms alike. Every failure is an
// InputError whose message says what is wrong, with the HTTP status to answer with.

import type { RequestHandler } from 'express';

export const LIMITS = {
  textChars: 20_000,
  outletChars: 120,
  urlChars: 2_000,
  minItems: 2,
  maxItems: 8,
  /** Body size for JSON and form posts (eight texts at the limit fit). */
  body: '1mb',
} as const;

export class InputError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 413 | 415 = 400,
  ) {
    super(message);
  }
}

/** Bodies are read as UTF-8: another declared charset is 415 (body-parser would try to decode it, then fail as "not JSON"). */
export const utf8Only: RequestHandler = (req, _res, next) => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
  next(charset && charset !== 'utf-8' && charset !== 'utf8' ? new InputError(`unsupported charset "${charset}": send UTF-8`, 415) : undefined);
};

export interface CompareItem {
  outlet: string;
  text: string;
  date: string | null;
  url: string | null;
}

export function parseText(value: unknown, field = 'text'): string {
  if (value === undefined || value === null) throw new InputError(`${field} is missing`);
  if (typeof value !== 'string') throw new InputError(`${field} must be a string`);
  if (!value.trim()) throw new InputError(`${field} is empty`);
  if (/^\s*(https?:\/\/|www\.)\S+\s*$/i.test(value)) {
    throw new InputError(`${field} looks like a web address: framing does not fetch pages, so paste the headline or passage itself`);
  }
  // counted as the browser's maxlength counts: a line break is one character, though a form
  // sends it as CRLF
  const length = value.replace(/\r\n/g, '\n').length;
  if (length > LIMITS.textChars) {
    throw new InputError(`${field} is too long: ${length} characters, the limit is ${LIMITS.textChars}`, 413);
  }
  return value;
}

function optional(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InputError(`${field} must be a string`);
  return value.trim() || null;
}

/** Only http(s) URLs are accepted (and only they are ever rendered as links). */
export function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** How messages name a field of the i-th item: "items[1].outlet" in the API. */
export type FieldName = (index: number, field: string) => string;

const apiName: FieldName = (i, field) => `items[${i}]${field ? '.' : ''}${field}`;

function parseItem(raw: unknown, i: number, name: FieldName): CompareItem {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${name(i, '')} must be an object`);
  const item = raw as Record<string, unknown>;
  const outlet = optional(item.outlet, name(i, 'outlet'));
  if (!outlet) throw new InputError(`${name(i, 'outlet')} is missing`);
  if (outlet.length > LIMITS.outletChars) {
    throw new InputError(`${name(i, 'outlet')} is too long: the limit is ${LIMITS.outletChars} characters`);
  }
  const date = optional(item.date, name(i, 'date'));
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError(`${name(i, 'date')} must look like 2025-03-08`);
  const url = optional(item.url, name(i, 'url'));
  if (url && (url.length > LIMITS.urlChars || !httpUrl(url))) {
    throw new InputError(`${name(i, 'url')} must be an http:// or https:// address of at most ${LIMITS.urlChars} characters`);
  }
  return { outlet, text: parseText(item.text, name(i, 'text')), date, url };
}

export function parseItems(value: unknown, name: FieldName = apiName): CompareItem[] {
  if (!Array.isArray(value)) throw new InputError('items must be an array of {outlet, text, date?, url?}');
  if (value.length < LIMITS.minItems || value.length > LIMITS.maxItems) {
    throw new InputError(`a comparison needs ${LIMITS.minItems} to ${LIMITS.maxItems} texts, got ${value.length}`);
  }
  return value.map((raw, i) => parseItem(raw, i, name));
}
