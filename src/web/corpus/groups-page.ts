// The victim-group comparison on the web (GET /corpus/groups, .csv, .json; the CLI is
// `framing compare-groups`, docs/asymmetry.md): the query checked, the comparison computed
// once per store version and query, and what the page shows.

import { InputError } from '../input';
import { type Filters, filterQuery, parseFilters } from '../../corpus/filters';
import { type Cell, type GroupComparison, NOT_STATED, type Unit, compareGroups } from '../../corpus/groups/compare';
import { type GroupBy, groupRows } from '../../corpus/groups/rows';
import type { CorpusStore } from '../../corpus/store/store';
import { type ContrastChart, contrastChart, percent } from './contrast-chart';
import { memo } from './memo';
import { correctionFrom } from '../../corpus/review/correction';
import { reviewsOf, sampleItems, sampleNames } from '../../corpus/review/reviews';

export const MIN_N = { fallback: 10, max: 10_000 } as const;
const MAX_GROUPS_CHARS = 500;

export interface GroupParams {
  by: GroupBy;
  unit: Unit;
  /** Lower case; empty: every group. */
  groups: string[];
  minN: number;
  filters: Filters;
  /** A reviewed sample to correct the shares by (corrected_by), or null. */
  correctedBy: string | null;
  /** Only events in the outlet's own voice (voice=own). */
  ownVoice: boolean;
}

function one(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InputError(`${name} must be given once`);
  return value.trim() || undefined;
}

