// `framing annotate --db PATH`: annotates the stored items that have no analysis yet (with
// --stale also those another analyser version made; all of them with --all) and stores the
// analyses with this analyser's version, through the same loop and worker pool as
// annotating a file. Interrupted, it goes on where it stopped: what it saved is current.

import type { Writable } from 'node:stream';
import type { Processor } from './processor';
import { annotateAll } from './run';
import { Tally } from './tally';
import { startProgress } from '../progress';
import { type Pending, pendingCount } from '../store/analyses';
import type { CorpusStore } from '../store/store';
import { storeItems } from './store-input';
import { ItemErrors, StoreSink } from './store-sink';

export interface StoreRun {
  tally: Tally;
  saved: number;
}

export async function annotateStore(store: CorpusStore, processor: Processor, stderr: Writable, pending: Pending = { which: 'new' }): Promise<StoreRun> {
  const total = pendingCount(store, pending);
  const tally = new Tally();
  const labels = new Map<number, string>();
  const sink = new StoreSink(store);
  const bar = startProgress(stderr, tally, () => ({ done: tally.documents + tally.failed, total }));
  try {
    await annotateAll(storeItems(store, pending, labels), processor, sink, new ItemErrors(bar.messages, labels), tally);
  } finally {
    bar.stop();
  }
  return { tally, saved: sink.saved };
}
