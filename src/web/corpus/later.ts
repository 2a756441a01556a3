// Slow parts of the corpus page without holding it up. On a small store they are worked out
// for the request itself. On a large one the page answers without them and a worker thread
// works them out on its own connection to the store file, keeping the result until the store
// changes; the page shows it on reload. An in-memory store cannot be shared with a thread, so
// the worker gets a copy of it. (issue 17: "/corpus under 1 s at 100k items"; without the
// compiled worker, as under jest, the parts are worked out after the page is sent)

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MEMORY, type CorpusStore } from '../../corpus/store/store';
import { type LaterJob, type LaterResult, jobKey, runJob } from './later-jobs';
import { memo, memoHas, memoPut } from './memo';

const WORKER = join(__dirname, 'later-worker.js');
const running = new WeakMap<CorpusStore, Map<string, number>>();

/** The job's result: now when `small`, or when already worked out; else null, and it is started. */
export function workedOut<T extends LaterResult>(store: CorpusStore, job: LaterJob, small: boolean): T | null {
  const key = jobKey(job);
  if (small || memoHas(store, key)) return memo(store, key, () => runJob(store, job)) as T;
  const jobs = running.get(store) ?? new Map<string, number>();
  running.set(store, jobs);
  if (jobs.get(key) !== store.version) start(store, job, key, jobs);
  return null;
}

function start(store: CorpusStore, job: LaterJob, key: string, jobs: Map<string, number>): void {
  const version = store.version;
  jobs.set(key, version);
  const keep = (result: LaterResult): void => {
    if (store.version === version) memoPut(store, key, result);
  };
  const done = (): void => {
    if (jobs.get(key) === version) jobs.delete(key);
  };
  if (!existsSync(WORKER)) {
    setImmediate(() => {
      if (store.db.open) keep(runJob(store, job));
      done();
    });
    return;
  }
  // an in-memory store cannot be opened from another thread: the worker gets a copy of it
  // (serialising 40,000 items takes a few tens of milliseconds, not the seconds of the job)
  const source = store.path === MEMORY ? { image: store.db.serialize() } : { path: store.path };
  const worker = new Worker(WORKER, { workerData: { ...source, job } });
  worker.once('message', keep);
  worker.once('error', (error) => console.error(`framing: working out ${job.name} failed: ${error.message}`));
  worker.once('exit', done);
}
