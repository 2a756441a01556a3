// A linear model in a form that loads in milliseconds (issue 15): the JSON model's features
// in an open-addressing hash table of typed arrays, read straight from a file with no
// parsing. Written from the shipped models/*.json.gz (the reproducible artefacts of `npm run
// train`) by `npm run build:models`, which `npm install` runs; the sha-256 of the JSON file
// it came from is kept in it, so a stale binary is never used. Lookups compare the feature
// string itself after the hash, so a collision can cost a probe but never give a wrong weight.
//
// Layout (little-endian): "FRMLM001", u32 header length, header JSON, zero padding to a
// multiple of 8, then Int32 slots[slotCount], Uint32 hashes[n], Uint32 textStart[n + 1],
// Uint32 pairStart[n + 1], Float32 weights[pairs], Uint8 classes[pairs], UTF-8 feature text.

import { createHash } from 'node:crypto';
import { type LinearModelFile, bestClass } from './perceptron';

const MAGIC = 'FRMLM001';
/** Lookups remembered (about 30 MB at most). */
const SEEN_MAX = 300_000;

interface Header {
  /** sha-256 (hex) of the .json.gz the model was written from. */
  source: string;
  classes: string[];
  features: number;
  slots: number;
  pairs: number;
  textBytes: number;
  /** The JSON file's other fields (tagdict, threshold, ...). */
  extra: Record<string, unknown>;
}

/** FNV-1a over UTF-16 code units: cheap, and the same on writing and reading. */
export function featureHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function encodeModel<T extends LinearModelFile>(file: T, source: string): Buffer {
  const { classes, weights, ...rest } = file;
  const extra = rest as Record<string, unknown>;
  const names = Object.keys(weights);
  const n = names.length;
  let slots = 1;
  while (slots < n * 2) slots *= 2;
  const table = new Int32Array(slots).fill(-1);
  const hashes = new Uint32Array(n);
  const textStart = new Uint32Array(n + 1);
  const pairStart = new Uint32Array(n + 1);
  const texts = names.map((name) => Buffer.from(name, 'utf8'));
  let pairs = 0;
  names.forEach((name, i) => {
    const h = featureHash(name);
    hashes[i] = h;
    let s = h & (slots - 1);
    while ((table[s] as number) !== -1) s = (s + 1) & (slots - 1);
    table[s] = i;
    textStart[i + 1] = (textStart[i] as number) + (texts[i] as Buffer).length;
    pairs += (weights[name] as number[]).length / 2;
    pairStart[i + 1] = pairs;
  });
  const weightOf = new Float32Array(pairs);
  const classOf = new Uint8Array(pairs);
  names.forEach((name, i) => {
    const list = weights[name] as number[];
    for (let k = 0; k < list.length / 2; k++) {
      classOf[(pairStart[i] as number) + k] = list[2 * k] as number;
      weightOf[(pairStart[i] as number) + k] = list[2 * k + 1] as number;
    }
  });
  const header: Header = { source, classes, features: n, slots, pairs, textBytes: textStart[n] as number, extra };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(8 + 4 + json.length + ((8 - ((12 + json.length) % 8)) % 8));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 12);
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([head, bytes(table), bytes(hashes), bytes(textStart), bytes(pairStart), bytes(weightOf), bytes(classOf), ...texts]);
}

/** The model read from its binary form: the same scores as LinearModel over the same JSON. */
export class BinaryLinearModel {
  readonly classes: string[];
  readonly source: string;
  readonly extra: Record<string, unknown>;
  private readonly mask: number;
  private readonly table: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly textStart: Uint32Array;
  private readonly pairStart: Uint32Array;
  private readonly weightOf: Float32Array;
  private readonly classOf: Uint8Array;
  private readonly text: Buffer;

  constructor(buffer: Buffer) {
    if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a framing binary model');
    const length = buffer.readUInt32LE(8);
    const header = JSON.parse(buffer.toString('utf8', 12, 12 + length)) as Header;
    // a fresh copy, 8-aligned, so every typed array can view it in place
    const data = new Uint8Array(buffer.length);
    data.set(buffer);
    let at = 12 + length + ((8 - ((12 + length) % 8)) % 8);
    const view = <T>(make: new (b: ArrayBuffer, o: number, n: number) => T, n: number, size: number): T => {
      const v = new make(data.buffer, at, n);
      at += n * size;
      return v;
    };
    this.table = view(Int32Array, header.slots, 4);
    this.hashes = view(Uint32Array, header.features, 4);
    this.textStart = view(Uint32Array, header.features + 1, 4);
    this.pairStart = view(Uint32Array, header.features + 1, 4);
    this.weightOf = view(Float32Array, header.pairs, 4);
    this.classOf = view(Uint8Array, header.pairs, 1);
    this.text = Buffer.from(data.buffer, at, header.textBytes);
    this.mask = header.slots - 1;
    this.classes = header.classes;
    this.source = header.source;
    this.extra = header.extra;
  }

  /**
   * Features looked up so far and their index (-1: not in the model). Features repeat from
   * word to word, so after a few sentences nearly every lookup is one Map hit, as with the
   * JSON model; the table below is read only for a feature not seen yet. Emptied when full.
   */
  private readonly seen = new Map<string, number>();

  /** The feature's index, or -1. */
  private find(feature: string): number {
    const known = this.seen.get(feature);
    if (known !== undefined) return known;
    const h = featureHash(feature);
    let found = -1;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const i = this.table[s] as number;
      if (i === -1) break;
      if (this.hashes[i] === h && this.text.toString('utf8', this.textStart[i], this.textStart[i + 1]) === feature) {
        found = i;
        break;
      }
    }
    if (this.seen.size >= SEEN_MAX) this.seen.clear();
    this.seen.set(feature, found);
    return found;
  }

  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.classes.length);
    for (const feature of features) {
      const i = this.find(feature);
      if (i === -1) continue;
      for (let k = this.pairStart[i] as number; k < (this.pairStart[i + 1] as number); k++) {
        scores[this.classOf[k] as number]! += this.weightOf[k] as number;
      }
    }
    return scores;
  }

  best(features: readonly string[]): string {
    return bestClass(this.scores(features), this.classes);
  }
}
