// Full-text search (SQLite FTS5, Porter stemming: "killed" finds "kill", "killing").
// What people type is turned into a safe FTS5 query, so it never fails to parse:
// words must all occur; "quoted words" are a phrase; word* is a prefix; OR between terms.

import type { CorpusItem } from '../item';
import { type ItemRow, toItem } from './items';
import type { CorpusStore } from './store';

/** Marks around matched words in snippets (control characters: never in stored text shown). */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export interface SearchHit {
  item: CorpusItem;
  /** A passage with the matched words between MATCH_START and MATCH_END. */
  snippet: string;
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
}

/** The FTS5 query for what was typed, or null when it holds no words. */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (m[1] !== undefined) {
      const phrase = m[1].match(/[\p{L}\p{N}]+/gu)?.join(' ');
      if (phrase) terms.push(`"${phrase}"`);
      continue;
    }
    const raw = m[2] ?? '';
    if (raw === 'OR') {
      if (terms.length && terms.at(-1) !== 'OR') terms.push('OR');
      continue;
    }
    const prefix = raw.endsWith('*');
    for (const word of raw.match(/[\p{L}\p{N}]+/gu) ?? []) terms.push(`"${word}"${prefix ? '*' : ''}`);
  }
  while (terms.at(-1) === 'OR') terms.pop();
  return terms.length ? terms.join(' ') : null;
}

export function search(store: CorpusStore, input: string, limit = 20, offset = 0): SearchResult {
  const query = ftsQuery(input);
  if (!query) return { query: input, total: 0, hits: [] };
  const total = (store.stmt('SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH ?').get(query) as { n: number }).n;
  const rows = store.stmt(`SELECT i.*, snippet(items_fts, -1, '${MATCH_START}', '${MATCH_END}', '…', 24) AS snip
    FROM items_fts JOIN items i ON i.pk = items_fts.rowid
    WHERE items_fts MATCH ? ORDER BY bm25(items_fts, 2.0, 1.0, 0.5), i.pk LIMIT ? OFFSET ?`)
    .all(query, limit, offset) as (ItemRow & { snip: string })[];
  return { query: input, total, hits: rows.map((r) => ({ item: toItem(r), snippet: r.snip })) };
}

/** A snippet cut into plain and matched pieces, for escaping piece by piece. */
export function snippetPieces(snippet: string): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  for (const part of snippet.split(MATCH_START)) {
    const end = part.indexOf(MATCH_END);
    if (end === -1) {
      if (part) pieces.push({ text: part, match: false });
      continue;
    }
    if (end > 0) pieces.push({ text: part.slice(0, end), match: true });
    if (part.length > end + 1) pieces.push({ text: part.slice(end + 1), match: false });
  }
  return pieces;
}
