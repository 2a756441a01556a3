// `framing annotate --db PATH`: annotates the stored items that have no analysis yet (all
// of them with --all) and stores the analyses, through the same loop and worker pool as
// annotating a file.

import type { Writable } from 'node:stream';
import type { Processor } from '../../cli/annotate/processor';
import { annotateAll } from '../../cli/annotate/run';
import { Tally } from '../../cli/annotate/tally';
import { startProgress } from '../progress';
import { pendingCount } from '../store/analyses';
import type { CorpusStore } from '../store/store';
import { storeItems } from './store-input';
import { ItemErrors, StoreSink } from './store-sink';

export interface StoreRun {
  tally: Tally;
  saved: number;
}

export async function annotateStore(store: CorpusStore, processor: Processor, stderr: Writable, all = false): Promise<StoreRun> {
  const total = pendingCount(store, all);
  const tally = new Tally();
  const labels = new Map<number, string>();
  const sink = new StoreSink(store);
  const bar = startProgress(stderr, tally, () => ({ done: tally.documents + tally.failed, total }));
  try {
    await annotateAll(storeItems(store, all, labels), processor, sink, new ItemErrors(bar.messages, labels), tally);
  } finally {
    bar.stop();
  }
  return { tally, saved: sink.saved };
}
