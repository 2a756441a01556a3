// The measures compared across outlets, each a count out of a total with a 95% Wilson
// interval: shares of harm events, and rates per 1,000 words (docs/corpus.md).

import type { Counts, CountField } from './doc-counts';
import { wilson } from './wilson';

export type MetricKind = 'share' | 'per1000';

export interface MetricDef {
  key: string;
  label: string;
  kind: MetricKind;
  count: CountField;
  total: CountField;
  /** Whether a higher value means more of the text hides who did it. */
  hides: boolean;
}

export const METRICS: readonly MetricDef[] = [
  { key: 'harm_named_agent', label: 'Harm events naming who did it', kind: 'share', count: 'harm_named', total: 'harm', hides: false },
  { key: 'harm_agentless_passive', label: 'Harm events as agentless passives', kind: 'share', count: 'harm_agentless_passive', total: 'harm', hides: true },
  { key: 'harm_intransitive', label: 'Harm events as intransitives ("died")', kind: 'share', count: 'harm_intransitive', total: 'harm', hides: true },
  { key: 'harm_nominalized', label: 'Harm events as nominalizations ("the killing")', kind: 'share', count: 'harm_nominalization', total: 'harm', hides: true },
  { key: 'agentless_passives_per_1000_words', label: 'Agentless passives per 1,000 words', kind: 'per1000', count: 'agentless_passives', total: 'words', hides: true },
  { key: 'euphemisms_per_1000_words', label: 'Euphemisms per 1,000 words', kind: 'per1000', count: 'euphemisms', total: 'words', hides: true },
];

export interface MetricValue {
  key: string;
  label: string;
  kind: MetricKind;
  count: number;
  total: number;
  /** k/n for a share, 1000·k/n for a rate; null when the total is 0. */
  value: number | null;
  low: number | null;
  high: number | null;
}

export function measure(key: string, label: string, kind: MetricKind, count: number, total: number): MetricValue {
  const scale = kind === 'per1000' ? 1000 : 1;
  const ci = wilson(count, total);
  return {
    key, label, kind, count, total,
    value: total > 0 ? (scale * count) / total : null,
    low: ci ? scale * ci.low : null,
    high: ci ? scale * ci.high : null,
  };
}

/** Every measure for one group: the fixed ones, then euphemisms per category. */
export function measures(counts: Counts, categories: Record<string, number>, allCategories: readonly string[]): MetricValue[] {
  return [
    ...METRICS.map((m) => measure(m.key, m.label, m.kind, counts[m.count], counts[m.total])),
    ...allCategories.map((c) =>
      measure(`euphemisms_per_1000_words:${c}`, `Euphemisms per 1,000 words: ${c.replace(/[-_]+/g, ' ')}`, 'per1000',
        categories[c] ?? 0, counts.words)),
  ];
}
