// Where an export writes: a TextSink (a stream with backpressure: src/io/writer.ts), a
// tally, and a buffer in between.

import type { TextSink } from '../../io/writer';

export interface ExportTally {
  /** Lines written, header excluded. */
  rows: number;
  documents: number;
  /** Documents left out or written without annotations because they have no analysis yet. */
  unannotated: number;
}

/** Collects lines into chunks of about 64 kB before writing them. */
export class Buffered {
  private text = '';
  constructor(private readonly sink: TextSink) {}

  async add(line: string): Promise<void> {
    this.text += line;
    if (this.text.length >= 65_536) await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.text;
    this.text = '';
    if (text) await this.sink.write(text);
  }
}
