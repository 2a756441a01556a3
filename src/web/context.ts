// What the routes share: the analyser and the loaded corpus, with corpus analyses cached.

import type { Analysis } from '../types';
import type { Corpus, CorpusItem } from './corpus/app-corpus';
import { itemText } from './corpus/app-corpus';

export type Analyzer = (text: string) => Analysis;

export interface WebContext {
  analyze: Analyzer;
  corpus: Corpus;
  /** The analysis of a corpus item, computed once. */
  analyzeItem(item: CorpusItem): Analysis;
}

export function webContext(analyze: Analyzer, corpus: Corpus): WebContext {
  const cache = new Map<string, Analysis>();
  return {
    analyze,
    corpus,
    analyzeItem(item) {
      const cached = cache.get(item.id);
      if (cached) return cached;
      const analysis = analyze(itemText(item));
      cache.set(item.id, analysis);
      return analysis;
    },
  };
}
