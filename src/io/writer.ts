// Writes text to a stream, waiting for 'drain' when its buffer is full (backpressure).

import { WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where text goes: a Writer, or any other sink (the store, a test's array). */
export interface TextSink {
  write(text: string): Promise<void>;
}

/** Where whole lines go, each ending in a newline: annotate's output (a file, or the store). */
export interface LineSink {
  writeLines(lines: readonly string[]): Promise<void>;
}

/** The size of a buffer kept for `writeLines`: a batch of annotate's output is some 90 KB. */
const SPARE_BYTES = 256 * 1024;
/**
 * Buffers kept at most. The callbacks of writes run only when annotate's loop waits for input,
 * and an output file takes 1 MB before a write waits (annotate.ts OUTPUT_BUFFER), so a dozen
 * batches or more may be in flight: with 2 kept, 227 of the 235 batches of 30,000 headlines
 * had a new buffer; with 32, some 20 did. Only the pages written to are ever faulted in.
 */
const MAX_SPARES = 32;

export class Writer implements TextSink, LineSink {
  private failure: Error | null = null;
  /**
   * Buffers of earlier `writeLines` whose writes are done, encoded into again: a new buffer for
   * each batch is new memory, and its pages are faulted in one by one (about 11 µs per 4 KB on
   * the machine of the benchmarks: 5,000 faults, some 50 ms, for the 20 MB of 30,000 headlines'
   * annotations). Only for a file stream, which is done with a chunk once its write's callback
   * has run; another stream (a PassThrough) may hand the very chunk on to its reader.
   */
  private readonly spares: Buffer[] | null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error) => (this.failure ??= error));
    this.spares = stream instanceof WriteStream ? [] : null;
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
    if (lines.length === 0) return;
    const spares = this.spares;
    if (spares === null) return this.send(encodeLines(lines));
    const length = byteLengthOf(lines);
    const spare = spares.pop();
    const buffer = spare !== undefined && spare.length >= length ? spare : Buffer.allocUnsafeSlow(Math.max(length, SPARE_BYTES));
    encodeInto(lines, buffer);
    await this.send(buffer.subarray(0, length), (error) => {
      if (!error && spares.length < MAX_SPARES) spares.push(buffer);
    });
  }

  private async send(chunk: string | Buffer, written?: (error: Error | null | undefined) => void): Promise<void> {
    if (this.stream.write(chunk, written)) return;
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
  const out = Buffer.allocUnsafe(byteLengthOf(lines));
  encodeInto(lines, out);
  return out;
}

function byteLengthOf(lines: readonly string[]): number {
  let length = 0;
  for (const line of lines) length += Buffer.byteLength(line, 'utf8');
  return length;
}

/** Writes the lines' UTF-8 bytes at the start of `out`, which has room for them. */
function encodeInto(lines: readonly string[], out: Buffer): void {
  let at = 0;
  for (const line of lines) at += out.write(line, at, 'utf8');
}
