// Statistics of a store imported without outlet aliases, counted under the outlets' names
// (`framing stats --aliases`): the rows of an outlet's aliases are summed into one, and its
// measures are computed again from the sums, so intervals are those of the merged counts.

import { type OutletAliases, canonicalOutlet } from '../aliases';
import { COUNT_FIELDS, zeroCounts } from './doc-counts';
import { measures } from './metrics';
import type { GroupStats, StatsResult } from './query';

export function mergeAliases(stats: StatsResult, aliases: OutletAliases): StatsResult {
  const merged = new Map<string, GroupStats>();
  for (const g of stats.groups) {
    const outlet = canonicalOutlet(aliases, g.outlet);
    const key = `${outlet}\u0000${g.group ?? ''}`;
    const into = merged.get(key) ?? { ...g, outlet, items: 0, annotated: 0, counts: zeroCounts(), categories: {} };
    into.items += g.items;
    into.annotated += g.annotated;
    for (const f of COUNT_FIELDS) into.counts[f] += g.counts[f];
    for (const [c, n] of Object.entries(g.categories)) into.categories[c] = (into.categories[c] ?? 0) + n;
    merged.set(key, into);
  }
  const groups = [...merged.values()]
    .map((g) => ({ ...g, metrics: measures(g.counts, g.categories, stats.categories) }))
    .sort((a, b) => a.outlet.localeCompare(b.outlet) || (a.group ?? '').localeCompare(b.group ?? ''));
  return { ...stats, groups };
}
