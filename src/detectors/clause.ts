// What the passive rules and the voice classifier both ask of a clause: which tags make up a
// noun phrase before the verb, and whether another finite verb stands before or after it.

import type { Word } from './verb-group';

/** Tags of the words of a subject noun phrase: "US troops there", "my source of income". */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DT', 'PDT', 'PRP$', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'POS', 'HYPH', 'PRP', 'RB']);

/** Verbs that carry tense: past, present and modals. */
export const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

export function finiteVerbBefore(words: readonly Word[], i: number): boolean {
  for (let k = 0; k < i; k++) if (FINITE_TAGS.has((words[k] as Word).tag)) return true;
  return false;
}

export function finiteVerbAfter(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) if (FINITE_TAGS.has((words[k] as Word).tag)) return true;
  return false;
}
