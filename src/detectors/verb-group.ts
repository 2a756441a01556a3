// What stands before a participle: an auxiliary ("were shot", "got fired", "have killed"),
// a coordinated participle ("were arrested and beaten"), or nothing ("Hundreds killed").

import { ADVERB_TAGS, BE_FORMS, COORDINATORS, GET_FORMS, HAVE_FORMS } from '../nlp/words';

/** The little a verb-group rule needs of a token. */
export interface Word {
  lower: string;
  tag: string;
}

export type AuxiliaryKind = 'be' | 'get' | 'have' | 'none';

export interface VerbGroup {
  kind: AuxiliaryKind;
  /** Index of the auxiliary, or of the participle itself when there is none. */
  auxiliary: number;
  /** "beaten" in "were arrested and beaten": index of "arrested", else null. */
  coordinatedWith: number | null;
}

const PARTICIPLE_TAGS = new Set(['VBN', 'VBD']);

/** Verbs that can be passive participles: the tagger's VBN and VBD (it confuses the two), and
 * JJ in -ed/-en right after "be"/"get". */
export function isParticipleCandidate(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word;
  if (BE_FORMS.has(word.lower) || GET_FORMS.has(word.lower) || HAVE_FORMS.has(word.lower)) return false;
  if (word.tag === 'VBN' || word.tag === 'VBD') return true;
  if (!(word.tag === 'JJ' && /(ed|en)$/.test(word.lower))) return false;
  const group = verbGroupOf(words, i);
  return group.kind === 'be' || group.kind === 'get';
}

export function verbGroupOf(words: readonly Word[], i: number): VerbGroup {
  const before = previousNonAdverb(words, i);
  const kind = auxiliaryKind(before >= 0 ? (words[before] as Word).lower : '');
  if (kind !== 'none') return { kind, auxiliary: before, coordinatedWith: null };
  if (before < 0 || !COORDINATORS.has((words[before] as Word).lower)) return { kind, auxiliary: i, coordinatedWith: null };
  // "were arrested, beaten and tortured": look through the coordinator to the participle before.
  let j = before - 1;
  while (j >= 0 && ((words[j] as Word).tag === ',' || ADVERB_TAGS.has((words[j] as Word).tag))) j--;
  if (j < 0 || !PARTICIPLE_TAGS.has((words[j] as Word).tag)) return { kind, auxiliary: i, coordinatedWith: null };
  const earlier = verbGroupOf(words, j);
  return { kind: earlier.kind, auxiliary: earlier.auxiliary, coordinatedWith: j };
}

function auxiliaryKind(word: string): AuxiliaryKind {
  if (BE_FORMS.has(word)) return 'be';
  if (GET_FORMS.has(word)) return 'get';
  if (HAVE_FORMS.has(word)) return 'have';
  return 'none';
}

function previousNonAdverb(words: readonly Word[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (ADVERB_TAGS.has((words[j] as Word).tag) || (words[j] as Word).lower === "n't")) j--;
  return j;
}
