// Writes text to a stream, waiting for 'drain' when its buffer is full (backpressure).

import type { Writable } from 'node:stream';

/** Where text goes: a Writer, or any other sink (the store, a test's array). */
export interface TextSink {
  write(text: string): Promise<void>;
}

/** Where whole lines go, each ending in a newline: annotate's output (a file, or the store). */
export interface LineSink {
  writeLines(lines: readonly string[]): Promise<void>;
}

export class Writer implements TextSink, LineSink {
  private failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error) => (this.failure ??= error));
  }

  async write(text: string): Promise<void> {
    this.check();
    if (text !== '') await this.send(text);
  }

  /**
   * The lines as one write, each encoded on its own: UTF-8 encoding a string of a few hundred
   * characters is several times faster per character than encoding one of a few hundred
   * thousand (as `lines.join('')` or `+=` would make), and most of annotate's output is
   * non-ASCII (the quotes of its explanations). Issue 15: 0.2 s of 30,000 headlines.
   */
  async writeLines(lines: readonly string[]): Promise<void> {
    this.check();
    if (lines.length > 0) await this.send(encodeLines(lines));
  }

  private async send(chunk: string | Buffer): Promise<void> {
    if (this.stream.write(chunk)) return;
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

/**
 * The lines' UTF-8 bytes, each line encoded straight into one buffer of their total length:
 * no buffer per line and no copy of them all into one (Buffer.concat), which took 85 ms of
 * the 30,000 headlines' 20 MB of output (issue 15).
 */
export function encodeLines(lines: readonly string[]): Buffer {
  let length = 0;
  for (const line of lines) length += Buffer.byteLength(line, 'utf8');
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const line of lines) at += out.write(line, at, 'utf8');
  return out;
}
