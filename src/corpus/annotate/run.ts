// The annotate loop: read items, send batches to the processor, write results in input
// order. At most `processor.capacity` batches are in flight, so memory stays flat
// however long the input is.

import type { Writable } from 'node:stream';
import type { Doc, InputItem } from '../../io/document';
import type { LineSink } from '../../io/writer';
import type { DocResult } from './annotate-doc';
import { batches } from './batches';
import type { Processor } from './processor';
import type { Tally } from './tally';

interface Pending {
  items: InputItem[];
  results: Promise<DocResult[]>;
}

export async function annotateAll(
  items: AsyncIterable<InputItem>,
  processor: Processor,
  out: LineSink,
  errors: Writable,
  tally: Tally,
): Promise<void> {
  const pending: Pending[] = [];
  const flushOldest = async (): Promise<void> => {
    const oldest = pending.shift();
    if (oldest) await flush(oldest.items, await oldest.results, out, errors, tally);
  };
  for await (const batch of batches(items)) {
    const docs = batch.flatMap((item) => ('doc' in item ? [item.doc] : ([] as Doc[])));
    pending.push({ items: batch, results: docs.length > 0 ? processor.run(docs) : Promise.resolve([]) });
    if (pending.length >= processor.capacity) await flushOldest();
  }
  while (pending.length > 0) await flushOldest();
}

async function flush(
  items: InputItem[],
  results: DocResult[],
  out: LineSink,
  errors: Writable,
  tally: Tally,
): Promise<void> {
  const lines: string[] = [];
  let next = 0;
  for (const item of items) {
    const result: DocResult = 'doc' in item ? (results[next++] ?? missing) : { ok: false, error: item.error };
    if (result.ok) {
      lines.push(result.output);
      tally.documents++;
      tally.words += result.words;
    } else {
      errors.write(`line ${item.line}: ${result.error}\n`);
      tally.failed++;
    }
  }
  await out.writeLines(lines);
}

const missing: DocResult = { ok: false, error: 'no result' };
