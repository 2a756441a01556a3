// Words as the lexicon matcher compares them, on both sides:
// - a sentence's tokens become a "word view": joining hyphens ("al|-|Assad") dropped, every
//   word lower-cased, curly apostrophes straightened, "n't" read as "not";
// - a pattern becomes every token sequence it can match, through the project's own
//   tokenizer, so both sides split words the same way.

import { tokenize } from '../nlp/tokenize';
import type { Token } from '../types';
import { nounForms, spellingVariants, verbForms } from '../nlp/grammar/inflect';
import { type WordSpec, parsePattern } from './pattern';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The comparison form of one word. */
export function normalizeWord(text: string): string {
  let lower = text.toLowerCase();
  // most words have no curly apostrophe: no replace() run on them (issue 15)
  if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
  return lower === "n't" ? 'not' : lower;
}

/** A sentence's tokens as the matcher sees them. */
export interface WordView {
  /** Normalised words. */
  words: string[];
  /** The token behind each word (for offsets and tags). */
  tokens: Token[];
}

/** Drops hyphens that join two words without spaces ("officer-involved"). */
export function wordView(tokens: readonly Token[]): WordView {
  const kept: Token[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const joining =
      HYPHENS.has(token.text) &&
      previous !== undefined &&
      next !== undefined &&
      previous.end === token.start &&
      token.end === next.start;
    if (!joining) kept.push(token);
  });
  // from the token's lower-case form, which parse() made: normalizeWord lower-cases it again for nothing
  return { words: kept.map((t) => normalizeWord(t.lower)), tokens: kept };
}

// Expansion is pure and patterns repeat across entries and word lists: memoise both levels.
const patternCache = new Map<string, string[][]>();
const specCache = new Map<string, string[][]>();

/** Every word sequence a pattern matches, each a list of normalised words. */
export function expandPattern(source: string): string[][] {
  const cached = patternCache.get(source);
  if (cached) return cached;
  const out = new Map<string, string[]>();
  for (const specs of parsePattern(source)) {
    let sequences: string[][] = [[]];
    for (const spec of specs) {
      const forms = specForms(spec);
      sequences = sequences.flatMap((prefix) => forms.map((form) => [...prefix, ...form]));
    }
    for (const sequence of sequences) out.set(sequence.join(' '), sequence);
  }
  const expanded = [...out.values()];
  patternCache.set(source, expanded);
  return expanded;
}

/** A plain phrase, inflected as a noun (last word) or a verb (first word), as patterns expand. */
export function expandPhrase(phrase: string, inflect?: 'noun' | 'verb'): string[][] {
  return expandPattern(phrasePattern(phrase, inflect));
}

/** The pattern a plain phrase stands for: "individual violation" + noun → "individual violation~n". */
export function phrasePattern(phrase: string, inflect?: 'noun' | 'verb'): string {
  const words = phrase.trim().split(/\s+/);
  const index = inflect === 'noun' ? words.length - 1 : 0;
  return words.map((w, i) => (inflect && i === index ? `${w}~${inflect === 'noun' ? 'n' : 'v'}` : w)).join(' ');
}

/** Each pattern with what it expands to, for the compiled lexicon (compiled.ts). */
export function expansionsOf(patterns: Iterable<string>): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const pattern of patterns) out[pattern] = expandPattern(pattern);
  return out;
}

/** Expansions read from the compiled lexicon, so these patterns are not expanded again. */
export function primeExpansions(expansions: Readonly<Record<string, string[][]>>): void {
  for (const [pattern, sequences] of Object.entries(expansions)) patternCache.set(pattern, sequences);
}

/** The token sequences one pattern word can appear as. */
function specForms(spec: WordSpec): string[][] {
  const key = `${spec.text}~${spec.marker ?? ''}`;
  const cached = specCache.get(key);
  if (cached) return cached;
  const surface =
    spec.marker === 'n' ? nounForms(spec.text) : spec.marker === 'v' ? verbForms(spec.text) : [spec.text];
  const out = new Map<string, string[]>();
  for (const form of surface.flatMap(spellingVariants)) {
    for (const written of hyphenForms(form)) {
      const words = tokenize(written)
        .filter((t) => !HYPHENS.has(t.text))
        .map((t) => normalizeWord(t.text));
      if (words.length > 0) out.set(words.join(' '), words);
    }
  }
  const forms = [...out.values()];
  specCache.set(key, forms);
  return forms;
}

/** "non-lethal" is also written "nonlethal"; the spaced form comes from dropping hyphens. */
function hyphenForms(word: string): string[] {
  return /\p{L}-\p{L}/u.test(word) ? [word, word.replace(/-/g, '')] : [word];
}
