// A linear model as typed arrays keyed by feature hashes (issue 15): loads in milliseconds
// from a file read with no parsing, and scores a word with no string made or looked up.
// Written from the shipped models/*.json.gz (the reproducible artefacts of `npm run train`)
// by `npm run build:models`, which `npm install` runs; the sha-256 of the JSON file it came
// from is kept in it, so a stale binary is never used. The same layout is built in memory
// from a JSON model when there is no binary (`HashedLinearModel.fromFile`).
//
// Keys are the 64-bit hashes of feature-hash.ts. The writer refuses a model in which two
// features share a hash, so a model feature always finds its own weights; an unseen feature
// hits another's with odds of about 1 in 10^14 per lookup (feature-hash.ts).
//
// Layout (little-endian): "FRMLM006", u32 header length, header JSON, zero padding to a
// multiple of 8, then the slots of an open-addressing hash table, four Int32s each (hash
// lane 1, hash lane 2, first pair, pair count; count 0: empty), then the pairs, eight bytes
// each (Int32 class index, Float32 weight), each feature's in the JSON file's order, then
// the bit set of the features present (`presentBits`), Int32s.

import { HASHING, type HashedFeatures, hashString } from './feature-hash';
import { Exactness, type ExactnessFacts, sumsAreExact } from './model-exactness';
import { type LinearModelFile, bestClass } from './perceptron';

/** The layout's version: a change to it or to `firstSlot` needs a new one, so old files are rewritten. */
const MAGIC = 'FRMLM006';
const SLOT_INTS = 4;

interface Header {
  /** sha-256 (hex) of the .json.gz the model was written from. */
  source: string;
  /** feature-hash.ts's scheme: a file hashed otherwise is not read. */
  hashing: string;
  classes: string[];
  slots: number;
  pairs: number;
  /** What says whether sums are exact (model-exactness.ts). */
  exactness: ExactnessFacts;
  /** The JSON file's other fields (tagdict, threshold, ...). */
  extra: Record<string, unknown>;
}

export { sha256 } from './cache-file';

/**
 * The slot a hash starts probing at: the top bits of a multiplicative mix of both lanes.
 * Not plain lo ^ hi: features that differ in their last character ("w+1 killed",
 * "w+1 killer") differ by the same amount in both lanes, which XOR cancels, and such
 * features piled up 80 to a slot.
 */
function firstSlot(lo: number, hi: number, shift: number): number {
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> shift;
}

/** A hash's bit in `HashedLinearModel.present`: from another mix of the lanes than `firstSlot`'s. */
function presentBit(lo: number, hi: number, shift: number): number {
  return Math.imul(hi ^ Math.imul(lo, 0xcc9e2d51), 0x1b873593) >>> shift;
}

function shiftFor(slots: number): number {
  return 32 - Math.log2(slots);
}

/** Int32s of the bit set of features present: eight bits per slot. */
function presentInts(slots: number): number {
  return Math.max(1, (slots * 8) >>> 5);
}

/** The bit set of the features in `table` (`HashedLinearModel.present`). */
function presentBits(table: Int32Array, slots: number): Int32Array {
  const present = new Int32Array(presentInts(slots));
  const shift = shiftFor(slots) - 3;
  for (let at = 0; at < table.length; at += SLOT_INTS) {
    if (table[at + 3] === 0) continue;
    const bit = presentBit(table[at] as number, table[at + 1] as number, shift);
    present[bit >>> 5]! |= 1 << (bit & 31);
  }
  return present;
}

/** `hash`: feature-hash.ts's, or a test's that makes features collide. */
export function encodeModel<T extends LinearModelFile>(file: T, source: string, hash: (feature: string) => [number, number] = hashString): Buffer {
  const { classes, weights, ...rest } = file;
  const names = Object.keys(weights).filter((name) => (weights[name] as number[]).length > 0);
  let slots = 16;
  while (slots < names.length * 2) slots *= 2;
  const table = new Int32Array(slots * SLOT_INTS);
  const owner = new Int32Array(slots);
  const totalPairs = names.reduce((n, name) => n + (weights[name] as number[]).length / 2, 0);
  const pairBytes = new ArrayBuffer(totalPairs * 8);
  const classOf = new Int32Array(pairBytes);
  const weightOf = new Float32Array(pairBytes);
  const shift = shiftFor(slots);
  const exactness = new Exactness();
  let pairs = 0;
  names.forEach((name, i) => {
    const [lo, hi] = hash(name);
    let s = firstSlot(lo, hi, shift);
    for (; table[s * SLOT_INTS + 3] !== 0; s = (s + 1) & (slots - 1)) {
      if (table[s * SLOT_INTS] === lo && table[s * SLOT_INTS + 1] === hi) {
        throw new Error(`model features ${JSON.stringify(names[owner[s] as number])} and ${JSON.stringify(name)} share a hash`);
      }
    }
    const list = weights[name] as number[];
    table.set([lo, hi, pairs, list.length / 2], s * SLOT_INTS);
    owner[s] = i;
    for (let k = 0; k < list.length; k += 2, pairs++) {
      classOf[2 * pairs] = list[k] as number;
      weightOf[2 * pairs + 1] = list[k + 1] as number;
    }
    exactness.add(classOf.subarray(2 * (pairs - list.length / 2), 2 * pairs), weightOf.subarray(2 * (pairs - list.length / 2), 2 * pairs));
  });
  const header: Header = { source, hashing: HASHING, classes, slots, pairs, exactness: exactness.facts(), extra: rest as Record<string, unknown> };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(8 + 4 + json.length + ((8 - ((12 + json.length) % 8)) % 8));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 12);
  // the bit set is written, not made at each start-up: 30 ms of every process (issue 15)
  return Buffer.concat([head, Buffer.from(table.buffer), Buffer.from(pairBytes), Buffer.from(presentBits(table, slots).buffer)]);
}

