// The comparison table under the compare columns: one row per measure, one cell per text.
// It marks what a text leaves unsaid (harm with no doer named, agentless passives,
// euphemisms), never what merely differs: naming the doer is not a fault.

import { categoryName } from './highlights';
import type { TextStats } from './stats';

export interface Label {
  text: string;
  /** No other text uses this label (shown, not marked: naming differently is not a fault). */
  only: boolean;
}

export interface Cell {
  text: string;
  /** Not the same as every other text in the row (kept for API readers; not marked). */
  differs: boolean;
  /**
   * What the text leaves unsaid, and the page marks: harm events with no doer named, agentless
   * passives, euphemisms. Naming a doer, or using another word, is never marked.
   */
  hidden: boolean;
  labels?: Label[];
}

export interface Row {
  label: string;
  cells: Cell[];
  /** The texts do not all agree on this row. */
  differs: boolean;
}

/**
 * A count row. `differs` (for API readers) says a cell is not the row's best value; `hides`
 * says the counts are of something left unsaid, marked where above zero.
 */
function counts(label: string, values: readonly (number | null)[], best: 'max' | 'min', show: (v: number, i: number) => string, hides: boolean): Row {
  const known = values.filter((v): v is number => v !== null);
  const target = best === 'max' ? Math.max(...known) : Math.min(...known);
  const cells = values.map((v, i) =>
    v === null
      ? { text: 'no harm events to compare', differs: false, hidden: false }
      : { text: show(v, i), differs: v !== target, hidden: hides && v > 0 });
  return { label, cells, differs: new Set(known).size > 1 };
}

/** Words that only count the victims ("Hundreds", "At least 30"): numbers are not labels. */
const COUNT_WORDS = /^(at|least|more|than|over|nearly|almost|about|around|some|up|to|dozens|hundreds|thousands|scores|tens|several|many|a|few|of|and|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million)$/i;

function isCount(label: string): boolean {
  return label.split(/\s+/).every((w) => COUNT_WORDS.test(w));
}

/** Labels each text uses; those no other text uses are shown as such, never marked as a fault. */
function labels(label: string, lists: readonly string[][], none: string): Row {
  const keyed = lists.map((l) => l.map((t) => t.toLowerCase()));
  const cells = lists.map((list, i) => {
    const items = list.map((text) => ({
      text,
      only: lists.length > 1 && !keyed.some((other, j) => j !== i && other.includes(text.toLowerCase())),
    }));
    return { text: list.length ? list.join(', ') : none, differs: items.some((l) => l.only), hidden: false, labels: items };
  });
  return { label, cells, differs: cells.some((c) => c.differs) };
}

function kinds(s: TextStats): string {
  const n = new Map<string, number>();
  for (const e of s.events) n.set(e.harm, (n.get(e.harm) ?? 0) + 1);
  return [...n].map(([k, c]) => (c > 1 ? `${k} ×${c}` : k)).join(', ');
}

/** How each text links a party to its harm events: counts, shown, not marked (a difference is not a fault). */
function linkRow(stats: readonly TextStats[]): Row {
  const cells = stats.map((s) => {
    const shown = LINKS.filter((l) => s.byLink[l] > 0).map((l) => `${LINK_LABELS[l]} ${s.byLink[l]}`);
    return { text: shown.length ? shown.join(' · ') : 'no harm events', differs: false, hidden: false };
  });
  return { label: 'Who is held responsible, by event', cells, differs: false };
}

const LINKS = ['grammatical', 'modifier', 'clause', 'none'] as const;
const LINK_LABELS: Readonly<Record<(typeof LINKS)[number], string>> = {
  grammatical: 'named as doer',
  modifier: 'only as modifier',
  clause: 'only in another clause',
  none: 'no party',
};

/**
 * Euphemisms of one category: the outlet's own words are counted and marked; quoted or
 * attributed ones are shown beside them, unmarked ("1 (+1 quoted or attributed)").
 */
function euphemismRow(category: string, stats: readonly TextStats[]): Row {
  const own = stats.map((s) => (s.euphemismsByCategory[category] ?? 0) - (s.euphemismsVoicedByOthers[category] ?? 0));
  return counts(`Euphemisms: ${categoryName(category)}`, own, 'min', (v, i) => {
    const others = stats[i]?.euphemismsVoicedByOthers[category] ?? 0;
    return others > 0 ? `${v} (+${others} quoted or attributed)` : String(v);
  }, true);
}

export function comparisonTable(stats: readonly TextStats[]): Row[] {
  const categories = [...new Set(stats.flatMap((s) => Object.keys(s.euphemismsByCategory)))].sort();
  return [
    counts('Harm events', stats.map((s) => s.events.length), 'max', (v, i) => (v ? `${v}: ${kinds(stats[i] as TextStats)}` : '0'), false),
    counts('Harm events with no doer named', stats.map((s) => (s.events.length ? s.events.length - s.eventsNamingAgent : null)),
      'min', (v, i) => `${v} of ${stats[i]?.events.length}`, true),
    linkRow(stats),
    counts('Agentless passives', stats.map((s) => s.agentlessPassives), 'min', String, true),
    ...categories.map((c) => euphemismRow(c, stats)),
    labels('Labels for those causing harm', stats.map((s) => s.agentLabels), 'none named'),
    labels('Labels for those harmed', stats.map((s) => s.victimLabels.filter((l) => !isCount(l))), 'none named'),
  ];
}
