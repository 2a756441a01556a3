// Tokens → sentences, and each sentence's casing (sentence case, Title Case, ALL CAPS).

import type { Casing } from '../types';
import { MAX_SENTENCE_TOKENS } from './limits';
import type { RawToken } from './tokenize';

export interface RawSentence {
  start: number;
  end: number;
  tokens: RawToken[];
  casing: Casing;
}

const TERMINAL = /^(?:[.!?]+|\.{2,}|…)$/;
const CLOSING = /^["'”’)\]»]$/;

/**
 * Splits after terminal punctuation (and closing quotes) and at line breaks; a run of more
 * than MAX_SENTENCE_TOKENS tokens without either is cut into pieces of that size.
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): RawSentence[] {
  const groups: RawToken[][] = [];
  let current: RawToken[] = [];
  const close = (): void => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as RawToken;
    const previous = current[current.length - 1];
    if (previous && lineBreakBetween(text, previous, token)) close();
    if (current.length >= MAX_SENTENCE_TOKENS) close();
    current.push(token);
    if (!TERMINAL.test(token.text)) continue;
    while (i + 1 < tokens.length && CLOSING.test((tokens[i + 1] as RawToken).text)) {
      i++;
      current.push(tokens[i] as RawToken);
    }
    const next = tokens[i + 1];
    if (!next || startsSentence(next.text)) close();
  }
  close();
  return groups.map((group) => {
    const first = group[0] as RawToken;
    const last = group[group.length - 1] as RawToken;
    return { start: first.start, end: last.end, tokens: group, casing: casingOf(group) };
  });
}

/** A headline or list item sits on its own line: any line break ends a sentence. */
function lineBreakBetween(text: string, left: RawToken, right: RawToken): boolean {
  return text.slice(left.end, right.start).includes('\n');
}

function startsSentence(word: string): boolean {
  return !/^\p{Ll}/u.test(word);
}

// Function words that Title Case leaves in lower case ("Shot by Police").
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in',
  'of', 'off', 'on', 'per', 'to', 'up', 'via', 'from', 'into', 'onto', 'with', 'over', 'than',
]);

/** Title Case when nearly every content word is capitalised; ALL CAPS when no letter is lower. */
export function casingOf(tokens: readonly RawToken[]): Casing {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text) && !/^['’]/.test(t.text));
  if (words.length < 2) return 'sentence';
  const lettered = words.filter((w) => /\p{Lu}|\p{Ll}/u.test(w.text));
  if (lettered.length >= 2 && lettered.every((w) => !/\p{Ll}/u.test(w.text))) return 'upper';
  const content = words.filter((w) => !MINOR_WORDS.has(w.text.toLowerCase()));
  if (content.length < 2) return 'sentence';
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return capitalised / content.length >= 0.8 && capitalised >= 3 ? 'title' : 'sentence';
}
