// Worker thread entry (runs compiled, from dist/): works out one slow part of the corpus page
// (src/web/corpus/later.ts) on its own connection to the store file, so that the web app's
// event loop keeps serving meanwhile.

import { parentPort, workerData } from 'node:worker_threads';
import { CorpusStore } from '../../corpus/store/store';
import { type LaterJob, runJob } from './later-jobs';

if (parentPort) {
  const { path, job } = workerData as { path: string; job: LaterJob };
  const store = CorpusStore.open(path);
  try {
    parentPort.postMessage(runJob(store, job));
  } finally {
    store.close();
  }
}
