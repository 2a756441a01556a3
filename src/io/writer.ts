// Writes text to a stream, waiting for 'drain' when its buffer is full (backpressure).

import type { Writable } from 'node:stream';

/** Where text goes: a Writer, or any other sink (the store, a test's array). */
export interface TextSink {
  write(text: string): Promise<void>;
}

export class Writer implements TextSink {
  private failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error) => (this.failure ??= error));
  }

  async write(text: string): Promise<void> {
    this.check();
    if (text === '' || this.stream.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error): void => {
        this.stream.off('drain', onDrain).off('error', done).off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = (): void => done();
      const onClose = (): void => done(this.failure ?? new Error('output closed'));
      this.stream.on('drain', onDrain).on('error', done).on('close', onClose);
    });
  }

  /** Ends a stream we opened (--out), once everything is flushed. */
  async end(): Promise<void> {
    this.check();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }

  private check(): void {
    if (this.failure) throw this.failure;
    if (this.stream.destroyed) throw new Error('output closed');
  }
}
