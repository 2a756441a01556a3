// A verb that must have an object, with none after it: "Hundreds killed, thousands
// displaced", "3 militants killed in Jenin raid". Without an auxiliary it can only be a
// passive participle. Used by the passive detector and by the rule for reported clauses.

import { lexiconTagsByLikelihood } from '../nlp/tag-lexicon';
import { OBLIGATORILY_TRANSITIVE, VERB_ONLY_S_FORMS } from '../nlp/grammar/word-lists';
import { startsCountedPhrase, startsTimeExpression } from './clause';
import { isPeopleWord } from '../nlp/grammar/people';
import type { Word } from './word';
import { INTRANSITIVE_PARTICLES } from '../nlp/grammar/function-words';
import { AFTER_ADJUNCT_TAGS, COORDINATED_OBJECT_START_TAGS, NO_OBJECT_NEXT_TAGS } from '../nlp/grammar/tags';
import { RESULT_WORDS, resultLength } from '../nlp/grammar/results';

export function isTransitiveWithoutObject(words: readonly Word[], i: number): boolean {
  if (!OBLIGATORILY_TRANSITIVE.has((words[i] as Word).lower)) return false;
  // a result after the verb is no object ("shot dead in Mexico", "beaten to death"); what follows it still may be ("shot dead 12 protesters")
  const k = i + 1 + resultLength((j) => words[j]?.lower, i + 1);
  const next = words[k];
  if (next && (INTRANSITIVE_PARTICLES.has(next.lower) || startsCountedPhrase(words, k) || sharesObject(words, k))) return false;
  // "number of Palestinians killed reaches 56,500": a verb the tagger read as a plural noun is no object
  if (next && VERB_ONLY_S_FORMS.has(next.lower)) return true;
  // "The gunmen shot both dead": "both" before a result is a pronoun, the object (the tagger reads it as an adverb)
  if (next?.lower === 'both' && RESULT_WORDS.has(words[k + 1]?.lower ?? '')) return false;
  return !next || NO_OBJECT_NEXT_TAGS.has(next.tag) || mostlyPreposition(next) || startsTimeExpression(words, k) || startsAdjunctClause(words, k) || isMannerCompound(words, k);
}

/** "killed execution-style", "shot gangland style": a noun compounded with "style" says how, an adverbial, not an object. */
function isMannerCompound(words: readonly Word[], k: number): boolean {
  const style = words[k + 1]?.tag === 'HYPH' ? k + 2 : k + 1;
  return /^NN/.test(words[k]?.tag ?? '') && words[style]?.lower === 'style' && !/^NN/.test(words[style + 1]?.tag ?? '');
}

/**
 * "Police arrested and questioned the student", "shot and wounded a guard": after "and" a second
 * verb with an object shares it with the first, which is then active.
 */
function sharesObject(words: readonly Word[], k: number): boolean {
  const second = words[k + 1];
  return words[k]?.tag === 'CC' && (second?.tag === 'VBD' || second?.tag === 'VBN') && COORDINATED_OBJECT_START_TAGS.has(words[k + 2]?.tag ?? '');
}

/**
 * "Two stabbed outside nightclub", "Protesters Tear-Gassed Outside Parliament": the tagger
 * reads "outside" as an adjective of an object noun; Brill's lexicon says it is mostly a
 * preposition ("outside", "inside", "near": IN first).
 */
function mostlyPreposition(word: Word): boolean {
  return (word.tag === 'JJ' || word.tag === 'NN') && lexiconTagsByLikelihood(word.lower).startsWith('IN/');
}

/**
 * "Palestinians killed waiting for aid", "shot trying to flee", "30 killed awaiting food
 * convoy": an -ing clause, not an object. An -ing word before a noun for people modifies it,
 * and the phrase is the object ("killed fleeing civilians").
 */
function startsAdjunctClause(words: readonly Word[], k: number): boolean {
  if (words[k]?.tag !== 'VBG') return false;
  const after = words[k + 1];
  if (!after || AFTER_ADJUNCT_TAGS.has(after.tag)) return true;
  let head = k + 1;
  while (/^(DT|PRP\$|CD|JJ)/.test(words[head]?.tag ?? '') && head < k + 4) head++;
  while (/^NN/.test(words[head + 1]?.tag ?? '') && head < k + 5) head++;
  const noun = words[head];
  return !!noun && /^NN/.test(noun.tag) && !isPeopleWord(noun.lower);
}
