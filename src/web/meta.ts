// How a text's source is shown: outlet, date, a link only when the URL is http(s), and
// flags for constructed items and unchecked URLs.

import type { CorpusItem } from './corpus/app-corpus';
import { type CompareItem, httpUrl } from './input';

export interface ItemMeta {
  outlet: string;
  date: string | null;
  /** The URL as given, shown as text when it is not an http(s) link. */
  url: string | null;
  /** The URL to link to, or null: only http(s) URLs are ever links. */
  href: string | null;
  /** The link's host name, shown as its text. */
  host: string | null;
  illustrative: boolean;
  urlUnverified: boolean;
}

export function itemMeta(item: CompareItem, from?: CorpusItem): ItemMeta {
  const link = item.url ? httpUrl(item.url) : null;
  return {
    outlet: item.outlet,
    date: item.date,
    url: item.url,
    href: link?.href ?? null,
    host: link?.hostname.replace(/^www\./, '') ?? null,
    illustrative: from?.illustrative === true,
    urlUnverified: from?.url_unverified === true,
  };
}
