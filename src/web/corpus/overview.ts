// What the corpus page shows: counts, filters, per-outlet statistics with charts,
// distinctive words, suggested events, and the items of a page of events with their
// annotations.

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Analysis } from '../../types';
import { toCompareItem } from './app-corpus';
import { eventLink } from '../form';
import { type LegendEntry, legend, palette } from '../highlights';
import { LIMITS } from '../input';
import { type ItemMeta, itemMeta } from '../meta';
import { type AnnotatedText, annotate } from '../view';
import { type Filters, filterQuery } from '../../corpus/filters';
import { type CorpusItem, itemText } from '../../corpus/item';
import { corpusStats, type Dimension, type StatsResult } from '../../corpus/stats/query';
import { DEFAULT_SELECTION, SELECTION_MAX, type Selection, type StatsSelection, minNote, scopeNote, selectStats } from '../../corpus/stats/selection';
import type { Suggestion } from '../../corpus/stats/suggest';
import type { OutletVocabulary } from '../../corpus/stats/vocabulary';
import { getAnalysis } from '../../corpus/store/analyses';
import { type Choices, countEvents, countWithoutEvent, eventItems, filterChoices, listEvents } from '../../corpus/store/events';
import { itemCount } from '../../corpus/store/items';
import type { CorpusStore } from '../../corpus/store/store';
import { type Chart, charts } from './chart';
import { memo } from './memo';
import { workedOut } from './later';
import { type Provenance, provenanceOf } from '../../corpus/stats/provenance';

export const EVENTS_PER_PAGE = 10;
/**
 * Up to these sizes (items; items without an event), the distinctive words and the suggested
 * events are worked out for the request (about 0.1 s each); above, in a worker thread while
 * the page is served without them (src/web/corpus/later.ts).
 */
export const LATER = { words: 20_000, suggestions: 500 } as const;

export interface ShownItem {
  meta: ItemMeta;
  text: CorpusItem;
  view: AnnotatedText | null;
}

export interface ShownEvent {
  id: string;
  title: string;
  /** Link to compare the event's texts, when it has 2 or more. */
  compare: string | null;
  items: ShownItem[];
  /** Items of the event not shown (beyond the first 8). */
  more: number;
}

export interface Overview {
  counts: { items: number; outlets: number; events: number; illustrative: number };
  /** Which analyser versions the figures come from, and whether they are mixed or stale. */
  provenance: Provenance;
  choices: Choices;
  filters: Filters;
  by: Dimension | null;
  /** Query string of the filters, for export links and paging. */
  query: string;
  stats: StatsResult;
  selection: Selection;
  /** The rows shown: the top N by items; per measure, those with n at least the minimum, highest first. */
  shown: StatsSelection;
  /** What the tables and charts show and leave out, in words, and a link to the same page showing every row. */
  scope: { shown: string; minimum: string | null; showAll: string | null };
  /** Bounds of the form's min n and top N fields. */
  selectionLimits: typeof SELECTION_MAX;
  /** Query string of the filters, `by` and the selection (when not the defaults), for the pager. */
  pageQuery: string;
  /** The main measures, then euphemisms per category (shown folded). */
  charts: { main: Chart[]; categories: Chart[] };
  /** null while they are being worked out. */
  vocabulary: OutletVocabulary[] | null;
  /** null while they are being worked out. */
  suggestions: Suggestion[] | null;
  events: ShownEvent[];
  unassigned: { items: ShownItem[]; more: number };
  pager: { number: number; count: number };
  legend: LegendEntry[];
}

/**
 * Each costly part (statistics, distinctive words, suggestions: up to a few hundred ms each
 * on tens of thousands of items) is computed on its own turn of the event loop, so other
 * visitors are served between them; each is kept until the store changes.
 */