/** The model read from its binary form: the same scores as LinearModel over the same JSON. */
export class HashedLinearModel {
  readonly classes: string[];
  readonly source: string;
  readonly extra: Record<string, unknown>;
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly classOf: Int32Array;
  private readonly weightOf: Float32Array;
  /** Scores of the last `bestOf`, reused. */
  private readonly scratch: Float64Array;
  private readonly header: Header;
  /**
   * A bit set, eight bits per slot (4 Mbit, 512 KB, for the tagger), with the bit of each of
   * the model's features set: most features a text has and the model has not ("ww+1 police
   * killed") are turned away here without reading the 8 MB table, where every read is
   * likely a cache miss.
   */
  private readonly present: Int32Array;
  private readonly presentShift: number;

  /** `buffer`: the file; one over a SharedArrayBuffer is viewed in place (workers share it). */
  constructor(buffer: Buffer) {
    if (buffer.length < 12 || buffer.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a framing binary model');
    const length = buffer.readUInt32LE(8);
    const header = JSON.parse(buffer.toString('utf8', 12, 12 + length)) as Header;
    if (header.hashing !== HASHING) throw new Error(`model hashed as ${header.hashing}, not ${HASHING}`);
    // 8-aligned, so every typed array can view it in place: a buffer that is the whole of its
    // memory is, a file as read (no 13 MB copy at start-up) or shared memory (worker threads
    // then share one copy of the weights); a slice of other memory is copied
    const whole = buffer.byteOffset === 0 && buffer.length === buffer.buffer.byteLength;
    const data = whole ? new Uint8Array(buffer.buffer, 0, buffer.length) : new Uint8Array(buffer.length);
    if (!whole) data.set(buffer);
    const at = 12 + length + ((8 - ((12 + length) % 8)) % 8);
    this.table = new Int32Array(data.buffer, at, header.slots * SLOT_INTS);
    const pairsAt = at + header.slots * SLOT_INTS * 4;
    this.classOf = new Int32Array(data.buffer, pairsAt, header.pairs * 2);
    this.weightOf = new Float32Array(data.buffer, pairsAt, header.pairs * 2);
    this.mask = header.slots - 1;
    this.shift = shiftFor(header.slots);
    this.classes = header.classes;
    this.source = header.source;
    this.extra = header.extra;
    this.scratch = new Float64Array(this.classes.length);
    this.header = header;
    this.presentShift = this.shift - 3;
    this.present = new Int32Array(data.buffer, pairsAt + header.pairs * 8, presentInts(header.slots));
  }

  /** Whether sums of up to `features` features are exact, so the same in any order (model-exactness.ts). */
  exactSums(features: number): boolean {
    return sumsAreExact(this.header.exactness, features);
  }

  /** The largest absolute score a sum of `features` features can reach: each class's weights at most once (exactSums). */
  maxScore(features: number): number {
    return features * this.header.exactness.maxWeight;
  }

  /** The slot of the feature hashed (lo, hi), or -1 when the model does not have it. */
  find(lo: number, hi: number): number {
    const bit = presentBit(lo, hi, this.presentShift);
    if (((this.present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    const table = this.table;
    for (let s = firstSlot(lo, hi, this.shift); ; s = (s + 1) & this.mask) {
      const at = s * SLOT_INTS;
      if (table[at + 3] === 0) return -1;
      if (table[at] === lo && table[at + 1] === hi) return s;
    }
  }

  /**
   * Adds the weights of the feature in `slot` (from `find`; -1: none) to `scores`, class c's
   * at `offset + c`: an offset, not a subarray, so that filling a row of a cache allocates nothing.
   */
  addSlot(slot: number, scores: Float64Array, offset = 0): void {
    if (slot === -1) return;
    const at = slot * SLOT_INTS;
    const start = 2 * (this.table[at + 2] as number);
    const end = start + 2 * (this.table[at + 3] as number);
    for (let k = start; k < end; k += 2) scores[offset + (this.classOf[k] as number)]! += this.weightOf[k + 1] as number;
  }

  /** A model as trained (train/), built in memory. */
  static fromFile(file: LinearModelFile, source = ''): HashedLinearModel {
    return new HashedLinearModel(encodeModel(file, source));
  }

  /** Adds the weights of each feature, in order, to `scores` (from `offset`, as `addSlot`). */
  addAll(features: HashedFeatures, scores: Float64Array, offset = 0): void {
    for (let f = 0; f < features.length; f++) this.addSlot(this.find(features.lo[f] as number, features.hi[f] as number), scores, offset);
  }

  /** Scores of each class, summed in the order of the features: the same sums as LinearModel. */
  scoreInto(features: HashedFeatures, scores: Float64Array): Float64Array {
    return this.scoreRow(features, scores, 0);
  }

  /** `scoreInto` of the row of `scores` that starts at `offset` (a row of a cache of scores). */
  scoreRow(features: HashedFeatures, scores: Float64Array, offset: number): Float64Array {
    scores.fill(0, offset, offset + this.classes.length);
    this.addAll(features, scores, offset);
    return scores;
  }

  /** The index of the best class (the first of equals). */
  bestOf(features: HashedFeatures): number {
    return bestIndex(this.scoreInto(features, this.scratch));
  }

  /** Scores of features given as strings: the voice classifier's few per candidate, training, tests. */
  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.classes.length);
    for (const feature of features) {
      const [lo, hi] = hashString(feature);
      this.addSlot(this.find(lo, hi), scores);
    }
    return scores;
  }

  best(features: readonly string[]): string {
    return bestClass(this.scores(features), this.classes);
  }
}

/** The index of the highest score (the first of equals). */
export function bestIndex(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
  return best;
}
