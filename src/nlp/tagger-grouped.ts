// The tagger's scores from cached groups of features (issue 15). A word's 28 features add
// about 560 weights; most of them come from features that depend on one word form, or on
// the two tags before, or on capitals alone, and those sums are worked out once and kept:
//   - a form's own features (b, w, s4 .. s1, p1, p3, lex), with those of the tag before it
//     (t1w, reg, reg w, lex t1: tagger-tag-word.ts): "police" after DT. The own features are
//     also kept apart per form, so that a form after a tag new to it looks up 4 features, not 13;
//   - its features as the next word (w+1, s3+1, lex+1) and as the word before (w-1, s3-1)
//     ("police" in "shot by police"), and as the word two before (w-2) and two after (w+2);
//   - the two tags before (t1, t2), and the capitals of the word and the next (sh, sh+1).
// What is left per word is 4 features of two words or of the tag before and the next word.
// Summing groups changes the order of the additions, which leaves every score unchanged
// only because the model's sums are exact (HashedLinearModel.exactSums); the tagger checks
// that before it uses this class.
//
// The five groups read from large tables (a form's own features after the tag before, and its
// features as a neighbour) keep their rows in float32, each rounded once from its exact sum:
// half the memory read per word, which is most of what scoring a word costs in analyze()
// (issue 15). A score is then off by at most ROUNDINGS float32 roundings of a sum of at most
// TAGGER_FEATURES weights; a tag is taken from these scores only when it leads the next by
// more than twice that, so that it is the tag of the exact scores, and otherwise (ties, about
// two of the 398,000 words the real texts score) the tagger scores the word feature by feature (`best`).

import { HashedFeatures, PART_INTS } from './feature-hash';
import type { HashedLinearModel } from './model-binary';
import { SharedRows } from './tagger-shared-rows';
import { TagWordRows } from './tagger-tag-word';
import { AS_NEXT, AS_PREVIOUS, CAPITAL_PARTS, FIRST, OWN_SPELLING, type SentenceFeatures, TEMPLATE, writeParts } from './tagger-hashed';
import { CAPITALS, LEXICON, STRIDE, SUFFIX2, SUFFIX3, WORD } from './tagger-words';

/** Features per word: the number the model's exactness is checked for. */
export const TAGGER_FEATURES = 28;

/** The float32 roundings in a word's score (its five float32 rows), and one for the float64 additions. */
const ROUNDINGS = 6;

/** A form's row in each per-form group: its place among the form's GROUPS Int32s of `rows`. */
const [OWN_ROW, AS_NEXT_ROW, AS_BEFORE_ROW, TWO_BEFORE_ROW, TWO_AFTER_ROW] = [0, 1, 2, 3, 4];
const GROUPS = 5;

export class GroupedScorer {
  private readonly classes: number;
  private readonly f = new HashedFeatures(16);
  /**
   * The scores of a form's own features, of its features as the next word and as the word
   * before, and of its word as the word two before (w-2) and two after (w+2), in rows shared by
   * the forms with the same model features (tagger-shared-rows.ts). The last two are one
   * feature each, but as rows they are added in the one pass over the classes, where their
   * weights, added one by one from the model's table, cost a tenth more of the tagger's time
   * (issue 15: a pass over the real headlines, 71 → 65 ms).
   */
  private readonly own: SharedRows;
  private readonly asNext: SharedRows;
  private readonly asBefore: SharedRows;
  private readonly twoBefore: SharedRows;
  private readonly twoAfter: SharedRows;
  /** The five above, in this order. */
  private readonly stores: readonly SharedRows[];
  /** Per form id, its row in each of the five above, the same order; valid once `words.grouped` says so. */
  private rows = new Int32Array(0);
  /** Per (tag before, tag two before): the scores of t1 and t2; `tagsReady` says which are filled. */
  private readonly tags: Float64Array;
  private readonly tagsReady: Uint8Array;
  private readonly tagCount: number;
  /** Per (next word's capitals, this word's, first or not): the scores of sh+1 and sh. */
  private readonly capitals: Float64Array;
  private readonly capitalsReady: Uint8Array;
  /** Per (form, tag before, register): the scores of the form's own features and of t1w, reg, reg w and lex t1. */
  private readonly tagWord: TagWordRows;
  /** A tag-and-word row's exact sum, before it is stored. */
  private readonly sum: Float64Array;
  /** How far a tag must lead the next for the float32 rows to be sure of it: twice the largest error of a score. */
  private readonly lead: number;