function choice<T extends string>(query: Record<string, unknown>, name: string, allowed: readonly T[]): T {
  const value = one(query, name) ?? allowed[0];
  if (!(allowed as readonly string[]).includes(value as string)) {
    throw new InputError(`${name} must be ${allowed.join(' or ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** The page's query; anything wrong is an InputError (400) saying what. */
export function groupParams(query: Record<string, unknown>): GroupParams {
  const by = choice<GroupBy>(query, 'by', ['nationality', 'role']);
  const unit = choice<Unit>(query, 'unit', ['event', 'headline']);
  const groupsText = one(query, 'groups') ?? '';
  if (groupsText.length > MAX_GROUPS_CHARS) throw new InputError(`groups is too long: the limit is ${MAX_GROUPS_CHARS} characters`);
  const groups = [...new Set(groupsText.split(',').map((g) => g.trim().toLowerCase()).filter(Boolean))];
  const min = one(query, 'min_n');
  const minN = min === undefined ? MIN_N.fallback : Number(min);
  if (min !== undefined && (!/^\d+$/.test(min) || minN < 1 || minN > MIN_N.max)) {
    throw new InputError(`min_n must be a whole number from 1 to ${MIN_N.max}, got ${JSON.stringify(min)}`);
  }
  const filters = parseFilters(query);
  if (typeof filters === 'string') throw new InputError(filters);
  const correctedBy = one(query, 'corrected_by') ?? null;
  if (correctedBy !== null && !/^[\w-]{1,40}$/.test(correctedBy)) throw new InputError('corrected_by must name a review sample');
  const ownVoice = choice(query, 'voice', ['all', 'own']) === 'own';
  return { by, unit, groups, minN, filters, correctedBy, ownVoice };
}

/** The query string that gives these params (defaults left out), without "?". */
export function groupQuery(p: GroupParams): string {
  const params = new URLSearchParams(filterQuery(p.filters));
  if (p.by !== 'nationality') params.set('by', p.by);
  if (p.unit !== 'event') params.set('unit', p.unit);
  if (p.groups.length) params.set('groups', p.groups.join(','));
  if (p.minN !== MIN_N.fallback) params.set('min_n', String(p.minN));
  if (p.correctedBy) params.set('corrected_by', p.correctedBy);
  if (p.ownVoice) params.set('voice', 'own');
  return params.toString();
}

export interface GroupResult {
  comparison: GroupComparison;
  /** Harm events (or headlines) counted, and those with a stated group. */
  counted: number;
  stated: number;
  /** Stated groups with their n, most first (for the form's hint). */
  available: { group: string; n: number }[];
  /** Review samples with reviews, which the shares can be corrected by. */
  samples: string[];
}

/** Kept until the store changes, per query. */
export function groupResult(store: CorpusStore, p: GroupParams): GroupResult {
  return memo(store, `groups ${JSON.stringify([p.by, p.unit, p.groups, p.minN, p.filters, p.correctedBy, p.ownVoice])}`, () => {
    const samples = sampleNames(store).map((s) => s.name).filter((name) => reviewsOf(store, name).length > 0);
    if (p.correctedBy !== null && !samples.includes(p.correctedBy)) {
      throw new InputError(`no reviewed sample "${p.correctedBy}": draw one with framing review sample and review it at /corpus/review`, 404);
    }
    const correction = p.correctedBy === null ? undefined
      : correctionFrom(p.correctedBy, sampleItems(store, p.correctedBy), reviewsOf(store, p.correctedBy));
    const rows = [...groupRows(store, p.by, p.filters)].filter((r) => p.unit === 'event' || r.primary);
    const sizes = new Map<string, number>();
    for (const r of rows) if (r.group !== null) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
    return {
      comparison: compareGroups(rows, p.unit, { minN: p.minN, ownVoice: p.ownVoice, ...(p.groups.length ? { groups: p.groups } : {}), ...(correction ? { correction } : {}) }),
      counted: rows.length, stated: rows.filter((r) => r.group !== null).length,
      available: [...sizes].map(([group, n]) => ({ group, n })).sort((a, b) => b.n - a.n || a.group.localeCompare(b.group)),
      samples,
    };
  });
}

/** The measures in the table of cells; every measure is in the contrasts, the CSV and the JSON. */
export const CELL_MEASURES = [['named', 'Doer named'], ['link_none', 'Link: none'], ['emotive', 'Emotive term, own voice']] as const;

export interface CellRow {
  outlet: string;
  group: string;
  n: number;
  /** Why the cell is not contrasted (n below the minimum, or no group), else null. */
  mark: string | null;
  /** `corrected`: the share corrected by a reviewed sample ("51.2%", "—" where it cannot be), or null without one. */
  figures: { value: string; count: string; corrected: string | null }[];
}

export interface GroupsView {
  params: GroupParams;
  query: string;
  /** The corpus page with the same filters. */
  corpusLink: string;
  result: GroupResult;
  columns: string[];
  cells: CellRow[];
  chart: ContrastChart | null;
  significant: number;
  /** Why there is nothing to compare, or null. */
  empty: string | null;
}

function cellRow(cell: Cell): CellRow {
  const mark = cell.group === NOT_STATED ? 'no group stated: not contrasted' : cell.small ? 'n below minimum: not contrasted' : null;
  const figures = CELL_MEASURES.map(([key]) => {
    const s = cell.shares.find((x) => x.key === key);
    const corrected = s?.corrected === undefined ? null : s.corrected === null ? '—' : percent(s.corrected);
    if (!s || s.share === null || s.low === null || s.high === null) return { value: '—', count: '', corrected };
    return { value: `${percent(s.share)} [${(s.low * 100).toFixed(1)}, ${(s.high * 100).toFixed(1)}]`, count: `${s.k}/${s.n}`, corrected };
  });
  return { outlet: cell.outlet, group: cell.group, n: cell.n, mark, figures };
}

function emptyMessage(p: GroupParams, result: GroupResult): string | null {
  if (result.comparison.cells.some((c) => c.group !== NOT_STATED)) return null;
  const none = 'No harm events with a stated victim group were found';
  const unit = p.unit === 'event' ? 'harm events' : 'headlines with a harm event';
  if (result.counted === 0) return `${none}: there are no ${unit} in these items.`;
  if (result.stated > 0) {
    const found = result.available.slice(0, 12).map((a) => a.group).join(', ');
    const more = result.available.length > 12 ? `, and ${result.available.length - 12} more` : '';
    return `${none} for ${p.groups.join(', ')}. Groups found: ${found}${more}.`;
  }
  return `${none}. There are ${result.counted} ${unit} in these items, but for none of them does the item's victim_group ` +
    'column or the text say whose victims they were. Give items a victim_group column on import to compare them.';
}

export function groupsView(p: GroupParams, result: GroupResult): GroupsView {
  return {
    empty: emptyMessage(p, result),
    params: p, query: groupQuery(p), result,
    corpusLink: `/corpus${filterQuery(p.filters) ? `?${filterQuery(p.filters)}` : ''}`,
    columns: CELL_MEASURES.map(([, name]) => name),
    cells: result.comparison.cells.map(cellRow),
    chart: contrastChart(result.comparison.contrasts),
    significant: result.comparison.contrasts.filter((c) => c.pHolm < 0.05).length,
  };
}
