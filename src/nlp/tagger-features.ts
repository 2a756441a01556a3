// Features of the part-of-speech tagger, shared by training (train/) and tagging.
//
// An averaged perceptron in the manner of Collins (2002) and Honnibal's "A good
// part-of-speech tagger in about 200 lines of Python" (2013). Words are looked up in lower
// case, and the sentence's casing (sentence / title / upper) is a feature of its own, so a
// capital letter counts as evidence of a proper noun only where capitals are informative:
// "Protesters Were Shot by Police" keeps its verbs. Each word's tags in Brill's lexicon
// (tag-lexicon.ts) are features too.

import type { Casing } from '../types';
import { lexiconTags } from './tag-lexicon';

/** Prose ends in a stop; headlines and titles do not. */
export type Register = 'prose' | 'headline';

export function registerOf(lastWord: string | undefined): Register {
  return lastWord !== undefined && /^[.!?…]+$|^\.{2,}$/.test(lastWord) ? 'prose' : 'headline';
}

export const START = ['-START-', '-START2-'];
export const END = ['-END-', '-END2-'];

/** Shape of a word, for words the model has not seen: "Xx", "X", "d", "x-x" ... */
export function shape(word: string): string {
  if (/^\p{Lu}+$/u.test(word)) return word.length > 1 ? 'XX' : 'X';
  if (/^\p{Lu}/u.test(word)) return 'Xx';
  if (/^\p{N}+([.,:/]\p{N}+)*$/u.test(word)) return 'd';
  if (/\p{N}/u.test(word)) return 'xd';
  if (/-/.test(word)) return 'x-x';
  if (/^\p{L}/u.test(word)) return 'x';
  return 'p';
}

/** Normalises numbers so that "1,500" and "37" share their weights. */
export function normalise(lower: string): string {
  if (/^\p{N}+([.,:/]\p{N}+)*$/u.test(lower)) return lower.length === 4 ? '!YEAR' : '!DIGITS';
  return lower;
}

/** The lexicon's tags of each padded word (`lexiconTags`), looked up once per sentence. */
export function lexiconTagsOf(words: readonly string[]): string[] {
  return words.map(lexiconTags);
}

/**
 * Features of the word at `i`. `words` are normalised lower-case forms padded with START
 * before and END after (so word i sits at words[i + 2]), and so is `lexicon`
 * (`lexiconTagsOf(words)`); `shapes` are unpadded.
 */
export function features(
  i: number,
  words: readonly string[],
  shapes: readonly string[],
  casing: Casing,
  prev: string,
  prev2: string,
  register: Register,
  lexicon: readonly string[],
): string[] {
  const w = words[i + 2] as string;
  const p1 = words[i + 1] as string;
  const p2 = words[i] as string;
  const n1 = words[i + 3] as string;
  const n2 = words[i + 4] as string;
  const capitals = casing === 'sentence' ? (shapes[i] as string) : casing;
  return [
    'b',
    'w ' + w,
    's4 ' + w.slice(-4),
    's3 ' + w.slice(-3),
    's2 ' + w.slice(-2),
    's1 ' + w.slice(-1),
    'p1 ' + w.slice(0, 1),
    'p3 ' + w.slice(0, 3),
    'w-1 w ' + p1 + ' ' + w,
    'sh+1 ' + (casing === 'sentence' ? (shapes[i + 1] ?? '-END-') : casing),
    'sh ' + capitals + (i === 0 ? ' first' : ''),
    't1 ' + prev,
    't2 ' + prev2 + ' ' + prev,
    't1w ' + prev + ' ' + w,
    'w-1 ' + p1,
    's3-1 ' + p1.slice(-3),
    'w-2 ' + p2,
    'w+1 ' + n1,
    's3+1 ' + n1.slice(-3),
    'w+2 ' + n2,
    'ww+1 ' + w + ' ' + n1,
    't1w+1 ' + prev + ' ' + n1,
    's3+1 s3 ' + n1.slice(-3) + ' ' + w.slice(-3),
    // Headlines drop auxiliaries: after a noun, "killed" is a participle more often there.
    'reg ' + register + ' ' + prev + ' ' + w.slice(-2),
    'reg w ' + register + ' ' + prev + ' ' + w,
    // The tags a lexicon allows ("denies": VBZ only; "shot": NN/VBD/VBN), for words the
    // treebank rarely shows and for Title Case, where capitals say little.
    'lex ' + lexicon[i + 2],
    'lex+1 ' + lexicon[i + 3],
    'lex t1 ' + prev + ' ' + lexicon[i + 2],
  ];
}
