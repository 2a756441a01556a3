// Statistics over the headlines alone (`framing stats --field headline`, issue 17): each
// item's annotations that lie in its headline (src/corpus/item.ts fieldOf), and the words of
// its headline, summed per outlet and group as corpusStats sums every field. Read from the
// stored analyses, not from SQL sums, so it takes a pass over the store (about a second per
// 100,000 items). Items without a headline are left out.

import { tokenize } from '../../nlp/tokenize';
import type { Filters } from '../filters';
import { fieldOf } from '../item';
import { itemsWithAnalyses } from '../store/browse';
import type { CorpusStore } from '../store/store';
import { COUNT_FIELDS, countDoc, zeroCounts } from './doc-counts';
import { type CategoryRow, type Dimension, type StatsResult, type SumRow, assembleStats } from './query';

const GROUP_OF: Record<Dimension, (item: { event: string | null; victim_group?: string; date: string | null }) => string | null> = {
  event: (i) => i.event,
  victim_group: (i) => i.victim_group ?? null,
  month: (i) => i.date?.slice(0, 7) ?? null,
  year: (i) => i.date?.slice(0, 4) ?? null,
};

/** Words as the analyser counts them (src/summary.ts): tokens with a letter or digit. */
function words(text: string): number {
  return tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
}

export function headlineStats(store: CorpusStore, filters: Filters = {}, by: Dimension | null = null): StatsResult {
  const rows = new Map<string, SumRow>();
  const categories = new Map<string, CategoryRow>();
  for (const { item, analysis } of itemsWithAnalyses(store, filters)) {
    if (!item.headline) continue;
    const grp = by ? GROUP_OF[by](item) : null;
    const key = `${item.outlet}\u0000${grp ?? ''}`;
    const row = rows.get(key) ?? { outlet: item.outlet, grp, items: 0, annotated: 0, ...zeroCounts() };
    rows.set(key, row);
    row.items++;
    if (!analysis) continue;
    row.annotated++;
    const inHeadline = analysis.annotations.filter((a) => fieldOf(item, a.start, a.end).name === 'headline');
    const doc = countDoc(inHeadline, { words: words(item.headline) });
    for (const f of COUNT_FIELDS) row[f] += doc.counts[f];
    for (const [category, n] of Object.entries(doc.categories)) {
      const k = `${key}\u0000${category}`;
      const c = categories.get(k) ?? { outlet: item.outlet, grp, category, n: 0 };
      c.n += n;
      categories.set(k, c);
    }
  }
  return assembleStats([...rows.values()], [...categories.values()], filters, by);
}
