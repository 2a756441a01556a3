// Scores harm-event predictions against the gold set, the same for every system.
// An event is found when a prediction's event span overlaps a gold event span (one to one,
// in text order). Agency, agent and victim are then compared on matched pairs only.

import type { Agency, Span } from '../src/types';
import type { GoldEvent, GoldItem } from './harm-gold';

export interface PredictedEvent {
  event: Span;
  harm: string;
  agency: Agency;
  agent: Span | null;
  victim: Span | null;
}

export interface ItemResult {
  item: GoldItem;
  predictions: readonly PredictedEvent[];
}

export interface Pair {
  gold: GoldEvent;
  predicted: PredictedEvent;
}

export interface HarmCounts {
  predicted: number;
  gold: number;
  pairs: Pair[];
  /** Gold events with no prediction, and predictions with no gold event. */
  missed: Array<{ item: GoldItem; gold: GoldEvent }>;
  spurious: Array<{ item: GoldItem; predicted: PredictedEvent }>;
  /** Sentences without gold events, and those of them with no prediction. */
  negatives: number;
  cleanNegatives: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function countHarm(results: readonly ItemResult[]): HarmCounts {
  const counts: HarmCounts = { predicted: 0, gold: 0, pairs: [], missed: [], spurious: [], negatives: 0, cleanNegatives: 0 };
  for (const { item, predictions } of results) {
    counts.predicted += predictions.length;
    counts.gold += item.events.length;
    if (item.events.length === 0) {
      counts.negatives++;
      if (predictions.length === 0) counts.cleanNegatives++;
    }
    const used = new Set<PredictedEvent>();
    for (const gold of item.events) {
      const predicted = predictions.find((p) => !used.has(p) && overlaps(p.event, gold.event));
      if (!predicted) {
        counts.missed.push({ item, gold });
        continue;
      }
      used.add(predicted);
      counts.pairs.push({ gold, predicted });
    }
    for (const p of predictions) if (!used.has(p)) counts.spurious.push({ item, predicted: p });
  }
  return counts;
}

export interface HarmScores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** On matched events. */
  agency: number | null;
  /** Agent null vs named agrees with gold. */
  agentNamed: number | null;
  /** Agent correct: both null, or overlapping spans. */
  agent: number | null;
  /** Among gold events with an agent: the predicted agent overlaps it. */
  agentSpan: number | null;
  victim: number | null;
  harm: number | null;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function sameSpan(gold: Span | null, predicted: Span | null): boolean {
  return gold === null ? predicted === null : predicted !== null && overlaps(gold, predicted);
}

export function harmScores(c: HarmCounts): HarmScores {
  const matched = c.pairs.length;
  const precision = ratio(matched, c.predicted);
  const recall = ratio(matched, c.gold);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  const share = (test: (p: Pair) => boolean, pairs: readonly Pair[] = c.pairs): number | null => ratio(pairs.filter(test).length, pairs.length);
  return {
    precision,
    recall,
    f1,
    agency: share((p) => p.gold.agency === p.predicted.agency),
    agentNamed: share((p) => (p.gold.agent === null) === (p.predicted.agent === null)),
    agent: share((p) => sameSpan(p.gold.agent, p.predicted.agent)),
    agentSpan: share((p) => sameSpan(p.gold.agent, p.predicted.agent), c.pairs.filter((p) => p.gold.agent !== null)),
    victim: share((p) => sameSpan(p.gold.victim, p.predicted.victim)),
    harm: share((p) => p.gold.harm === p.predicted.harm),
  };
}
