// Worker thread entry (runs compiled, from dist/): loads the analyzer and tagger once,
// then answers batches.

import { parentPort, workerData } from 'node:worker_threads';
import { analyze as packageAnalyze } from '../../analyze';
import { useSharedModels } from '../../nlp/model-load';
import { type AnalyzeFn, type OutputKind, annotateDocs, warmUp } from './annotate-doc';
import type { BatchRequest, WorkerMessage, WorkerOptions } from './worker-protocol';

function start(port: NonNullable<typeof parentPort>): void {
  const send = (message: WorkerMessage): void => port.postMessage(message);
  let analyze: AnalyzeFn;
  let kind: OutputKind = 'jsonl';
  try {
    const { analyzeModule, output, models } = (workerData ?? {}) as WorkerOptions;
    if (models) useSharedModels(models);
    kind = output ?? 'jsonl';
    analyze = analyzeModule ? (require(analyzeModule) as { analyze: AnalyzeFn }).analyze : (t) => packageAnalyze(t);
    warmUp(analyze);
  } catch (error) {
    send({ type: 'fatal', error: error instanceof Error ? error.message : String(error) });
    return;
  }
  port.on('message', ({ docs }: BatchRequest) => {
    send({ type: 'done', results: annotateDocs(docs, analyze, kind) });
  });
  send({ type: 'ready' });
}

if (parentPort) start(parentPort);
