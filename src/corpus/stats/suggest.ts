// Suggested events for items that have none: items whose texts are alike (cosine of
// TF-IDF vectors, natural's TfIdf) and whose dates are close. An item like one already in
// an event is suggested for that event; items alike each other form a new one. New groups
// are built from the strongest links down with average linkage: two groups join only if
// their items are alike on average (the mean similarity over every pair, a pair below the
// threshold counting 0), so one shared phrase cannot chain a running story into one
// "event"; and never if the result would span more than `span` days or hold more than
// `maxItems` items (issue 17). What a person rejected is not suggested again: items rejected
// as one new event are never linked (nor grouped together), items rejected for an event do
// not join it (src/corpus/store/reject-event.ts).

import { TfIdf } from 'natural/lib/natural/tfidf';
import { itemText } from '../item';
import { rejectionsAmong } from '../store/reject-event';
import type { CorpusStore } from '../store/store';
import { words } from './words';

export interface SuggestOptions {
  /** Least cosine similarity for two items to be grouped (default 0.3). */
  threshold?: number;
  /** Most days between two items' dates (default 3). Undated items group only with undated ones. */
  days?: number;
  /** Items without an event looked at, most recent first (default 2,000). */
  limit?: number;
  /** Most days from a new group's first item to its last (default 7). */
  span?: number;
  /** Most items in a new group (default: twice the outlets among the items looked at, at least 10, at most 200). */
  maxItems?: number;
}

export interface SuggestedItem {
  id: string;
  outlet: string;
  date: string | null;
  headline: string;
}

export interface Suggestion {
  /** The event to assign: an existing one, or a new id. */
  event: string;
  title: string;
  existing: boolean;
  /** Items without an event that would get it. */
  items: SuggestedItem[];
  /** Highest similarity that joined each item, lowest of those: how sure the grouping is. */
  similarity: number;
}

interface Doc extends SuggestedItem {
  pk: number;
  event: string | null;
  eventTitle: string | null;
  day: number | null;
  /** Unit TF-IDF vector, by term (for naming groups). */
  vector: Map<string, number>;
  /** The same vector as term numbers in ascending order with their weights (for speed). */
  terms: Int32Array;
  weights: Float64Array;
}

/** natural's English stop words (its util index would load much more than this list). */
const STOP = new Set((require('natural/lib/natural/util/stopwords') as { words: string[] }).words);
const DAY = 86_400_000;

export function suggestEvents(store: CorpusStore, options: SuggestOptions = {}): Suggestion[] {
  const { threshold = 0.3, days = 3, limit = 2_000, span = 7 } = options;
  const docs = candidates(store, limit, days);
  const open = docs.filter((d) => d.event === null);
  if (open.length === 0) return [];
  const rejected = rejectionsAmong(store, open.map((d) => d.pk));
  const pairRejected = (a: Doc, b: Doc): boolean => rejected.pairs.has(a.pk < b.pk ? `${a.pk} ${b.pk}` : `${b.pk} ${a.pk}`);
  const maxItems = options.maxItems ?? Math.min(200, Math.max(10, 2 * new Set(docs.map((d) => d.outlet)).size));
  const byDay = new Map<number | null, Doc[]>();
  for (const d of docs) push(byDay, d.day, d);
  /** Calls `visit` with every other doc dated within `days` of d (or undated, if d is). */
  const eachNear = (d: Doc, visit: (other: Doc) => void): void => {
    const from = d.day === null ? null : d.day - days;
    const to = d.day === null ? null : d.day + days;
    for (let k = from; ; k = (k as number) + 1) {
      for (const other of byDay.get(k) ?? []) if (other !== d) visit(other);
      if (k === null || k === to) break;
    }
  };

  // First, items like one already in an event join the event they are most like.
  const joins = new Map<string, { doc: Doc; score: number }[]>();
  const joined = new Set<Doc>();
  for (const d of open) {
    let best: { event: string; score: number } | null = null;
    eachNear(d, (other) => {
      if (other.event === null || rejected.joins.has(`${d.pk} ${other.event}`)) return;
      const score = dot(d, other);
      if (score >= threshold && (!best || score > best.score)) best = { event: other.event, score };
    });
    if (best !== null) {
      const { event, score } = best;
      push(joins, event, { doc: d, score });
      joined.add(d);
    }
  }
  const suggestions: Suggestion[] = [...joins].map(([event, members]) => ({
    event,
    title: docs.find((d) => d.event === event)?.eventTitle ?? event,
    existing: true,
    items: members.map((m) => plain(m.doc)),
    similarity: members.reduce((low, m) => Math.min(low, m.score), 1),
  }));
  // Then the rest, alike each other, form new groups: strongest links first, within bounds.
  const links: Array<{ a: Doc; b: Doc; score: number }> = [];
  for (const d of open) {
    if (joined.has(d)) continue;
    eachNear(d, (other) => {
      if (other.event !== null || joined.has(other) || d.id >= other.id || pairRejected(d, other)) return;
      const score = dot(d, other);
      if (score >= threshold) links.push({ a: d, b: other, score });
    });
  }
  links.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  const rejectedPairs = [...rejected.pairs].map((p) => p.split(' ').map(Number) as [number, number]);
  const byPk = new Map(open.map((d) => [d.pk, d]));
  const apart = rejectedPairs.flatMap(([a, b]) => {
    const x = byPk.get(a);
    const y = byPk.get(b);
    return x && y ? [[x, y] as [Doc, Doc]] : [];
  });
  const groups = new Groups(span, maxItems, threshold, links, apart);
  for (const { a, b, score } of links) groups.link(a, b, score);
  const taken = new Set(docs.flatMap((d) => (d.event ? [d.event] : [])));
  for (const group of groups.list()) {
    const { event, title } = name(group.docs, taken);
    taken.add(event);
    suggestions.push({ event, title, existing: false, items: group.docs.map(plain), similarity: group.similarity });
  }
  return suggestions.sort((a, b) => b.items.length - a.items.length || b.similarity - a.similarity);
}

