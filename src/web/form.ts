// The compare form and its shareable links: rows outlet1/text1/date1/url1 ... outlet8/...,
// read the same way from a posted form and from a link's query string.

import { type CompareItem, type FieldName, LIMITS, parseItems } from './input';

export interface FormRow {
  outlet: string;
  text: string;
  date: string;
  url: string;
}

const FIELDS = ['outlet', 'text', 'date', 'url'] as const;

/** Longest link offered for sharing; longer texts are shared by pasting them. */
export const MAX_LINK = 8_000;

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The rows as typed (for refilling the form), empty ones included. */
export function formRows(fields: Record<string, unknown>): FormRow[] {
  return Array.from({ length: LIMITS.maxItems }, (_, i) => {
    const n = i + 1;
    return { outlet: str(fields[`outlet${n}`]), text: str(fields[`text${n}`]),
      date: str(fields[`date${n}`]), url: str(fields[`url${n}`]) };
  });
}

export function hasRows(fields: Record<string, unknown>): boolean {
  return formRows(fields).some((r) => FIELDS.some((f) => r[f].trim()));
}

/** The filled rows, checked; messages name the row as the form shows it ("Text 2: outlet"). */
export function itemsFromRows(rows: readonly FormRow[]): CompareItem[] {
  const filled = rows.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => FIELDS.some((f) => r[f].trim()));
  const name: FieldName = (i, field) => `Text ${filled[i]?.n}${field ? `: ${field}` : ''}`;
  return parseItems(filled.map(({ r }) => r), name);
}

export function rowsFromItems(items: readonly CompareItem[]): FormRow[] {
  return Array.from({ length: LIMITS.maxItems }, (_, i) => {
    const it = items[i];
    return { outlet: it?.outlet ?? '', text: it?.text ?? '', date: it?.date ?? '', url: it?.url ?? '' };
  });
}

function link(path: string, params: URLSearchParams): string | null {
  const href = `${path}?${params.toString()}`;
  return href.length <= MAX_LINK ? href : null;
}

export function analyseLink(text: string): string | null {
  return link('/', new URLSearchParams({ text }));
}

export function compareLink(items: readonly CompareItem[]): string | null {
  const params = new URLSearchParams();
  items.forEach((it, i) => {
    params.set(`outlet${i + 1}`, it.outlet);
    if (it.date) params.set(`date${i + 1}`, it.date);
    if (it.url) params.set(`url${i + 1}`, it.url);
    params.set(`text${i + 1}`, it.text);
  });
  return link('/compare', params);
}

export function eventLink(event: string): string {
  return `/compare?${new URLSearchParams({ event }).toString()}`;
}
