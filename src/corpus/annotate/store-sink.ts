// Where `framing annotate --db` writes: each output line (a store row, made by the workers:
// src/corpus/annotate/annotate-doc.ts) saved with its item, one transaction per batch; and its
// error lines, naming items instead of lines.

import { Writable } from 'node:stream';
import type { LineSink } from '../../io/writer';
import { analyserVersion } from '../../provenance';
import { type CountedRow, saveCountedRows } from '../store/analyses';
import type { CorpusStore } from '../store/store';

export class StoreSink implements LineSink {
  saved = 0;
  constructor(private readonly store: CorpusStore) {}

  async writeLines(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    // a line with a "block" starts the rows packed in it (src/corpus/annotate/annotate-doc.ts)
    const blocks: Array<{ block: Buffer; rows: CountedRow[] }> = [];
    for (const line of lines) {
      const { block, ...row } = JSON.parse(line) as CountedRow & { block?: string };
      if (block !== undefined) blocks.push({ block: Buffer.from(block, 'base64'), rows: [] });
      blocks.at(-1)?.rows.push(row);
    }
    this.store.write(() => {
      for (const { block, rows } of blocks) this.saved += saveCountedRows(this.store, block, rows, analyserVersion()).length;
    });
  }
}

/** Rewrites "line N: reason" as 'item "ID": reason' and passes it on. */
export class ItemErrors extends Writable {
  constructor(
    private readonly out: Writable,
    private readonly labels: Map<number, string>,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    const text = chunk.toString('utf8').replace(/^line (\d+): /gm, (whole, n: string) => {
      const id = this.labels.get(Number(n));
      return id === undefined ? whole : `item ${JSON.stringify(id)}: `;
    });
    this.out.write(text);
    done();
  }
}
