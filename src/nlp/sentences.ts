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
 * Splits after terminal punctuation (and closing quotes), after a vertical bar and at line breaks; a run of more
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
    // "Headline | First sentence of the story": a vertical bar between a title and what follows ends it
    if (token.text === '|') {
      close();
      continue;
    }
    // "He died at 4:50 a.m. The coroner will rule on the cause": an abbreviation's full stop
    // ends the sentence too when a word that only opens one follows
    if (token.text.length > 1 && token.text.endsWith('.') && OPENERS.has(tokens[i + 1]?.text ?? '')) {
      close();
      continue;
    }
    if (!isTerminal(token.text)) continue;
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

/**
 * Capitalised words that open a sentence and never continue one after an abbreviation (articles,
 * subject pronouns, possessives, demonstratives): "... at 9:05 a.m. A neighbour called police".
 * Not names or days, which follow abbreviations inside a sentence ("at 9 p.m. Friday", "U.S. Army").
 */
const OPENERS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'His', 'Her', 'Its', 'Their', 'Our', 'This', 'These', 'Those', 'There']);

/** Terminal punctuation; the regular expression only for words that start like it. */
function isTerminal(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) && TERMINAL.test(word);
}

/** A headline or list item sits on its own line: any line break ends a sentence. */
function lineBreakBetween(text: string, left: RawToken, right: RawToken): boolean {
  for (let k = left.end; k < right.start; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/** A sentence opens with no lower-case word, and with no comma, semicolon or colon ("Rockville, Md., early Saturday"). */
function startsSentence(word: string): boolean {
  return !/^[\p{Ll},;:]/u.test(word);
}

// Function words that Title Case leaves in lower case ("Shot by Police").
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in',
  'of', 'off', 'on', 'per', 'to', 'up', 'via', 'from', 'into', 'onto', 'with', 'over', 'than',
]);

/** The longest of MINOR_WORDS: a longer word is none of them (lower-casing never shortens). */
const MINOR_LENGTH = 4;

/**
 * Title Case when nearly every content word is capitalised; ALL CAPS when no letter is lower.
 * Words are those with a letter, not starting with an apostrophe; lettered words those with a
 * cased letter (one pass over the tokens, issue 15).
 */
export function casingOf(tokens: readonly RawToken[]): Casing {
  let words = 0;
  let lettered = 0;
  let lower = false;
  let content = 0;
  let capitalised = 0;
  for (const { text } of tokens) {
    const letters = lettersOf(text);
    if ((letters & LETTER) === 0 || text.startsWith("'") || text.startsWith('’')) continue;
    words++;
    if ((letters & CASED) !== 0) lettered++;
    if ((letters & LOWER) !== 0) lower = true;
    if (text.length <= MINOR_LENGTH && MINOR_WORDS.has(text.toLowerCase())) continue;
    content++;
    if ((letters & FIRST_UPPER) !== 0) capitalised++;
  }
  if (words < 2) return 'sentence';
  if (lettered >= 2 && !lower) return 'upper';
  if (content < 2) return 'sentence';
  return capitalised / content >= 0.8 && capitalised >= 3 ? 'title' : 'sentence';
}

/** Bits of `lettersOf`: a letter (\p{L}), a cased one (\p{Lu} or \p{Ll}), a lower-case one, an upper-case first. */
const LETTER = 1;
const CASED = 2;
const LOWER = 4;
const FIRST_UPPER = 8;

/** The letters a word has, as bits: ASCII words by their codes, others by regular expressions. */
function lettersOf(text: string): number {
  let bits = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return lettersByRegExp(text);
    if (c >= 0x41 && c <= 0x5a) bits |= LETTER | CASED | (k === 0 ? FIRST_UPPER : 0);
    else if (c >= 0x61 && c <= 0x7a) bits |= LETTER | CASED | LOWER;
  }
  return bits;
}

function lettersByRegExp(text: string): number {
  return (
    (/\p{L}/u.test(text) ? LETTER : 0) |
    (/\p{Lu}|\p{Ll}/u.test(text) ? CASED : 0) |
    (/\p{Ll}/u.test(text) ? LOWER : 0) |
    (/^\p{Lu}/u.test(text) ? FIRST_UPPER : 0)
  );
}