/** Items without an event (most recent first), and items with one dated near them. */
function candidates(store: CorpusStore, limit: number, days: number): Doc[] {
  const open = store.stmt(`SELECT pk, id, outlet, date, headline, text, event, event_title FROM items
    WHERE event IS NULL ORDER BY date DESC, pk LIMIT ?`).all(limit) as Row[];
  const dates = open.flatMap((r) => (r.date ? [r.date] : []));
  const withEvent = dates.length
    ? (store.stmt(`SELECT pk, id, outlet, date, headline, text, event, event_title FROM items
        WHERE event IS NOT NULL AND date BETWEEN ? AND ? ORDER BY date DESC LIMIT ?`)
        .all(shift(dates.reduce((a, b) => (a < b ? a : b)), -days), shift(dates.reduce((a, b) => (a > b ? a : b)), days),
          limit * 4) as Row[])
    : [];
  const rows = [...open, ...withEvent];
  const tfidf = new TfIdf();
  for (const r of rows) tfidf.addDocument(words(itemText(r)).filter((w) => w.length > 1 && !STOP.has(w)));
  const numbers = new Map<string, number>();
  return rows.map((r, i) => {
    const vector = unit(tfidf.listTerms(i).map((t) => [t.term, t.tfidf]));
    const entries = [...vector].map(([t, v]): [number, number] => {
      if (!numbers.has(t)) numbers.set(t, numbers.size);
      return [numbers.get(t) as number, v];
    }).sort((a, b) => a[0] - b[0]);
    return {
      pk: r.pk, id: r.id, outlet: r.outlet, date: r.date, headline: r.headline, event: r.event, eventTitle: r.event_title,
      day: r.date ? Math.round(Date.parse(`${r.date}T00:00:00Z`) / DAY) : null,
      vector, terms: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]),
    };
  });
}

interface Row {
  pk: number;
  id: string;
  outlet: string;
  date: string | null;
  headline: string;
  text: string;
  event: string | null;
  event_title: string | null;
}

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function unit(terms: [string, number][]): Map<string, number> {
  const norm = Math.sqrt(terms.reduce((s, [, v]) => s + v * v, 0)) || 1;
  return new Map(terms.map(([t, v]) => [t, v / norm]));
}

