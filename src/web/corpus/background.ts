// Annotates the store's pending items in the background, a small batch at a time, so that no
// request waits on annotation and pages only read (GET never writes). Between batches the
// event loop serves other requests. Pages show what is still pending.

import type { Analysis } from '../../types';
import { pendingCount } from '../../corpus/store/analyses';
import type { CorpusStore } from '../../corpus/store/store';
import { annotateMissing } from './annotate-missing';

/** Items per batch: about 25 ms of analysis, so another request waits at most that long. */
const BATCH = 25;

export interface AnnotationStatus {
  /** Items still without an analysis. */
  remaining: number;
  /** The analyser threw in the last batch; the log says why, and annotation stops until the next kick. */
  failed: boolean;
}

export class BackgroundAnnotator {
  private running = false;
  /** Items are annotated in stored order; the last one done (its pk), so no batch rescans the done ones. */
  private cursor = 0;
  private failed = false;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly store: CorpusStore,
    private readonly analyze: (text: string) => Analysis,
  ) {}

  /** Starts annotating if there is anything pending and it is not already running. */
  kick(): void {
    if (this.running) return;
    this.running = true;
    setImmediate(() => this.step());
  }

  /** Annotates up to `limit` pending items now, on the caller's turn (a small sample at start-up). */
  annotateNow(limit: number): void {
    this.failed = annotateMissing(this.store, this.analyze, limit).failed;
  }

  status(): AnnotationStatus {
    return { remaining: pendingCount(this.store), failed: this.failed };
  }

  /** Resolves when nothing is pending (or annotation failed): for tests and shutdown. */
  idle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }

  private step(): void {
    const done = annotateMissing(this.store, this.analyze, BATCH, this.cursor);
    this.failed = done.failed;
    // Past the end, one pass from the start catches items whose analysis was removed meanwhile.
    const more = !done.failed && (done.annotated > 0 || this.cursor > 0);
    this.cursor = done.annotated > 0 ? done.last : 0;
    if (more) {
      setImmediate(() => this.step());
      return;
    }
    this.running = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
