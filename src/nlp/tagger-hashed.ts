// The tagger's features (tagger-features.ts `features`, which training uses) as hashes, with
// no string made (issue 15). `write` gives the same features in the same order;
// test/tagger-hashed.test.ts checks each hash against `hashString` of the feature string.
// tagger-grouped.ts scores the same features in cached groups.

import type { Casing } from '../types';
import { type HashedFeatures, PART_INTS, hashString, partsOf } from './feature-hash';
import { END, START, type Register } from './tagger-features';
import { CAPITALS, END_SHAPE, LEXICON, PREFIX1, PREFIX3, STRIDE, SUFFIX1, SUFFIX2, SUFFIX3, SUFFIX4, WORD, WordTable } from './tagger-words';

/** Padding words: ids 0 to 3 of the word table. */
const PADS = [...START, ...END];
const [START_ID, START2_ID, END_ID, END2_ID] = [0, 1, 2, 3];

/** Each feature's fixed text, hashed once: TEMPLATE.w1w is "w-1 w ", as in "w-1 w police killed". */
export const TEMPLATE = {
  bias: hashString('b'),
  w: hashString('w '),
  s4: hashString('s4 '),
  s3: hashString('s3 '),
  s2: hashString('s2 '),
  s1: hashString('s1 '),
  p1: hashString('p1 '),
  p3: hashString('p3 '),
  w1w: hashString('w-1 w '),
  nextShape: hashString('sh+1 '),
  shape: hashString('sh '),
  t1: hashString('t1 '),
  t2: hashString('t2 '),
  t1w: hashString('t1w '),
  wBefore: hashString('w-1 '),
  s3Before: hashString('s3-1 '),
  w2Before: hashString('w-2 '),
  wAfter: hashString('w+1 '),
  s3After: hashString('s3+1 '),
  w2After: hashString('w+2 '),
  wwAfter: hashString('ww+1 '),
  t1wAfter: hashString('t1w+1 '),
  s3s3: hashString('s3+1 s3 '),
  reg: { prose: hashString('reg prose '), headline: hashString('reg headline ') } as Record<Register, [number, number]>,
  regW: { prose: hashString('reg w prose '), headline: hashString('reg w headline ') } as Record<Register, [number, number]>,
  lex: hashString('lex '),
  lexAfter: hashString('lex+1 '),
  lexT1: hashString('lex t1 '),
};

/** Features of one part of one word: the template and the part's place in the word's row. */
type OnePart = readonly [readonly [number, number], number];

/** A word's own spelling features, in the original order ("w", "s4" ... "p3"). */
export const OWN_SPELLING: readonly OnePart[] = [
  [TEMPLATE.w, WORD], [TEMPLATE.s4, SUFFIX4], [TEMPLATE.s3, SUFFIX3], [TEMPLATE.s2, SUFFIX2],
  [TEMPLATE.s1, SUFFIX1], [TEMPLATE.p1, PREFIX1], [TEMPLATE.p3, PREFIX3],
];
/** The previous word's, as the next word sees them ("w-1", "s3-1"). */
export const AS_PREVIOUS: readonly OnePart[] = [[TEMPLATE.wBefore, WORD], [TEMPLATE.s3Before, SUFFIX3]];
/** The next word's, as the word before sees them ("w+1", "s3+1"). */
export const AS_NEXT: readonly OnePart[] = [[TEMPLATE.wAfter, WORD], [TEMPLATE.s3After, SUFFIX3]];

/** Writes the features of `table` for the word whose row starts at `at` in `parts`. */
export function writeParts(f: HashedFeatures, parts: Int32Array, at: number, table: readonly OnePart[]): void {
  for (const [template, offset] of table) f.begin(template).part(parts, at + offset).end();
}

/** CAPITALS, then " first" (the "sh" feature of a sentence's first word). */
export const CAPITAL_PARTS = partsOf([...CAPITALS, ' first']);
export const FIRST = CAPITALS.length * PART_INTS;

/** One sentence's words, looked up in the word table once, then the features of each word. */
export class SentenceFeatures {
  readonly words: WordTable;
  /** Word table ids of the padded sentence: word i at i + 2. */
  ids = new Int32Array(64);
  length = 0;
  casing: Casing = 'sentence';
  register: Register = 'headline';
  /** The casing's index in CAPITALS. */
  private casingAt = 0;

