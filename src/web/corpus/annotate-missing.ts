// The web app annotates stored items itself (the sample at start, uploads as they
// come), with its own analyser, a page at a time; at most `limit` per call so a page
// never waits on a large store (the CLI's `framing annotate --db` is for that).

import type { Analysis } from '../../types';
import { analyserVersion } from '../../provenance';
import { pendingPage, saveAnalyses } from '../../corpus/store/analyses';
import type { CorpusStore } from '../../corpus/store/store';

export interface Annotated {
  annotated: number;
  /** The last item annotated (its pk), or `after` if none: where the next call can go on from. */
  last: number;
  /** The analyser threw: it is logged, and the page shows items without annotations. */
  failed: boolean;
}

const PAGE = 200;
const BLOCK = 128;

/** Annotates up to `limit` items without an analysis, in stored order after item `after` (a pk). */
export function annotateMissing(store: CorpusStore, analyze: (text: string) => Analysis, limit = 2_000, after = 0): Annotated {
  let annotated = 0;
  try {
    while (annotated < limit) {
      const page = pendingPage(store, after, Math.min(PAGE, limit - annotated));
      const last = page.at(-1);
      if (!last) break;
      const analyses = page.map((item) => ({ id: item.id, analysis: analyze(item.text) }));
      store.write(() => {
        // a block of up to 128 analyses at a time, as the annotate workers make them
        for (let k = 0; k < analyses.length; k += BLOCK) saveAnalyses(store, analyses.slice(k, k + BLOCK), analyserVersion());
      });
      annotated += page.length;
      after = last.pk;
    }
  } catch (error) {
    console.error(error);
    return { annotated, last: after, failed: true };
  }
  return { annotated, last: after, failed: false };
}