export async function corpusOverview(store: CorpusStore, filters: Filters, by: Dimension | null, pageNumber: number,
  selection: Selection = DEFAULT_SELECTION): Promise<Overview> {
  const key = JSON.stringify([filters, by]);
  const choices = memo(store, 'choices', () => filterChoices(store));
  const stats = memo(store, `stats ${key}`, () => corpusStats(store, filters, by));
  const shown = selectStats(stats, selection);
  await nextTurn();
  const items = itemCount(store);
  const vocabulary = workedOut<OutletVocabulary[]>(store, { name: 'words', filters }, items <= LATER.words);
  await nextTurn();
  const suggestions = workedOut<Suggestion[]>(store, { name: 'suggestions' }, countWithoutEvent(store, {}) <= LATER.suggestions);
  const pages = Math.max(1, Math.ceil(countEvents(store, filters) / EVENTS_PER_PAGE));
  const number = Math.min(Math.max(1, pageNumber), pages);
  const listed = listEvents(store, filters, EVENTS_PER_PAGE, (number - 1) * EVENTS_PER_PAGE).map((e) => ({
    ...e, shown: eventItems(store, e.id, filters, LIMITS.maxItems),
  }));
  const loose = number === 1 ? eventItems(store, null, filters, 20) : [];
  const analyses = new Map<string, Analysis>();
  for (const item of [...listed.flatMap((e) => e.shown), ...loose]) {
    const stored = getAnalysis(store, item.id);
    if (stored) analyses.set(item.id, { text: itemText(item), sentences: [], ...stored });
  }
  const colours = palette([...analyses.values()]);
  const show = (item: CorpusItem, prefix: string): ShownItem => {
    const analysis = analyses.get(item.id);
    return { meta: itemMeta(toCompareItem(item), item), text: item, view: analysis ? annotate(analysis, colours, prefix) : null };
  };
  return {
    provenance: memo(store, 'provenance', () => provenanceOf(store)),
    counts: { items, outlets: choices.outlets.length, events: choices.events.length,
      illustrative: choices.illustrative },
    choices,
    filters,
    by,
    query: filterQuery(filters),
    stats,
    selection,
    shown,
    scope: scopeOf(shown, filters, by),
    selectionLimits: SELECTION_MAX,
    pageQuery: pageQuery(filters, by, selection),
    charts: splitCharts(charts(shown)),
    vocabulary,
    suggestions,
    events: listed.map((e, k) => ({
      id: e.id,
      title: e.title,
      compare: e.items >= LIMITS.minItems ? eventLink(e.id) : null,
      items: e.shown.map((item, i) => show(item, `e${k + 1}-${i + 1}`)),
      more: e.items - e.shown.length,
    })),
    unassigned: { items: loose.map((item, i) => show(item, `u-${i + 1}`)), more: countWithoutEvent(store, filters) - loose.length },
    pager: { number, count: pages },
    legend: legend(colours),
  };
}

function splitCharts(all: Chart[]): Overview['charts'] {
  const isCategory = (c: Chart): boolean => c.id.startsWith('chart-euphemisms-per-1000-words-');
  return { main: all.filter((c) => !isCategory(c)), categories: all.filter(isCategory) };
}

/** The query for these filters, grouping and selection; defaults left out. */
export function pageQuery(filters: Filters, by: Dimension | null, selection: Selection): string {
  const params = new URLSearchParams(filterQuery(filters));
  if (by) params.set('by', by);
  if (selection.minN !== DEFAULT_SELECTION.minN) params.set('min_n', String(selection.minN));
  if (selection.top !== DEFAULT_SELECTION.top) params.set('top', selection.top === null ? 'all' : String(selection.top));
  return params.toString();
}

function scopeOf(shown: StatsSelection, filters: Filters, by: Dimension | null): Overview['scope'] {
  const everything = shown.groups.length === shown.of && shown.selection.minN <= 1;
  const all = pageQuery(filters, by, { minN: 1, top: null });
  return {
    shown: scopeNote(shown),
    minimum: minNote(shown),
    showAll: everything ? null : `/corpus?${all}#outlets-h`,
  };
}
