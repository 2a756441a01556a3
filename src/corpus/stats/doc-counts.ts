// What one document contributes to the statistics, counted from its annotations. Stored
// with each analysis, so statistics over a large corpus are sums in SQL.

import type { Annotation, Summary } from '../../types';

/** Column names, in the store and in these counts. */
export const COUNT_FIELDS = [
  'words',
  /** Harm events (issue 3's `harm` annotations). */
  'harm',
  /** ... that name who did it (a non-null agent). */
  'harm_named',
  'harm_agentless_passive',
  'harm_intransitive',
  'harm_nominalization',
  'passives',
  /** Passives, harm or not, with no by-agent. */
  'agentless_passives',
  'euphemisms',
] as const;

export type CountField = (typeof COUNT_FIELDS)[number];
export type Counts = Record<CountField, number>;

export interface DocCounts {
  counts: Counts;
  /** Euphemisms per lexicon category. */
  categories: Record<string, number>;
}

export function zeroCounts(): Counts {
  return Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as Counts;
}

const AGENCY_FIELD: Partial<Record<string, CountField>> = {
  'agentless-passive': 'harm_agentless_passive',
  intransitive: 'harm_intransitive',
  nominalization: 'harm_nominalization',
};

export function countDoc(annotations: readonly Annotation[], summary: Pick<Summary, 'words'>): DocCounts {
  const counts = zeroCounts();
  const categories: Record<string, number> = {};
  counts.words = summary.words;
  for (const a of annotations) {
    if (a.type === 'passive') {
      counts.passives++;
      if (!a.agent) counts.agentless_passives++;
    } else if (a.type === 'harm') {
      counts.harm++;
      if (a.agent) counts.harm_named++;
      const field = AGENCY_FIELD[a.agency];
      if (field) counts[field]++;
    } else if (a.type === 'euphemism') {
      counts.euphemisms++;
      categories[a.category] = (categories[a.category] ?? 0) + 1;
    }
  }
  return { counts, categories };
}
