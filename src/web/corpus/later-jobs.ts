// The corpus page's parts that take a second or more on a large store: the suggested events
// and the distinctive words. Each is a job by name, so a worker thread can run it too.

import type { Filters } from '../../corpus/filters';
import { type Suggestion, suggestEvents } from '../../corpus/stats/suggest';
import { type OutletVocabulary, outletVocabulary } from '../../corpus/stats/vocabulary';
import type { CorpusStore } from '../../corpus/store/store';

export type LaterJob = { name: 'suggestions' } | { name: 'words'; filters: Filters };

export type LaterResult = Suggestion[] | OutletVocabulary[];

export function runJob(store: CorpusStore, job: LaterJob): LaterResult {
  return job.name === 'suggestions' ? suggestEvents(store) : outletVocabulary(store, job.filters);
}

/** The memo key of a job's result (src/web/corpus/memo.ts). */
export function jobKey(job: LaterJob): string {
  return job.name === 'suggestions' ? 'suggestions' : `words ${JSON.stringify(job.filters)}`;
}