  /** `tagParts`: the hash parts of each tag id (partsOf), START's ids among them. */
  constructor(
    readonly tagParts: Int32Array,
    dictTagOf: (form: string) => number,
  ) {
    this.words = new WordTable(PADS, dictTagOf);
  }

  start(forms: readonly string[], casing: Casing, register: Register): void {
    const n = forms.length;
    if (this.ids.length < n + 4) this.ids = new Int32Array(2 * (n + 4));
    this.words.reserve(n);
    this.ids[0] = START_ID;
    this.ids[1] = START2_ID;
    for (let i = 0; i < n; i++) this.ids[i + 2] = this.words.idOf(forms[i] as string);
    this.ids[n + 2] = END_ID;
    this.ids[n + 3] = END2_ID;
    this.length = n;
    this.casing = casing;
    this.casingAt = CAPITALS.indexOf(casing);
    this.register = register;
  }

  /** Word i's tag id in the tag dictionary, or -1. */
  dictTag(i: number): number {
    return this.words.dictTag[this.ids[i + 2] as number] as number;
  }

  /** Word i's value of the "sh" feature, an index in CAPITALS: its shape, or the casing when that is not "sentence". */
  capitals(i: number): number {
    return this.casing === 'sentence' ? (this.words.shapeOf[this.ids[i + 2] as number] as number) : this.casingAt;
  }

  /** The value of "sh+1" at word i: the next word's "sh" ("-END-" after the last word). */
  nextCapitals(i: number): number {
    return this.casing === 'sentence' && i + 1 === this.length ? END_SHAPE : this.capitals(i + 1);
  }

  /** The features of word i after tags `prev` and `prev2` (tag ids), in `features`' order. */
  write(i: number, prev: number, prev2: number, f: HashedFeatures): void {
    const P = this.words.parts;
    const T = this.tagParts;
    const C = CAPITAL_PARTS;
    const w = (this.ids[i + 2] as number) * STRIDE;
    const p1 = (this.ids[i + 1] as number) * STRIDE;
    const p2 = (this.ids[i] as number) * STRIDE;
    const n1 = (this.ids[i + 3] as number) * STRIDE;
    const n2 = (this.ids[i + 4] as number) * STRIDE;
    const t1 = prev * PART_INTS;
    const t2 = prev2 * PART_INTS;
    f.clear();
    f.begin(TEMPLATE.bias).end();
    writeParts(f, P, w, OWN_SPELLING);
    f.begin(TEMPLATE.w1w).part(P, p1 + WORD).space().part(P, w + WORD).end();
    f.begin(TEMPLATE.nextShape).part(C, this.nextCapitals(i) * PART_INTS).end();
    f.begin(TEMPLATE.shape).part(C, this.capitals(i) * PART_INTS);
    if (i === 0) f.part(C, FIRST);
    f.end();
    f.begin(TEMPLATE.t1).part(T, t1).end();
    f.begin(TEMPLATE.t2).part(T, t2).space().part(T, t1).end();
    f.begin(TEMPLATE.t1w).part(T, t1).space().part(P, w + WORD).end();
    writeParts(f, P, p1, AS_PREVIOUS);
    f.begin(TEMPLATE.w2Before).part(P, p2 + WORD).end();
    writeParts(f, P, n1, AS_NEXT);
    f.begin(TEMPLATE.w2After).part(P, n2 + WORD).end();
    f.begin(TEMPLATE.wwAfter).part(P, w + WORD).space().part(P, n1 + WORD).end();
    f.begin(TEMPLATE.t1wAfter).part(T, t1).space().part(P, n1 + WORD).end();
    f.begin(TEMPLATE.s3s3).part(P, n1 + SUFFIX3).space().part(P, w + SUFFIX3).end();
    f.begin(TEMPLATE.reg[this.register]).part(T, t1).space().part(P, w + SUFFIX2).end();
    f.begin(TEMPLATE.regW[this.register]).part(T, t1).space().part(P, w + WORD).end();
    f.begin(TEMPLATE.lex).part(P, w + LEXICON).end();
    f.begin(TEMPLATE.lexAfter).part(P, n1 + LEXICON).end();
    f.begin(TEMPLATE.lexT1).part(T, t1).space().part(P, w + LEXICON).end();
  }
}
