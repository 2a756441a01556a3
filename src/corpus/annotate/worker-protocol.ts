// Messages between the pool and its worker threads.

import type { Doc } from '../../io/document';
import type { DocResult, OutputKind } from './annotate-doc';

export interface WorkerOptions {
  /** Module whose `analyze` export to use instead of the package's (tests). */
  analyzeModule?: string;
  /** What each result line is (default jsonl). */
  output?: OutputKind;
  /** The binary models in shared memory, by path: one copy for all workers. */
  models?: Record<string, SharedArrayBuffer>;
}

/** Pool → worker: analyze these. A worker has at most one batch at a time. */
export interface BatchRequest {
  docs: readonly Doc[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'fatal'; error: string }
  | { type: 'done'; results: DocResult[] };
