// Each outlet's distinctive vocabulary against all the other outlets together, by
// Fightin' Words with the pooled counts of the compared items as the informative prior.

import { type Filters, whereClause } from '../filters';
import { itemText } from '../item';
import type { CorpusStore } from '../store/store';
import { type WordScore, fightinWords, informativePrior } from './fightin-words';
import { words } from './words';

export interface OutletVocabulary {
  outlet: string;
  words: number;
  /** Most distinctive first: words the outlet uses, with z above `minZ`. */
  distinctive: WordScore[];
}

/** |z| at which a word's difference is significant at p < .05 (two-sided, not corrected for the many words). */
export const SIGNIFICANT_Z = 1.96;

export interface VocabularyOptions {
  /** Words per outlet (default 10). */
  top?: number;
  /** Only words more distinctive than this (default 0: used more often than by the others). */
  minZ?: number;
  /** Prior strength α0 as a multiple of the compared words (default 1: the pooled counts themselves). */
  priorScale?: number;
}

export function outletVocabulary(store: CorpusStore, filters: Filters = {}, options: VocabularyOptions = {}): OutletVocabulary[] {
  const { top = 10, minZ = 0, priorScale = 1 } = options;
  const where = whereClause(filters);
  const perOutlet = new Map<string, Map<string, number>>();
  const pooled = new Map<string, number>();
  let pooledWords = 0;
  const rows = store.stmt(`SELECT i.outlet, i.headline, i.text FROM items i ${where.sql}`).iterate(...where.params) as
    IterableIterator<{ outlet: string; headline: string; text: string }>;
  for (const row of rows) {
    const counts = perOutlet.get(row.outlet) ?? new Map<string, number>();
    perOutlet.set(row.outlet, counts);
    for (const w of words(itemText(row))) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      pooled.set(w, (pooled.get(w) ?? 0) + 1);
      pooledWords++;
    }
  }
  const prior = informativePrior(pooled, pooledWords * priorScale);
  return [...perOutlet.keys()].sort((a, b) => a.localeCompare(b)).map((outlet) => {
    const own = perOutlet.get(outlet) as Map<string, number>;
    const others = new Map<string, number>();
    for (const [w, c] of pooled) {
      const rest = c - (own.get(w) ?? 0);
      if (rest > 0) others.set(w, rest);
    }
    const scores = perOutlet.size > 1 ? fightinWords(own, others, prior) : [];
    let n = 0;
    for (const c of own.values()) n += c;
    return { outlet, words: n, distinctive: scores.filter((s) => s.a > 0 && s.z > minZ).slice(0, top) };
  });
}
