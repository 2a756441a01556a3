// A wire headline's credit: the source it names after a hyphen at its end, with no space
// ("Car bomb kills two-govt", "Four soldiers killed-army", "Ruritanian envoy shot-state TV";
// Reuters' style of 2007-10). The hyphen joins no compound: what is before it ends the
// headline, as a spaced dash would ("Eight killed - police").

import { DURATIONS, VERB_PREFIXES } from './function-words';
import { PUNCTUATION_TAGS } from './tags';
import { wordList } from './word-lists';
import { isHeadlineForms } from '../tagger';

interface Word {
  readonly lower: string;
  readonly tag: string;
}

/** Nouns for the sources a wire headline credits after its hyphen (data/grammar/credited-sources.yml). */
export const CREDITED_SOURCES = wordList('credited-sources');

/**
 * Words before which a hyphen makes a name or a compound, not a credit: "al-Shifa hospital",
 * "anti-government group", "pro-Pyongyang paper", "ex-minister".
 */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  ...VERB_PREFIXES,
  // the Arabic article and name particles: "al-Shifa", "ash-Sham", "bin-Laden"
  ...['al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'az', 'bin', 'abu'],
  ...['anti', 'pro', 'ex', 'non', 'post', 'self', 'far', 'vice', 'mid', 'pan', 'sub', 'inter', 'cross', 'multi', 'counter', 'semi', 'neo', 'ultra', 'e'],
]);

/** The most words a credit has: "-state TV", "-U.S. military", "-Iran news agency". */
const MAX_CREDIT_WORDS = 3;

/**
 * Is the hyphen at `i` a headline's credit? Its words after it, up to the headline's end
 * (closing marks aside), are at most three, the last a source (CREDITED_SOURCES) and any
 * before it nouns ("-rights group", "-U.S. military"; not "-era officials" after "Saddam",
 * whose first word the hyphen compounds: see HYPHEN_PREFIXES for the word before it).
 */
export function isCreditHyphen(words: readonly Word[], i: number): boolean {
  const hyphen = words[i];
  if (hyphen?.lower !== '-' || i === 0) return false;
  let last = words.length - 1;
  while (last > i && PUNCTUATION_TAGS.has(words[last]?.tag ?? '')) last--;
  const count = last - i;
  if (count < 1 || count > MAX_CREDIT_WORDS || !CREDITED_SOURCES.has(words[last]?.lower ?? '')) return false;
  if (HYPHEN_PREFIXES.has(words[i - 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < last; k++) if (!/^(NNP?S?|CD)$/.test(words[k]?.tag ?? '') || COMPOUND_HALVES.has(words[k]?.lower ?? '')) return false;
  return isHeadlineForms(words.map((w) => w.lower));
}

/** Nouns that end a compound begun before a hyphen: "Saddam-era", "Soviet-style", "40-year". */
const COMPOUND_HALVES: ReadonlySet<string> = new Set(['era', 'style', 'type', ...DURATIONS]);
