// Rows of cached scores shared by the forms whose features the model scores alike (issue 15).
// A group's row (tagger-grouped.ts: a form's features as the next word, "w+1 X", "s3+1 X",
// "lex+1 X") is the sum of the weights of the model features it has, in order; forms the model
// knows nothing particular of have the same features in it: a rare name's "w+1" and "w-2" are
// not in the model, so its rows are those of its suffix alone, or nothing. Over the real
// headlines' 13,109 forms, 59% of the w-2 and w+2 rows are all zero, and the five groups have
// 26,465 distinct rows, not 65,545. Such rows are kept once, keyed by the model slots of their
// features: 15 MB less written (each new 4 KB page of it a page fault, about 11 µs on the
// machine of the benchmarks) and fewer rows for the hot loop to read. The index is typed
// arrays: keyed by strings in a Map, its garbage grew the heap by 27 MB. A store may keep its
// rows in float32 (tagger-grouped.ts says when that is safe): each row is summed in float64
// and rounded once.

import type { HashedFeatures } from './feature-hash';
import type { HashedLinearModel } from './model-binary';

/** The row of a group the model has no feature of: all zero, shared by every form. */
export const ZERO_ROW = 0;

export class SharedRows {
  /** The rows' scores, `classes` per row (float32 when `single`); row 0 all zero. */
  scores: Float64Array | Float32Array = new Float64Array(0);
  /** Per row, the model slots of its features (-1: not in the model), `width` Int32s. */
  private keys = new Int32Array(0);
  /** Open addressing over the rows' keys: row + 1, 0 empty; at most half full. */
  private index = new Int32Array(0);
  private shift = 0;
  private capacity = 0;
  private used = 1;
  private readonly slots: Int32Array;
  /** A row's exact sum, before it is stored. */
  private readonly sum: Float64Array;

  /** `width`: the features of the group, as many each time; `single`: rows kept in float32. */
  constructor(
    private readonly model: HashedLinearModel,
    private readonly classes: number,
    capacity: number,
    private readonly width: number,
    private readonly single = false,
  ) {
    this.slots = new Int32Array(width);
    this.sum = new Float64Array(classes);
    this.allocate(capacity);
  }

  /**
   * Whether `rows` more rows fit. When they do not, every row is dropped (and the caller must
   * forget which forms had which) and false is returned; rows then fit, the store grown if need be.
   */
  room(rows: number): boolean {
    if (this.used + rows <= this.capacity) return true;
    if (1 + rows > this.capacity) this.allocate(1 + rows);
    else this.index.fill(0);
    this.used = 1;
    return false;
  }

  /**
   * The row of the features in `f` (`width` of them): the zero row when the model has none of
   * them, else the row of the same model features, summed on first use in the order of `f`,
   * as `scoreRow` sums them.
   */
  rowOf(f: HashedFeatures): number {
    const { slots, width, keys, index } = this;
    if (f.length !== width) throw new Error(`${f.length} features for a group of ${width}`);
    let hash = 0;
    let any = false;
    for (let k = 0; k < width; k++) {
      const slot = this.model.find(f.lo[k] as number, f.hi[k] as number);
      slots[k] = slot;
      if (slot !== -1) any = true;
      hash = Math.imul(hash ^ slot, 0x9e3779b1);
    }
    if (!any) return ZERO_ROW;
    const mask = index.length - 1;
    let s = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b) >>> this.shift;
    for (; index[s] !== 0; s = (s + 1) & mask) {
      const row = (index[s] as number) - 1;
      let k = 0;
      while (k < width && keys[row * width + k] === slots[k]) k++;
      if (k === width) return row;
    }
    const row = this.used++;
    index[s] = row + 1;
    keys.set(slots, row * width);
    const sum = this.sum.fill(0);
    for (let k = 0; k < width; k++) this.model.addSlot(slots[k] as number, sum);
    this.scores.set(sum, row * this.classes);
    return row;
  }

  private allocate(capacity: number): void {
    this.capacity = capacity;
    this.scores = this.single ? new Float32Array(capacity * this.classes) : new Float64Array(capacity * this.classes);
    this.keys = new Int32Array(capacity * this.width);
    let slots = 2;
    while (slots < 2 * capacity) slots *= 2;
    this.index = new Int32Array(slots);
    this.shift = 32 - Math.log2(slots);
  }
}
