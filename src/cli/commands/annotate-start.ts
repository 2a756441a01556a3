// What `framing annotate` runs its documents through, for a file (./annotate.ts) and for the
// store (./annotate-db.ts): this thread, or a pool of workers.

import type { OutputKind } from '../../corpus/annotate/annotate-doc';
import { type Processor, inProcess } from '../../corpus/annotate/processor';
import { WorkerPool } from '../../corpus/annotate/worker-pool';
import type { CliContext } from '../context';

export const MAX_WORKERS = 64;

export async function startProcessor(workers: number, context: CliContext, output: OutputKind = 'jsonl'): Promise<Processor> {
  if (workers === 1) return inProcess(context.analyze, output);
  return WorkerPool.start(workers, context.workerScript, { analyzeModule: context.workerAnalyzeModule, output });
}
