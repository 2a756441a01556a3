// Cached scores of the tagger's features of the tag before and the word itself (issue 15):
// "t1w DT police", "reg headline DT ce", "reg w headline DT police", "lex t1 DT NN", summed
// with the word's own features ("w police", "s3 ice", ...; tagger-grouped.ts). They are most
// of the features a word has in the model, and each is a look-up in a table far larger than
// the processor's caches; a word after the tag it had after before (the common case: "the
// police", "were killed") reads one row instead.
//
// Rows are found through a small open-addressing index keyed by (form id, key: tag before and
// register). It was a chain of rows per form: "the" or "in" follow dozens of tags, and a
// look-up walked 11 rows on average over the real headlines (issue 15). When the rows run
// out, all are dropped and filled again.

/**
 * Rows kept before all are dropped: 26 MB of float32 scores at the tagger's 49 classes, of which only
 * the rows filled are ever written (and cost page faults). The 7,719 real headlines and
 * sentences of `npm run bench:throughput` need 33,678 rows: at 1 << 15 the rows were dropped
 * on every pass over them and 32,600 filled again per pass; here none after the first. At
 * 1 << 14, on the 3,400 headlines the bench had then, they were dropped again and again. On
 * 15,525 sentences of UD English EWT, none repeated, 61,000 rows were filled at 1 << 15 instead
 * of 71,000 at 1 << 14 (issue 15). The bench's 30,000 annotated headlines need 98,300 rows:
 * at 1 << 16 they were dropped once mid-file and 16,500 filled again (speed9).
 */
export const MAX_ROWS = 1 << 17;

/** Index slots: twice the rows, so that the index is at most half full and a look-up reads one or two slots. */
const SLOTS = 2 * MAX_ROWS;
const SLOT_SHIFT = 32 - Math.log2(SLOTS);
/** Int32s per slot: form id, key, the form id's generation, row + 1 (0: empty, so that a new index is written nowhere). */
const SLOT_INTS = 4;

export class TagWordRows {
  /** The scores of each row, `classes` float32s per row, each rounded once from its exact sum (tagger-grouped.ts). */
  readonly scores: Float32Array;
  /** The index, SLOT_INTS per slot: one cache line read per slot probed. */
  private readonly slots = new Int32Array(SLOTS * SLOT_INTS);
  /**
   * Per form id, how many forms have had it: a row is found only under its form's current
   * generation, so forgetting a form touches nothing but this counter.
   */
  private generation: Int32Array;
  private used = 0;

  constructor(
    private readonly classes: number,
    forms: number,
  ) {
    this.scores = new Float32Array(MAX_ROWS * classes);
    this.generation = new Int32Array(forms);
  }

  /** The row of form `id` under `key`, or -1. */
  find(id: number, key: number): number {
    const slots = this.slots;
    const generation = this.generation[id] as number;
    for (let s = slotOf(id, key); ; s = (s + 1) & (SLOTS - 1)) {
      const at = s * SLOT_INTS;
      const next = slots[at + 3] as number;
      if (next === 0) return -1;
      if (slots[at] === id && slots[at + 1] === key && slots[at + 2] === generation) return next - 1;
    }
  }

  /** A new row for form `id` under `key` (which `find` did not have), its scores to be written by the caller. */
  add(id: number, key: number): number {
    if (this.used === MAX_ROWS) {
      this.slots.fill(0);
      this.used = 0;
    }
    const row = this.used++;
    const slots = this.slots;
    let s = slotOf(id, key);
    while (slots[s * SLOT_INTS + 3] !== 0) s = (s + 1) & (SLOTS - 1);
    slots.set([id, key, this.generation[id] as number, row + 1], s * SLOT_INTS);
    return row;
  }

  /** Drops the rows of form `id`: another form now has the id. */
  forget(id: number): void {
    this.generation[id]!++;
  }

  /** Room for `forms` form ids, the rows kept. */
  grow(forms: number): void {
    const generation = new Int32Array(forms);
    generation.set(this.generation.subarray(0, Math.min(forms, this.generation.length)));
    this.generation = generation;
  }
}

/** The slot a (form, key) pair starts probing at: a multiplicative mix, top bits. */
function slotOf(id: number, key: number): number {
  return Math.imul(Math.imul(id, 0x9e3779b1) ^ key, 0x85ebca6b) >>> SLOT_SHIFT;
}
