// What the tagger's features need of a word form, worked out once per form and kept
// (issue 15): its normalised lower-case form, suffixes and prefixes, and Brill lexicon tags as
// hash parts (feature-hash.ts), its shape, and its tag in the tag dictionary. "police" in the
// 500th headline costs one Map lookup, not a lower-casing, a number test, seven slices, a
// lexicon lookup and five regular expressions.

import { PART_INTS, writePart } from './feature-hash';
import { lexiconTags } from './tag-lexicon';
import { normalise, shape } from './tagger-features';

/** Where each part is in a form's record: offsets in Int32s. */
export const WORD = 0;
export const SUFFIX4 = PART_INTS;
export const SUFFIX3 = 2 * PART_INTS;
export const SUFFIX2 = 3 * PART_INTS;
export const SUFFIX1 = 4 * PART_INTS;
export const PREFIX1 = 5 * PART_INTS;
export const PREFIX3 = 6 * PART_INTS;
export const LEXICON = 7 * PART_INTS;
/** Int32s per form. */
export const STRIDE = 8 * PART_INTS;

/** Shapes (tagger-features.ts `shape`), then the other values of the "sh" features. */
export const CAPITALS = ['XX', 'X', 'Xx', 'd', 'xd', 'x-x', 'x', 'p', '-END-', 'sentence', 'title', 'upper'];
export const END_SHAPE = CAPITALS.indexOf('-END-');

/**
 * Forms kept at most before the table is emptied and filled again. The real headlines of
 * bench/throughput.ts have 8,133 forms; at 1 << 13 the table was emptied on every pass over
 * them and a fifth of the words were looked up again (issue 15). The table starts this size:
 * grown from half of it, it and the tagger's cached groups (tagger-grouped.ts), some 20 MB,
 * were copied once mid-run, 40 ms of a 30,000-headline `framing annotate`; memory not yet
 * written costs nothing.
 */
// At 1 << 14 the bench's 7,719 texts of stop 33 filled 14,855 of 16,384 forms: the gold they
// come from grows each stop, so the table keeps room to double (stop 33's speed helper).
const CAPACITY = 1 << 15;

export class WordTable {
  /** Per form id, STRIDE Int32s: the parts above. */
  parts = new Int32Array(CAPACITY * STRIDE);
  /** Per form id, its shape's index in CAPITALS. */
  shapeOf = new Uint8Array(CAPACITY);
  /** Per form id, its tag id in the tag dictionary, or -1. */
  dictTag = new Int32Array(CAPACITY);
  /** Per form id, 1 once tagger-grouped.ts has cached its groups; 0 for a form new to its id. */
  grouped = new Uint8Array(CAPACITY);
  private readonly ids = new Map<string, number>();
  private next: number;

  /**
   * `pads` are the padding words (START and END), ids 0, 1, ...: their own normalised
   * forms. `dictTagOf` gives a form's tag id in the tag dictionary, or -1.
   */
  constructor(
    private readonly pads: readonly string[],
    private readonly dictTagOf: (form: string) => number,
  ) {
    pads.forEach((pad, id) => this.fill(id, pad, pad));
    this.next = pads.length;
  }

  /** Makes room for `n` new forms, so that no id given out from here to the next call is reused. */
  reserve(n: number): void {
    if (this.next + n <= this.shapeOf.length) return;
    this.ids.clear();
    this.next = this.pads.length;
    if (this.next + n > this.shapeOf.length) this.grow(this.next + n);
  }

  idOf(form: string): number {
    const known = this.ids.get(form);
    if (known !== undefined) return known;
    const id = this.next++;
    this.fill(id, form, normalise(form.toLowerCase()));
    this.ids.set(form, id);
    return id;
  }

  private fill(id: number, form: string, word: string): void {
    const at = id * STRIDE;
    writePart(word, this.parts, at + WORD);
    writePart(word.slice(-4), this.parts, at + SUFFIX4);
    writePart(word.slice(-3), this.parts, at + SUFFIX3);
    writePart(word.slice(-2), this.parts, at + SUFFIX2);
    writePart(word.slice(-1), this.parts, at + SUFFIX1);
    writePart(word.slice(0, 1), this.parts, at + PREFIX1);
    writePart(word.slice(0, 3), this.parts, at + PREFIX3);
    writePart(lexiconTags(word), this.parts, at + LEXICON);
    this.shapeOf[id] = CAPITALS.indexOf(shape(form));
    this.dictTag[id] = this.dictTagOf(form);
    this.grouped[id] = 0;
  }

  /** How many forms the table holds at most, until it grows. */
  get capacity(): number {
    return this.shapeOf.length;
  }

  private grow(forms: number): void {
    this.parts = new Int32Array(forms * STRIDE);
    this.shapeOf = new Uint8Array(forms);
    this.dictTag = new Int32Array(forms);
    this.grouped = new Uint8Array(forms);
    this.pads.forEach((pad, id) => this.fill(id, pad, pad));
  }
}
