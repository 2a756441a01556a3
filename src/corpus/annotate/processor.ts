// Where documents are analyzed: in this thread, or in a worker pool (./worker-pool.ts).

import type { Doc } from '../../io/document';
import { type AnalyzeFn, type DocResult, type OutputKind, annotateDocs, warmUp } from './annotate-doc';

export interface Processor {
  /** How many batches may be in flight at once. */
  readonly capacity: number;
  /** One result per document, in order. Never rejects: failures are results. */
  run(docs: readonly Doc[]): Promise<DocResult[]>;
  close(): Promise<void>;
}

export function inProcess(analyze: AnalyzeFn, kind: OutputKind = 'jsonl'): Processor {
  warmUp(analyze);
  return {
    capacity: 1,
    run: async (docs) => annotateDocs(docs, analyze, kind),
    close: async () => {},
  };
}
