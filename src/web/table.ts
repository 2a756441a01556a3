// The comparison table under the compare columns: one row per measure, one cell per
// text, with the cells that stand out from the others marked.

import { categoryName } from './highlights';
import type { TextStats } from './stats';

export interface Label {
  text: string;
  /** No other text uses this label. */
  only: boolean;
}

export interface Cell {
  text: string;
  /** Stands out: fewer agents named, more agentless passives or euphemisms, another label. */
  differs: boolean;
  labels?: Label[];
}

export interface Row {
  label: string;
  cells: Cell[];
  /** The texts do not all agree on this row. */
  differs: boolean;
}

/** A numeric row; cells worse than the best value are marked. */
function numeric(label: string, values: readonly (number | null)[], best: 'max' | 'min',
  show: (v: number, i: number) => string): Row {
  const known = values.filter((v): v is number => v !== null);
  const target = best === 'max' ? Math.max(...known) : Math.min(...known);
  const cells = values.map((v, i) =>
    v === null ? { text: '—', differs: false } : { text: show(v, i), differs: v !== target });
  return { label, cells, differs: new Set(known).size > 1 };
}

function labels(label: string, lists: readonly string[][], none: string): Row {
  const keyed = lists.map((l) => l.map((t) => t.toLowerCase()));
  const cells = lists.map((list, i) => {
    const items = list.map((text) => ({
      text,
      only: lists.length > 1 && !keyed.some((other, j) => j !== i && other.includes(text.toLowerCase())),
    }));
    return { text: list.length ? list.join(', ') : none, differs: items.some((l) => l.only), labels: items };
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
    return { text: shown.length ? shown.join(' · ') : '—', differs: false };
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

export function comparisonTable(stats: readonly TextStats[]): Row[] {
  const categories = [...new Set(stats.flatMap((s) => Object.keys(s.euphemismsByCategory)))].sort();
  return [
    numeric('Harm events', stats.map((s) => s.events.length), 'max',
      (v, i) => (v ? `${v}: ${kinds(stats[i] as TextStats)}` : '0')),
    numeric('Events naming who did it', stats.map((s) => (s.events.length ? s.eventsNamingAgent / s.events.length : null)),
      'max', (_, i) => `${stats[i]?.eventsNamingAgent} of ${stats[i]?.events.length}`),
    linkRow(stats),
    numeric('Agentless passives', stats.map((s) => s.agentlessPassives), 'min', String),
    ...categories.map((c) =>
      numeric(`Euphemisms: ${categoryName(c)}`, stats.map((s) => s.euphemismsByCategory[c] ?? 0), 'min', String)),
    labels('Labels for those causing harm', stats.map((s) => s.agentLabels), 'none named'),
    labels('Labels for those harmed', stats.map((s) => s.victimLabels), 'none named'),
  ];
}
