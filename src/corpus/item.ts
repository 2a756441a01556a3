// One news item of a corpus: the format of corpus/*.jsonl, of `framing import` and of the
// store (docs/corpus.md). Every other field of an input record is kept in `metadata`.

export interface CorpusItem {
  id: string;
  outlet: string;
  /** YYYY-MM-DD, or null when unknown. */
  date: string | null;
  url: string | null;
  /** The URL was recorded but could not be fetched to check it. */
  url_unverified?: boolean;
  headline: string;
  /** Lede or body; empty when only the headline is held. */
  text: string;
  /** Id of the event the item covers; items of one event are compared together. */
  event: string | null;
  /** Readable name of the event, shown instead of its id. */
  event_title?: string;
  language: string | null;
  /** Who was harmed, as the collector grouped it ("protesters", "detainees", ...). */
  victim_group?: string;
  /** Constructed to demonstrate the tool, not published by any outlet. */
  illustrative?: boolean;
  /** Every other field of the input record, as given. */
  metadata?: Record<string, unknown>;
}

/** What is analysed: the headline, then the body when there is one. */
export function itemText(item: Pick<CorpusItem, 'headline' | 'text'>): string {
  if (!item.headline) return item.text;
  return item.text ? `${item.headline}\n\n${item.text}` : item.headline;
}

/** Where a span of the analysed text (itemText) lies: in the headline or the text, with offsets into that field. */
export interface FieldSpan {
  name: 'headline' | 'text';
  start: number;
  end: number;
}

/** The field a span of itemText(item) is in ("headline\n\ntext": the text starts after the blank line). */
export function fieldOf(item: Pick<CorpusItem, 'headline' | 'text'>, start: number, end: number): FieldSpan {
  if (!item.headline) return { name: 'text', start, end };
  if (start < item.headline.length || !item.text) return { name: 'headline', start, end: Math.min(end, item.headline.length) };
  const shift = item.headline.length + 2;
  return { name: 'text', start: start - shift, end: end - shift };
}
