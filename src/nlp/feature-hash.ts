// Features as numbers (issue 15). A model feature is a string ("w-1 w police killed"); the
// models keep those strings, but tagging compares 64-bit hashes of them, built from hashes
// of their parts without ever making the string.
//
// The hash of a string is a polynomial over its UTF-16 code units, in two 32-bit lanes with
// different odd multipliers: h = K; for each code unit c, h = h·B + c (mod 2^32). Such a hash
// composes: hash(a + b) = hash(a)·B^|b| + tail(b), where tail(b) is b's hash from 0 and
// B^|b| depends only on b's length. So "w-1 w " + p1 + " " + w is hashed from the hash of
// the fixed text "w-1 w ", then p1's (tail, B^|p1|) pair, a space, then w's pair, each pair
// worked out once per word form and kept (tagger-words.ts). The same string always gets the
// same hash whichever way it was put together: model-binary.ts hashes the model's feature
// strings whole, the tagger in parts.
//
// Collisions: the model writer (model-binary.ts) refuses a model where two features share
// both lanes, so a feature in the model is never taken for another. A feature the model has
// not seen matches one of its n features only if all 64 bits agree: for text not built to
// collide, about n / 2^64 per lookup (n = 212,000 for the tagger: 1 in 10^14), so with 28
// lookups a word, one word in some 3·10^12 might get a stray weight. (The lowest bit of both
// lanes is the parity of the code units' sum, so count 63 bits, not 64: still 1 in 4·10^13.)

const B1 = 0x01000193;
const B2 = 0x5bd1e995;
const K1 = 0x811c9dc5 | 0;
const K2 = 0x27d4eb2f | 0;

/** A name for this scheme, kept in the binary model so that another scheme's file is not read. */
export const HASHING = 'poly32x2:01000193:5bd1e995:811c9dc5:27d4eb2f';

/**
 * A string as a part of a feature: [tail lane 1, tail lane 2, B1^length, B2^length], four
 * Int32s at `at` in some Int32Array.
 */
export const PART_INTS = 4;

export function writePart(s: string, out: Int32Array, at: number): void {
  let t1 = 0;
  let t2 = 0;
  let p1 = 1;
  let p2 = 1;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    t1 = (Math.imul(t1, B1) + c) | 0;
    t2 = (Math.imul(t2, B2) + c) | 0;
    p1 = Math.imul(p1, B1);
    p2 = Math.imul(p2, B2);
  }
  out[at] = t1;
  out[at + 1] = t2;
  out[at + 2] = p1;
  out[at + 3] = p2;
}

/** Parts of a few fixed strings ("-END-", "title", " first"), by index in `strings`. */
export function partsOf(strings: readonly string[]): Int32Array {
  const parts = new Int32Array(strings.length * PART_INTS);
  strings.forEach((s, i) => writePart(s, parts, i * PART_INTS));
  return parts;
}

/** The hash of the empty string: where `HashedFeatures.text` starts a feature given whole. */
export const EMPTY: readonly [number, number] = [K1, K2];

/** Both lanes of a whole string's hash: what the model writer stores for each feature. */
export function hashString(s: string): [number, number] {
  let h1 = K1;
  let h2 = K2;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    h1 = (Math.imul(h1, B1) + c) | 0;
    h2 = (Math.imul(h2, B2) + c) | 0;
  }
  return [h1, h2];
}

/**
 * The features of one word as hashes, reused from word to word: `lo[k]`, `hi[k]` are the
 * lanes of feature k, in the order the features were listed. Built as
 * `f.begin(PREFIX).part(parts, at).space().part(parts, at2).end()`.
 */
export class HashedFeatures {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  length = 0;
  private h1 = 0;
  private h2 = 0;

  constructor(capacity: number) {
    this.lo = new Int32Array(capacity);
    this.hi = new Int32Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  /** Starts a feature with its fixed text, as hashed by `hashString` ("t1 " for "t1 NN"). */
  begin(prefix: readonly [number, number]): this {
    this.h1 = prefix[0];
    this.h2 = prefix[1];
    return this;
  }

  /** Appends the string whose part is at `parts[at ...]` (writePart). */
  part(parts: Int32Array, at: number): this {
    this.h1 = (Math.imul(this.h1, parts[at + 2] as number) + (parts[at] as number)) | 0;
    this.h2 = (Math.imul(this.h2, parts[at + 3] as number) + (parts[at + 1] as number)) | 0;
    return this;
  }

  /**
   * Appends a string code unit by code unit, as `hashString` hashes it: for features made of
   * strings no word table keeps parts of (the voice classifier's), with no string made.
   */
  text(s: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      h1 = (Math.imul(h1, B1) + c) | 0;
      h2 = (Math.imul(h2, B2) + c) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** Appends one space: the separator of a feature's parts. */
  space(): this {
    this.h1 = (Math.imul(this.h1, B1) + 32) | 0;
    this.h2 = (Math.imul(this.h2, B2) + 32) | 0;
    return this;
  }

  end(): void {
    if (this.length === this.lo.length) throw new Error(`more than ${this.lo.length} features`);
    this.lo[this.length] = this.h1;
    this.hi[this.length] = this.h2;
    this.length++;
  }
}
