// English inflection for lexicon phrases: noun number, verb forms, British/American spelling.
// Generation runs on the lexicon side only, so over-generating a form that no text contains
// costs nothing; what matters is that every real form is produced. Irregular verbs come
// from the grammar's one table (data/grammar/irregular-verbs.yml).

import { irregularForms } from './verb-forms';

/** Irregular nouns, singular → plural (a Map: "constructor" is a noun too, not an object's key). */
const IRREGULAR_NOUNS: ReadonlyMap<string, string> = new Map([
  ['man', 'men'],
  ['woman', 'women'],
  ['child', 'children'],
  ['person', 'people'],
  ['gunman', 'gunmen'],
  ['policeman', 'policemen'],
  ['serviceman', 'servicemen'],
  ['life', 'lives'],
  ['wife', 'wives'],
  ['foot', 'feet'],
  ['tooth', 'teeth'],
  ['mouse', 'mice'],
  // nouns in -o whose plural takes -es (Merriam-Webster): "tornadoes", "volcanoes", "torpedoes"
  ...['tornado', 'volcano', 'torpedo', 'hero', 'mosquito', 'embargo', 'echo', 'veto', 'potato', 'tomato', 'cargo', 'desperado'].map((w): [string, string] => [w, `${w}es`]),
]);
const IRREGULAR_PLURALS = new Map([...IRREGULAR_NOUNS].map(([s, p]) => [p, s]));


/** Singular and plural of a noun, whichever form it was given in. */
export function nounForms(word: string): string[] {
  const lower = word.toLowerCase();
  const irregularPlural = IRREGULAR_NOUNS.get(lower);
  if (irregularPlural) return [word, irregularPlural];
  const irregularSingular = IRREGULAR_PLURALS.get(lower);
  if (irregularSingular) return [word, irregularSingular];
  // compounds of "child" inflect as it does: "grandchild", "grandchildren", "schoolchildren"
  if (/.child$/.test(lower)) return [word, `${word}ren`];
  if (/.children$/.test(lower)) return [word, word.slice(0, -3)];
  if (looksPlural(lower)) return unique([word, singular(word)]);
  return unique([word, plural(word)]);
}

function looksPlural(word: string): boolean {
  return /s$/.test(word) && !/(ss|us|is)$/.test(word);
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Base, third person singular, past, past participle and -ing form of a verb given in its base form. */
export function verbForms(base: string): string[] {
  const irregular = irregularForms(base.toLowerCase());
  if (irregular) return unique([base, ...irregular.slice(1)]);
  return unique([base, thirdPerson(base), past(base), ing(base)]);
}

function thirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

function past(base: string): string {
  if (/e$/.test(base)) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (doublesFinalConsonant(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

function ing(base: string): string {
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  if (doublesFinalConsonant(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/** One-syllable consonant-vowel-consonant verbs double the consonant: "stop" → "stopped". */
function doublesFinalConsonant(base: string): boolean {
  const vowelGroups = base.match(/[aeiou]+/g) ?? [];
  return vowelGroups.length === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(base);
}

// British ↔ American spellings, applied both ways to every lexicon word.
const SPELLING_RULES: ReadonlyArray<[RegExp, string]> = [
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/([^aeiou])our(s|hood|hoods|ed|ing)?$/, '$1or$2'],
  [/([^aeiou])or(s|hood|hoods)?$/, '$1our$2'],
  [/tre(s)?$/, 'ter$1'],
  [/ter(s)?$/, 'tre$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ense(s)?$/, 'ence$1'],
];

/**
 * Any of SPELLING_RULES' endings, in one expression: most words have none, and are then turned
 * away by one test instead of eight (issue 15: the people word lists, inflected at start-up).
 */
const ANY_SPELLING_RULE = new RegExp(SPELLING_RULES.map(([pattern]) => `(?:${pattern.source})`).join('|'));

/** The word and its other-side-of-the-Atlantic spellings. */
export function spellingVariants(word: string): string[] {
  const forms = [word];
  if (word.length < 5 || !ANY_SPELLING_RULE.test(word)) return forms;
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) forms.push(word.replace(pattern, replacement));
  }
  return unique(forms);
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}

/** A word list's entry with all its forms: "strike~n" → strike, strikes; "kill~v" → kill, kills, killed, killing; "fighting" → fighting; both spellings, lower case. */
export function wordForms(entry: string): string[] {
  const marked = /^(.+)~([nv])$/.exec(entry.toLowerCase());
  const forms = !marked ? [entry.toLowerCase()] : marked[2] === 'n' ? nounForms(marked[1] as string) : verbForms(marked[1] as string);
  return forms.flatMap(spellingVariants).map((w) => w.toLowerCase());
}