  constructor(
    private readonly model: HashedLinearModel,
    private readonly sentence: SentenceFeatures,
  ) {
    this.classes = model.classes.length;
    this.tagCount = sentence.tagParts.length / PART_INTS;
    this.tags = new Float64Array(this.tagCount * this.tagCount * this.classes);
    this.tagsReady = new Uint8Array(this.tagCount * this.tagCount);
    const capitals = CAPITALS.length * CAPITALS.length * 2;
    this.capitals = new Float64Array(capitals * this.classes);
    this.capitalsReady = new Uint8Array(capitals);
    this.tagWord = new TagWordRows(this.classes, 0);
    this.sum = new Float64Array(this.classes);
    this.lead = 2 * ROUNDINGS * 2 ** -24 * model.maxScore(TAGGER_FEATURES);
    const rows = (width: number, single = true): SharedRows => new SharedRows(model, this.classes, sentence.words.capacity, width, single);
    // exact: the tag-and-word rows are summed from it
    this.own = rows(2 + OWN_SPELLING.length, false);
    this.asNext = rows(1 + AS_NEXT.length);
    this.asBefore = rows(AS_PREVIOUS.length);
    this.twoBefore = rows(1);
    this.twoAfter = rows(1);
    this.stores = [this.own, this.asNext, this.asBefore, this.twoBefore, this.twoAfter];
  }

  /**
   * Room for the rows of a sentence of `n` words (and the padding) before it is scored: rows are
   * dropped only here, never while a word's groups, read at once, are being found.
   */
  reserve(n: number): void {
    let dropped = false;
    for (const rows of this.stores) if (!rows.room(n + 4)) dropped = true;
    // every form's groups are then found again: in the stores that kept their rows, by key
    if (dropped) this.sentence.words.grouped.fill(0);
  }

  /**
   * Word i's best class after tags `prev` and `prev2` (tag ids), as the exact scores have it, or
   * -1 when the float32 rows cannot tell it from the next (`scores` then holds their scores).
   */
  best(i: number, prev: number, prev2: number, scores: Float64Array): number {
    const ids = this.sentence.ids;
    const w = this.prepare(ids[i + 2] as number);
    const p1 = this.prepare(ids[i + 1] as number);
    const p2 = this.prepare(ids[i] as number);
    const n1 = this.prepare(ids[i + 3] as number);
    const n2 = this.prepare(ids[i + 4] as number);
    const C = this.classes;
    // the seven groups in one pass, added in the order they are listed
    const { tags, capitals, rows } = this;
    const asNext = this.asNext.scores;
    const asBefore = this.asBefore.scores;
    const twoBefore = this.twoBefore.scores;
    const twoAfter = this.twoAfter.scores;
    const nextAt = (rows[n1 * GROUPS + AS_NEXT_ROW] as number) * C;
    const beforeAt = (rows[p1 * GROUPS + AS_BEFORE_ROW] as number) * C;
    const twoBeforeAt = (rows[p2 * GROUPS + TWO_BEFORE_ROW] as number) * C;
    const twoAfterAt = (rows[n2 * GROUPS + TWO_AFTER_ROW] as number) * C;
    const tagsAt = this.tagGroup(prev, prev2) * C;
    const capitalsAt = this.capitalGroup(i) * C;
    const tagWord = this.tagWord.scores;
    const tagWordAt = this.tagWordRow(w, prev) * C;
    for (let c = 0; c < C; c++) {
      scores[c] =
        (tagWord[tagWordAt + c] as number) + (asNext[nextAt + c] as number) + (asBefore[beforeAt + c] as number) + (tags[tagsAt + c] as number) +
        (capitals[capitalsAt + c] as number) + (twoBefore[twoBeforeAt + c] as number) + (twoAfter[twoAfterAt + c] as number);
    }
    this.pairFeatures(w * STRIDE, n1 * STRIDE, p1 * STRIDE, prev * PART_INTS);
    this.model.addAll(this.f, scores);
    let best = 0;
    let first = scores[0] as number;
    let second = Number.NEGATIVE_INFINITY;
    for (let c = 1; c < C; c++) {
      const v = scores[c] as number;
      if (v > first) {
        second = first;
        first = v;
        best = c;
      } else if (v > second) second = v;
    }
    return first - second > this.lead ? best : -1;
  }

  /** The features of two words, or of the tag before and the next word: the ones left to look up per word. */
  private pairFeatures(w: number, n1: number, p1: number, t1: number): void {
    const P = this.sentence.words.parts;
    const T = this.sentence.tagParts;
    const f = this.f;
    f.clear();
    f.begin(TEMPLATE.w1w).part(P, p1 + WORD).space().part(P, w + WORD).end();
    f.begin(TEMPLATE.wwAfter).part(P, w + WORD).space().part(P, n1 + WORD).end();
    f.begin(TEMPLATE.t1wAfter).part(T, t1).space().part(P, n1 + WORD).end();
    f.begin(TEMPLATE.s3s3).part(P, n1 + SUFFIX3).space().part(P, w + SUFFIX3).end();
  }