/** Cosine of two unit vectors: the dot product, by merging their sorted term numbers. */
function dot(a: Doc, b: Doc): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    const x = a.terms[i] as number;
    const y = b.terms[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * Groups of linked items (union-find), built link by link, strongest first. A link joins
 * two groups only when the mean similarity of their items, pair by pair, is at least
 * `threshold` (average linkage; `between` holds each group's summed similarities to the
 * others), and not if the result would span more than `span` days or hold more than
 * `maxItems` items. Each group keeps its weakest joining link.
 */
class Groups {
  private readonly parent = new Map<Doc, Doc>();
  private readonly root = new Map<Doc, { size: number; first: number | null; last: number | null; weakest: number }>();
  private readonly between = new Map<Doc, Map<Doc, number>>();

  constructor(
    private readonly span: number,
    private readonly maxItems: number,
    private readonly threshold: number,
    links: ReadonlyArray<{ a: Doc; b: Doc; score: number }>,
    /** Items rejected as one event: never in one group. */
    private readonly apart: ReadonlyArray<readonly [Doc, Doc]> = [],
  ) {
    for (const { a, b, score } of links) {
      this.sums(a).set(b, score);
      this.sums(b).set(a, score);
    }
  }

  link(a: Doc, b: Doc, score: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const ga = this.stats(ra);
    const gb = this.stats(rb);
    const days = [ga.first, ga.last, gb.first, gb.last].filter((d): d is number => d !== null);
    const first = days.length ? Math.min(...days) : null;
    const last = days.length ? Math.max(...days) : null;
    if (ga.size + gb.size > this.maxItems || (first !== null && last !== null && last - first > this.span)) return;
    if ((this.sums(ra).get(rb) ?? 0) / (ga.size * gb.size) < this.threshold) return;
    if (this.keptApart(ra, rb)) return;
    this.parent.set(ra, rb);
    this.root.delete(ra);
    this.root.set(rb, { size: ga.size + gb.size, first, last, weakest: Math.min(ga.weakest, gb.weakest, score) });
    this.mergeSums(ra, rb);
  }

  /** Would joining the groups of roots `ra` and `rb` put two items rejected as one event together? */
  private keptApart(ra: Doc, rb: Doc): boolean {
    return this.apart.some(([x, y]) => {
      const rx = this.find(x);
      const ry = this.find(y);
      return (rx === ra && ry === rb) || (rx === rb && ry === ra);
    });
  }

  private sums(r: Doc): Map<Doc, number> {
    let m = this.between.get(r);
    if (!m) this.between.set(r, (m = new Map()));
    return m;
  }

  /** `from`'s summed similarities move to `into`, and every other group's sums to `from` too. */
  private mergeSums(from: Doc, into: Doc): void {
    const target = this.sums(into);
    target.delete(from);
    for (const [other, sum] of this.sums(from)) {
      if (other === into) continue;
      const total = (target.get(other) ?? 0) + sum;
      target.set(other, total);
      const theirs = this.sums(other);
      theirs.delete(from);
      theirs.set(into, total);
    }
    this.between.delete(from);
  }

  list(): { docs: Doc[]; similarity: number }[] {
    const groups = new Map<Doc, Doc[]>();
    for (const d of this.parent.keys()) push(groups, this.find(d), d);
    return [...groups].filter(([, docs]) => docs.length > 1).map(([r, docs]) => ({
      docs: docs.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.outlet.localeCompare(y.outlet)),
      similarity: this.stats(r).weakest,
    }));
  }

  private stats(r: Doc): { size: number; first: number | null; last: number | null; weakest: number } {
    return this.root.get(r) ?? { size: 1, first: r.day, last: r.day, weakest: 1 };
  }

  private find(d: Doc): Doc {
    if (!this.parent.has(d)) this.parent.set(d, d);
    let root = d;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    for (let at = d; at !== root;) {
      const up = this.parent.get(at) as Doc;
      this.parent.set(at, root);
      at = up;
    }
    return root;
  }
}

/** A readable title from the group's weightiest shared words, and an id from it. */
function name(docs: readonly Doc[], taken: ReadonlySet<string>): { event: string; title: string } {
  const weight = new Map<string, number>();
  for (const d of docs) for (const [t, v] of d.vector) weight.set(t, (weight.get(t) ?? 0) + v);
  const shared = [...weight].filter(([t]) => docs.filter((d) => d.vector.has(t)).length > 1);
  const top = (shared.length ? shared : [...weight]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3).map(([t]) => t);
  const date = docs.find((d) => d.date)?.date ?? null;
  const title = `${top.join(', ')}${date ? ` (${date})` : ''}`;
  const base = `suggested-${date ?? 'undated'}-${top.join('-')}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  let event = base;
  for (let k = 2; taken.has(event); k++) event = `${base}-${k}`;
  return { event, title };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function plain(d: Doc): SuggestedItem {
  return { id: d.id, outlet: d.outlet, date: d.date, headline: d.headline };
}
