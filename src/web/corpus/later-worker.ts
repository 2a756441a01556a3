// Worker thread entry (runs compiled, from dist/): works out one slow part of the corpus page
// (src/web/corpus/later.ts) on its own connection to the store file, so that the web app's
// event loop keeps serving meanwhile.

import { parentPort, workerData } from 'node:worker_threads';
import { CorpusStore } from '../../corpus/store/store';
import { type LaterJob, runJob } from './later-jobs';

if (parentPort) {
  const { path, image, job } = workerData as { path?: string; image?: Uint8Array; job: LaterJob };
  const store = path ? CorpusStore.open(path) : CorpusStore.fromImage(Buffer.from((image as Uint8Array).buffer, (image as Uint8Array).byteOffset, (image as Uint8Array).byteLength));
  try {
    parentPort.postMessage(runJob(store, job));
  } finally {
    store.close();
  }
}
