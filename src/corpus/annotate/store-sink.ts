// Where `framing annotate --db` writes: each output line (a store row, made by the workers:
// src/cli/annotate/annotate-doc.ts) saved with its item, one transaction per batch; and its
// error lines, naming items instead of lines.

import { Writable } from 'node:stream';
import { analyserVersion } from '../../provenance';
import { type AnalysisRow, saveAnalysisRow } from '../store/analyses';
import type { CorpusStore } from '../store/store';

export class StoreSink {
  saved = 0;
  constructor(private readonly store: CorpusStore) {}

  async write(text: string): Promise<void> {
    const lines = text.split('\n').filter((l) => l !== '');
    if (lines.length === 0) return;
    this.store.write(() => {
      for (const line of lines) {
        const { id, counts, categories, packed } = JSON.parse(line) as { id: string; packed: string } & Omit<AnalysisRow, 'packed'>;
        if (saveAnalysisRow(this.store, id, { counts, categories, packed: Buffer.from(packed, 'base64') }, analyserVersion())) this.saved++;
      }
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
