// Examples of the harm detector's errors on the dev half, one per line.

import type { Span } from '../src/types';
import type { HarmCounts } from './harm-score';

const show = (s: Span | null): string => (s ? `“${s.text}”` : 'none');

export function harmErrors(counts: HarmCounts, limit: number): string[] {
  const missed = counts.missed.slice(0, limit).map(({ item, gold }) => `missed ${show(gold.event)} (${gold.agency}) in ${item.id}: ${item.text}`);
  const spurious = counts.spurious
    .slice(0, limit)
    .map(({ item, predicted }) => `spurious ${show(predicted.event)} (${predicted.agency}) in ${item.id}: ${item.text}`);
  const wrong = counts.pairs
    .filter((p) => p.gold.agency !== p.predicted.agency || (p.gold.agent === null) !== (p.predicted.agent === null))
    .slice(0, limit)
    .map(
      ({ gold, predicted }) =>
        `${show(gold.event)}: gold ${gold.agency}, agent ${show(gold.agent)}; got ${predicted.agency}, agent ${show(predicted.agent)}`,
    );
  return [...missed, ...spurious, ...wrong];
}
