// The match language of the harm rules (rules.ts), after compromise's match syntax:
//
//   (will|would|could) not? (be|have)* [] — "could be killed", "would not have shot"
//
// - `word` a word (any casing) or a mark (`,`); `(a|b|c)` one of several; `.` any word;
// - `#VB` a Penn tag or tag prefix (#VB = VB, VBD, VBN, ...; #NN = NN, NNS, NNP, NNPS); `#=VB`
//   that tag alone;
// - `%name` a word of a list: data/harm/wordlists.yml, or the built-in %be, %have, %get and %given-name
//   (data/grammar/first-names.yml);
// - `!x` any word but x; a suffix `?` (optional), `*` (0–6), `+` (1–6) or `{m,n}` repeats;
// - `[]` the harm word (the whole event span), once; `[killing]` or `[(kill|kills)]` names it.
// A rule matches when the words right before the harm word match what is left of `[]`
// and the words right after it what is right of it.

import { normalizeWord } from '../lexicon/words';
import type { Token } from '../types';

export class RulePatternError extends Error {}

type Test = (token: Token, word: string) => boolean;

/** A test, and the words it accepts when they are a known few (a word, a list): null for any word, a tag, or "all but". */
interface WordTest {
  test: Test;
  words: ReadonlySet<string> | null;
}

interface Element extends WordTest {
  min: number;
  max: number;
}

export interface CompiledPattern {
  /** Elements before the harm word, nearest first. */
  left: Element[];
  anchor: Test;
  right: Element[];
  /** Words of which a match needs one (the fewest such, of an element that must match), or null: a sentence without any is not matched at all. */
  required: ReadonlySet<string> | null;
}

/** Named word lists (%name), lower case. */
export type WordLists = ReadonlyMap<string, ReadonlySet<string>>;

const MAX_REPEAT = 6;
const ELEMENT = /^(!?)(\(([^()]+)\)|[^?*+{}()]+)(\?|\*|\+|\{(\d+),(\d+)\})?$/;

export function compilePattern(source: string, lists: WordLists): CompiledPattern {
  const parts = source.trim().split(/\s+/);
  const at = parts.findIndex((p) => p.startsWith('['));
  if (at < 0 || parts.filter((p) => p.startsWith('[')).length !== 1) {
    throw new RulePatternError(`pattern "${source}" needs exactly one [] for the harm word`);
  }
  const anchorText = (parts[at] as string).replace(/^\[|\]$/g, '');
  const left = parts.slice(0, at).map((p) => element(p, source, lists)).reverse();
  const anchor: Element = anchorText === '' ? { test: () => true, words: null, min: 1, max: 1 } : element(anchorText, source, lists);
  const right = parts.slice(at + 1).map((p) => element(p, source, lists));
  return { left, anchor: anchor.test, right, required: fewestRequired([...left, anchor, ...right]) };
}

function fewestRequired(elements: readonly Element[]): ReadonlySet<string> | null {
  let fewest: ReadonlySet<string> | null = null;
  for (const { min, words } of elements) {
    if (min > 0 && words !== null && (fewest === null || words.size < fewest.size)) fewest = words;
  }
  return fewest;
}

function element(part: string, source: string, lists: WordLists): Element {
  const m = ELEMENT.exec(part);
  if (!m) throw new RulePatternError(`bad element "${part}" in pattern "${source}"`);
  const [, negate, body, inner, quantifier, from, to] = m;
  const options = (inner ?? body ?? '').split('|').map((o) => single(o, source, lists));
  // one option (most elements) is tested directly: no closure around `some` per token
  const any: Test = options.length === 1 ? (options[0] as WordTest).test : (t, w) => options.some((o) => o.test(t, w));
  const test: Test = negate ? (t, w) => !any(t, w) : any;
  const words = negate || options.some((o) => o.words === null) ? null : new Set(options.flatMap((o) => [...(o.words ?? [])]));
  if (quantifier === '?') return { test, words, min: 0, max: 1 };
  if (quantifier === '*') return { test, words, min: 0, max: MAX_REPEAT };
  if (quantifier === '+') return { test, words, min: 1, max: MAX_REPEAT };
  if (from !== undefined && to !== undefined) return { test, words, min: Number(from), max: Number(to) };
  return { test, words, min: 1, max: 1 };
}

function single(text: string, source: string, lists: WordLists): WordTest {
  if (text === '.') return { test: () => true, words: null };
  if (text.startsWith('#=')) {
    const tag = text.slice(2);
    return { test: (t) => t.tag === tag, words: null };
  }
  if (text.startsWith('#')) {
    const tag = text.slice(1);
    return { test: (t) => t.tag.startsWith(tag), words: null };
  }
  if (text.startsWith('%')) {
    const list = lists.get(text.slice(1));
    if (!list) throw new RulePatternError(`unknown word list "${text}" in pattern "${source}"`);
    return { test: (_t, w) => list.has(w), words: list };
  }
  if (text === '' || /[\s()|[\]?*+{}!#%]/.test(text)) throw new RulePatternError(`bad word "${text}" in pattern "${source}"`);
  const word = normalizeWord(text);
  return { test: (_t, w) => w === word, words: new Set([word]) };
}

/** Does the pattern match around the harm word at tokens [start, end)? `words`: the tokens'
 * normalised words. */
export function matchesAround(
  pattern: CompiledPattern,
  tokens: readonly Token[],
  start: number,
  end: number,
  words: readonly string[] = tokens.map((t) => normalizeWord(t.text)),
): boolean {
  const first = tokens[start];
  if (!first || !pattern.anchor(first, words[start] as string)) return false;
  return matchFrom(pattern.left, 0, tokens, words, start - 1, -1) && matchFrom(pattern.right, 0, tokens, words, end, 1);
}

/** Elements [e..] against the tokens from i on, in direction `step` (-1: leftwards), with
 * backtracking over repeats. */
function matchFrom(elements: readonly Element[], e: number, tokens: readonly Token[], words: readonly string[], i: number, step: 1 | -1): boolean {
  const el = elements[e];
  if (!el) return true;
  let count = 0;
  while (count < el.max) {
    const at = i + count * step;
    const token = tokens[at];
    if (!token || !el.test(token, words[at] as string)) break;
    count++;
  }
  for (let n = count; n >= el.min; n--) if (matchFrom(elements, e + 1, tokens, words, i + n * step, step)) return true;
  return false;
}