  /** The row of form `id`'s own features and those of it after tag `prev` (t1w, reg, reg w, lex t1), filled on first use from its own. */
  private tagWordRow(id: number, prev: number): number {
    const register = this.sentence.register;
    const key = prev * 2 + (register === 'prose' ? 1 : 0);
    const known = this.tagWord.find(id, key);
    if (known !== -1) return known;
    const row = this.tagWord.add(id, key);
    const P = this.sentence.words.parts;
    const T = this.sentence.tagParts;
    const w = id * STRIDE;
    const t1 = prev * PART_INTS;
    const f = this.f;
    f.clear();
    f.begin(TEMPLATE.t1w).part(T, t1).space().part(P, w + WORD).end();
    f.begin(TEMPLATE.reg[register]).part(T, t1).space().part(P, w + SUFFIX2).end();
    f.begin(TEMPLATE.regW[register]).part(T, t1).space().part(P, w + WORD).end();
    f.begin(TEMPLATE.lexT1).part(T, t1).space().part(P, w + LEXICON).end();
    // the form's own scores, then the 4 features of the tag before added to them, rounded once
    const sum = this.sum;
    const C = this.classes;
    const own = this.own.scores;
    for (let c = 0, from = (this.rows[id * GROUPS + OWN_ROW] as number) * C; c < C; c++) sum[c] = own[from + c] as number;
    this.model.addAll(f, sum);
    this.tagWord.scores.set(sum, row * C);
    return row;
  }

  /** Caches the groups of form `id` if it has none yet; returns `id`. */
  private prepare(id: number): number {
    const words = this.sentence.words;
    if (words.grouped[id] === 1) return id;
    if (this.rows.length < words.capacity * GROUPS) this.grow(words.capacity);
    this.tagWord.forget(id);
    this.fillForm(id, words.parts);
    words.grouped[id] = 1;
    return id;
  }

  /** Form `id`'s own groups: its own features, as the next word, as the word before, two before and two after. */
  private fillForm(id: number, P: Int32Array): void {
    const at = id * STRIDE;
    const f = this.f;
    const rows = this.rows;
    const row = id * GROUPS;
    f.clear();
    f.begin(TEMPLATE.bias).end();
    writeParts(f, P, at, OWN_SPELLING);
    f.begin(TEMPLATE.lex).part(P, at + LEXICON).end();
    rows[row + OWN_ROW] = this.own.rowOf(f);
    f.clear();
    writeParts(f, P, at, AS_NEXT);
    f.begin(TEMPLATE.lexAfter).part(P, at + LEXICON).end();
    rows[row + AS_NEXT_ROW] = this.asNext.rowOf(f);
    f.clear();
    writeParts(f, P, at, AS_PREVIOUS);
    rows[row + AS_BEFORE_ROW] = this.asBefore.rowOf(f);
    f.clear();
    f.begin(TEMPLATE.w2Before).part(P, at + WORD).end();
    rows[row + TWO_BEFORE_ROW] = this.twoBefore.rowOf(f);
    f.clear();
    f.begin(TEMPLATE.w2After).part(P, at + WORD).end();
    rows[row + TWO_AFTER_ROW] = this.twoAfter.rowOf(f);
  }

  /** The group of t1 and t2 after tags `prev` and `prev2`, filled on first use. */
  private tagGroup(prev: number, prev2: number): number {
    const group = prev * this.tagCount + prev2;
    if (this.tagsReady[group] === 0) {
      const T = this.sentence.tagParts;
      const f = this.f;
      f.clear();
      f.begin(TEMPLATE.t1).part(T, prev * PART_INTS).end();
      f.begin(TEMPLATE.t2).part(T, prev2 * PART_INTS).space().part(T, prev * PART_INTS).end();
      this.model.scoreRow(f, this.tags, group * this.classes);
      this.tagsReady[group] = 1;
    }
    return group;
  }

  /** The group of sh+1 and sh at word i, filled on first use. */
  private capitalGroup(i: number): number {
    const next = this.sentence.nextCapitals(i);
    const own = this.sentence.capitals(i);
    const group = (next * CAPITALS.length + own) * 2 + (i === 0 ? 1 : 0);
    if (this.capitalsReady[group] === 0) {
      const f = this.f;
      f.clear();
      f.begin(TEMPLATE.nextShape).part(CAPITAL_PARTS, next * PART_INTS).end();
      f.begin(TEMPLATE.shape).part(CAPITAL_PARTS, own * PART_INTS);
      if (i === 0) f.part(CAPITAL_PARTS, FIRST);
      f.end();
      this.model.scoreRow(f, this.capitals, group * this.classes);
      this.capitalsReady[group] = 1;
    }
    return group;
  }

  /**
   * Room for `forms` forms. The word table grows only when it is emptied, so every form has a
   * new id and its groups are found again: no form's rows are copied.
   */
  private grow(forms: number): void {
    this.rows = new Int32Array(forms * GROUPS);
    this.tagWord.grow(forms);
  }
}
