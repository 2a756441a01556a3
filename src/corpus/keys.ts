// What makes two items duplicates: the same URL, or the same outlet and headline, each
// compared after normalising away differences that do not change what was published.

import type { CorpusItem } from './item';

/** Query parameters that track a reader, not the article. */
const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

/**
 * Host without "www." (lower case) + path without a trailing slash + the query without
 * tracking parameters. http and https, and the #fragment, are ignored.
 */
export function urlKey(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  const params = [...parsed.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${query}`;
}

/** Case, spacing, quote style and Unicode form are ignored. */
export function normaliseTitle(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Outlet and headline; null for an item without a headline. */
export function titleKey(item: Pick<CorpusItem, 'outlet' | 'headline'>): string | null {
  if (!item.headline.trim()) return null;
  return `${normaliseTitle(item.outlet)}\n${normaliseTitle(item.headline)}`;
}
