// What the passive rules and the voice classifier both ask of a clause: which tags make up a
// noun phrase before the verb, and whether another finite verb stands before or after it.

import { isHeadlineForms } from '../nlp/tagger';
import type { Word } from './word';
import { DURATIONS, NUMBER_WORDS, QUANTIFIER_OPENERS, QUANTIFIER_WORDS, RELATIVE_TIME, TIME_WORDS } from '../nlp/grammar/function-words';
import { FINITE_TAGS } from '../nlp/grammar/tags';

/** A sentence with no final stop: a headline or a title ("Three killed in strike"). */
export function isHeadline(words: readonly Word[]): boolean {
  return isHeadlineForms(words.map((w) => w.lower));
}

/**
 * A counted noun phrase starts at `k`: "more than 100 people", "over 100", "nearly 300",
 * "at least 40". An object, though its first word is no determiner.
 */
export function startsCountedPhrase(words: readonly Word[], k: number): boolean {
  const lower = (j: number): string => words[j]?.lower ?? '';
  // "killed between 100 and 300 people": a range of counts (not of hours: "between 2 and 4 a.m.")
  if (lower(k) === 'between' && words[k + 1]?.tag === 'CD' && lower(k + 2) === 'and' && words[k + 3]?.tag === 'CD') {
    const unit = lower(k + 4);
    return unit !== '' && !DURATIONS.has(unit) && !TIME_WORDS.has(unit) && !/^[ap]\.?m\.?$/.test(unit);
  }
  const opener = QUANTIFIER_OPENERS.some(([a, b]) => lower(k) === a && lower(k + 1) === b) ? 2 : QUANTIFIER_WORDS.has(lower(k)) ? 1 : 0;
  if (opener === 0) return false;
  const count = words[k + opener];
  if (count === undefined || (count.tag !== 'CD' && !NUMBER_WORDS.has(count.lower))) return false;
  // "killed over two days": a span of time, not a count of people
  const unit = words[k + opener + 1]?.lower ?? '';
  return !DURATIONS.has(unit) && !TIME_WORDS.has(unit);
}

export function finiteVerbBefore(words: readonly Word[], i: number): boolean {
  for (let k = 0; k < i; k++) if (FINITE_TAGS.has((words[k] as Word).tag)) return true;
  return false;
}

export function finiteVerbAfter(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) if (FINITE_TAGS.has((words[k] as Word).tag)) return true;
  return false;
}

/**
 * A time expression at `k`, which is neither an object nor a noun a participle modifies: a
 * time word ("killed Tuesday") or a span ("detained days after ...", "shot two weeks ago").
 */
export function startsTimeExpression(words: readonly Word[], k: number): boolean {
  const word = words[k];
  if (!word) return false;
  if (TIME_WORDS.has(word.lower)) return true;
  // "every day", "each week": but "every member" is an object
  if ((word.lower === 'every' || word.lower === 'each') && (TIME_WORDS.has(words[k + 1]?.lower ?? '') || DURATIONS.has(words[k + 1]?.lower ?? ''))) return true;
  const at = word.tag === 'CD' || word.lower === 'a' ? k + 1 : k;
  return DURATIONS.has(words[at]?.lower ?? '') && RELATIVE_TIME.has(words[at + 1]?.lower ?? '');
}
