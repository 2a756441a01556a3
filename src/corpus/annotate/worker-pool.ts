// A pool of worker threads, each analyzing one batch at a time. A worker that dies
// mid-batch is replaced and its batch retried one document at a time, so only the
// document that kills a worker is reported as failed.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Doc } from '../../io/document';
import { sharedModels } from '../../nlp/model-load';
import { MODELS_DIR } from '../../paths';
import type { DocResult } from './annotate-doc';
import type { Processor } from './processor';
import type { BatchRequest, WorkerMessage, WorkerOptions } from './worker-protocol';

/**
 * Old-generation heap limit of each worker thread, in MB. The analyser holds about 30 MB;
 * without a limit V8 lets each thread's garbage grow to several hundred MB before
 * collecting it, which adds up across workers (issue 5: 2 workers under 500 MB).
 */
export const WORKER_HEAP_MB = Number(process.env.FRAMING_WORKER_HEAP_MB) || 256;

interface Job {
  docs: readonly Doc[];
  resolve(results: DocResult[]): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  error: Error | null;
  /** Set while start() waits for this worker. */
  onReady?: (error?: Error) => void;
}

export class WorkerPool implements Processor {
  readonly capacity: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closing = false;

  private constructor(
    size: number,
    private readonly script: string,
    private readonly options: WorkerOptions,
  ) {
    this.capacity = size * 2;
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Resolves once every worker has loaded the analyzer. */
  static async start(size: number, script: string, options: WorkerOptions = {}): Promise<WorkerPool> {
    if (!existsSync(script)) throw new Error(`worker script not found: ${script} (run npm run build)`);
    // the models once in shared memory rather than a copy per worker
    const pool = new WorkerPool(size, script, { models: sharedModels(MODELS_DIR), ...options });
    const ready = pool.slots.map(
      (slot) => new Promise<void>((resolve, reject) => (slot.onReady = (e) => (e ? reject(e) : resolve()))),
    );
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  run(docs: readonly Doc[]): Promise<DocResult[]> {
    return new Promise((resolve) => {
      this.queue.push({ docs, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script, {
      workerData: this.options,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, ready: false, job: null, error: null };
    slot.worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    slot.worker.on('error', (error) => (slot.error = error));
    slot.worker.on('exit', (code) => this.onExit(slot, code));
    this.slots.push(slot);
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'fatal') {
      slot.onReady?.(new Error(`worker: ${message.error}`));
    } else if (message.type === 'ready') {
      slot.ready = true;
      slot.onReady?.();
    } else {
      const job = slot.job;
      slot.job = null;
      job?.resolve(message.results);
    }
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (this.closing) return;
    const reason = slot.error?.message ?? `exit code ${code}`;
    slot.onReady?.(new Error(`worker stopped before it was ready: ${reason}`));
    if (slot.job) this.retry(slot.job, reason);
    if (slot.ready) this.spawn();
    this.dispatch();
  }

  private retry(job: Job, reason: string): void {
    if (job.docs.length === 1) {
      job.resolve([{ ok: false, error: `worker crashed: ${reason}` }]);
      return;
    }
    const results: DocResult[] = [];
    let left = job.docs.length;
    job.docs.forEach((doc, i) => {
      this.queue.push({
        docs: [doc],
        resolve: ([result]) => {
          results[i] = result ?? { ok: false, error: 'worker returned no result' };
          if (--left === 0) job.resolve(results);
        },
      });
    });
  }

  private dispatch(): void {
    if (this.slots.length === 0) {
      for (const job of this.queue.splice(0)) {
        job.resolve(job.docs.map(() => ({ ok: false, error: 'no workers left' })));
      }
      return;
    }
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      const request: BatchRequest = { docs: job.docs };
      slot.worker.postMessage(request);
    }
  }
}
