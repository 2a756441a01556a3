// One noun-phrase chunker. A phrase is read left to right as stretches of its own words
// (modifiers and nouns) joined by linking words ("of", "and", a listing comma), with
// asides and quotes stepped over. What counts as a word of the phrase, as its head, as a
// join, differs by who asks: the agent of a passive reads tags only ("by the security
// forces"), the harm detector also knows its word lists ("Homes" tagged as a verb is still
// a noun). Each passes its rules; the walk is the same.

import type { Token } from '../../types';

export interface PhraseRules {
  /** Is word `i` part of the phrase? `start` is where the current stretch began, `head` the last head so far (-1: none). */
  takes(i: number, start: number, head: number): boolean;
  /** Is word `i`, once taken, the phrase's head so far (a noun, a pronoun, a number)? */
  isHead(i: number): boolean;
  /** Does the phrase end right after word `i`, though the next word could go on? */
  endsAfter?(i: number): boolean;
  /** Past what is stepped over at `i` (an adverb before a modifier, a quote, a short aside), or -1. */
  stepOver?(i: number, start: number): number;
  /** Where the phrase goes on after the linking word at `end` ("of", "and"), or -1. */
  join?(end: number, head: number): number;
}

export interface Scanned {
  /** One past the phrase's last word. */
  end: number;
  /** The last head taken, or -1. */
  head: number;
}

/** The phrase that starts at `from`, read no further than `limit`. */
export function scanPhrase(from: number, limit: number, rules: PhraseRules): Scanned {
  let start = from;
  let end = from;
  let head = -1;
  for (;;) {
    while (end < limit) {
      if (rules.takes(end, start, head)) {
        if (rules.isHead(end)) head = end;
        end++;
        if (rules.endsAfter?.(end - 1)) break;
        continue;
      }
      const past = rules.stepOver?.(end, start) ?? -1;
      if (past <= end) break;
      end = past;
    }
    const next = rules.join?.(end, head) ?? -1;
    if (next < 0) return { end, head };
    start = end = next;
  }
}

/**
 * Back from the word before `i` over words whose tags `tags` holds (or that `joiners` holds:
 * "of"), at most `max` of them: the index of the word before the run (-1 at the sentence's start). "Witnesses said
 * [officers] fired": the run is the phrase, the word before it what opens the clause.
 */
export function beforePhraseEndingAt(
  words: ReadonlyArray<{ tag: string; lower: string }>,
  i: number,
  tags: ReadonlySet<string>,
  max = Infinity,
  joiners: ReadonlySet<string> = NO_WORDS,
): number {
  let k = i - 1;
  for (; k >= 0 && i - k <= max; k--) {
    const word = words[k] as { tag: string; lower: string };
    if (!tags.has(word.tag) && !joiners.has(word.lower)) break;
  }
  return k;
}

const NO_WORDS: ReadonlySet<string> = new Set();

// Building blocks for rules.

/** An opening quote before more of the phrase; a closing one only before its noun ("the "Unitary Executive" theory"). */
export function quoteInside(tag: string, next: string, phraseTags: ReadonlySet<string>, nounTags: ReadonlySet<string>): boolean {
  return (tag === '``' && phraseTags.has(next)) || (tag === "''" && nounTags.has(next));
}

const MAX_ASIDE = 4;

/** The closing bracket of a short aside opening at `open` ("a 9m (30ft) storm surge"), or -1. */
export function asideEnd(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k <= open + 1 + MAX_ASIDE; k++) {
    const tag = (tokens[k] as Token).tag;
    if (tag === '-RRB-') return k;
    if (tag === '.' || tag === '-LRB-') return -1;
  }
  return -1;
}

/**
 * The closing comma of an aside of one to three words opened by the comma at `open` ("shot,
 * point blank, by"), each word's tag in `inside` and none of them "by", or -1.
 */
export function commaAsideEnd(tokens: readonly Token[], open: number, inside: ReadonlySet<string>): number {
  for (let k = open + 2; k <= open + 4 && k < tokens.length; k++) {
    if ((tokens[k] as Token).lower === ',') return tokens.slice(open + 1, k).every((t) => inside.has(t.tag) && t.lower !== 'by') ? k : -1;
  }
  return -1;
}

/**
 * Does the word at `at` join two stretches of one phrase: "of" ("members of the security
 * forces"), "and" ("police and soldiers"), or a comma in a list that ends in "and" ("US,
 * British and Swiss firms")? `inList` tells the words a list may hold.
 */
export function joinsPhrase(tokens: readonly Token[], at: number, inList: ReadonlySet<string>): boolean {
  const word = (tokens[at] as Token).lower;
  if (word === 'of' || word === 'and' || word === '&') return true;
  if (word !== ',') return false;
  for (let k = at + 1; k < tokens.length && k <= at + 4; k++) {
    const next = tokens[k] as Token;
    if (next.lower === 'and' || next.lower === 'or') return true;
    if (!inList.has(next.tag) && next.lower !== ',') return false;
  }
  return false;
}
