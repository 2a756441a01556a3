// Cached scores of the tagger's features of the tag before and the word itself (issue 15):
// "t1w DT police", "reg headline DT ce", "reg w headline DT police", "lex t1 DT NN", summed
// with the word's own features ("w police", "s3 ice", ...; tagger-grouped.ts). They are most
// of the features a word has in the model, and each is a look-up in a table far larger than
// the processor's caches; a word after the tag it had after before (the common case: "the
// police", "were killed") reads one row instead.
//
// Rows are kept per word form (its id in the word table) in a short chain, one row per tag
// before and register; when the rows run out, all are dropped and filled again.

/**
 * Rows kept before all are dropped: 12.8 MB of scores at the tagger's 49 classes. The 30,000
 * headlines of `npm run bench:throughput` need about 18,000 rows: at 1 << 14 the rows were
 * dropped again and again and 140,000 filled; here 18,000. On 15,525 sentences of UD English
 * EWT, none repeated, 61,000 rows are filled instead of 71,000 (issue 15).
 */
export const MAX_ROWS = 1 << 15;

export class TagWordRows {
  /** The scores of each row, `classes` Float64s per row. */
  readonly scores: Float64Array;
  /** Per form id: its first row, or -1. */
  private heads: Int32Array;
  /** Per row: its key (tag before and register) and the form's next row, or -1. */
  private readonly keys = new Int32Array(MAX_ROWS);
  private readonly nextRow = new Int32Array(MAX_ROWS);
  private used = 0;

  constructor(
    private readonly classes: number,
    forms: number,
  ) {
    this.scores = new Float64Array(MAX_ROWS * classes);
    this.heads = new Int32Array(forms).fill(-1);
  }

  /** The row of form `id` under `key`, or -1. */
  find(id: number, key: number): number {
    for (let row = this.heads[id] as number; row !== -1; row = this.nextRow[row] as number) {
      if (this.keys[row] === key) return row;
    }
    return -1;
  }

  /** A new row for form `id` under `key`, its scores to be written by the caller. */
  add(id: number, key: number): number {
    if (this.used === MAX_ROWS) {
      this.heads.fill(-1);
      this.used = 0;
    }
    const row = this.used++;
    this.keys[row] = key;
    this.nextRow[row] = this.heads[id] as number;
    this.heads[id] = row;
    return row;
  }

  /** Drops the rows of form `id`: another form now has the id. */
  forget(id: number): void {
    this.heads[id] = -1;
  }

  /** Room for `forms` form ids, the rows kept. */
  grow(forms: number): void {
    const heads = new Int32Array(forms).fill(-1);
    heads.set(this.heads.subarray(0, Math.min(forms, this.heads.length)));
    this.heads = heads;
  }
}
