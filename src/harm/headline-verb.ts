// A headline's verb in its -s form read as a plural noun ("Israeli military bombs/NNS buildings
// in Gaza", "Israel intensifies/NNS strikes"): the tagger, trained on running text, often reads
// the only verb of a verbless-looking headline as a noun. So too a plain form after a plural
// subject ("Spanish police arrest/NN Moroccan teenager"). The harm detector reads such a
// sentence with that word retagged VBZ or VBP; the tagger's output itself is left as it is.
// So too a past form read as a participle after a subject pronoun ("group says it killed/VBN
// missing soldiers"), read as the past tense it is.

import { lexiconAllows, lexiconTags, lexiconTagsByLikelihood } from '../nlp/tag-lexicon';
import type { TaggedSentence, Token } from '../types';
import { BASE_IS_PARTICIPLE } from '../nlp/grammar/verb-forms';
import { OBJECT_PARTICLES, SUBJECT_WORDS, TARGET_PREPOSITIONS, UNMARKED_PLURALS, quantifierLength } from '../nlp/grammar/function-words';
import { isPeopleWord } from '../nlp/grammar/people';
import { isAuxiliary } from './clause';

/** Tags of a finite verb: with one, the sentence has its verb and nothing is retagged. */
const FINITE = new Set(['VBZ', 'VBP', 'VBD', 'MD']);
/** Tags a headline's -s verb is misread as. */
const MISREAD = new Set(['NNS', 'NNPS', 'NNP']);
/** Tags that can end a subject before the verb. */
const SUBJECT_END = /^(NN|NNS|NNP|NNPS|JJ|PRP|CD)$/;
/** Tags that can open the verb's object (not a preposition: "settler attacks against Palestinians" is a noun's). */
const AFTER_VERB = /^(DT|JJ|JJS|NN|NNS|NNP|NNPS|CD|PRP|PRP\$)$/;
/** What the lexicon gives a word it does not list. */
const UNKNOWN_TAGS: ReadonlySet<string> = new Set(['', '-']);

/** The sentence with its headline verb retagged VBZ, or the sentence itself when it has a finite verb or no such word. */
export function withHeadlineVerb(sentence: TaggedSentence): TaggedSentence {
  const tokens = sentence.tokens;
  const swapped = swappedAt(tokens);
  if (swapped > 0) return retaggedPair(sentence, swapped, 'NNS', 'VBP');
  const nounAsVerb = verbAsNounAt(tokens);
  if (nounAsVerb > 0) return retaggedPair(sentence, nounAsVerb, 'VBZ', 'NN');
  if (countedSameFormParticiple(tokens)) return retagged(sentence, 1, 'VBN');
  if (leadingNounAsVerb(tokens)) return retaggedPair(sentence, 0, 'NN', 'VBZ');
  const past = pastAfterPronounAt(tokens);
  if (past > 0) return retagged(sentence, past, 'VBD');
  if (tokens.some((t) => FINITE.has(t.tag))) return sentence;
  const at = tokens.findIndex((t, i) => i > 0 && (isMisreadVerb(t) ? SUBJECT_END.test(tokens[i - 1]?.tag ?? '') : isMisreadPlural(t, tokens[i - 1])) && (opensObject(tokens[i + 1]) || modifierAndObject(tokens, i + 1) || particleAndObject(tokens, i + 1)));
  if (at < 0 || participleBefore(tokens, at)) return sentence;
  return retagged(sentence, at, isMisreadVerb(tokens[at] as Token) ? 'VBZ' : 'VBP');
}

/** The sentence with the words at `at` and `at + 1` retagged `first` and `second`. */
function retaggedPair(sentence: TaggedSentence, at: number, first: string, second: string): TaggedSentence {
  return retagged(retagged(sentence, at, first), at + 1, second);
}

/** The sentence with the word at `at` retagged `tag`. */
function retagged(sentence: TaggedSentence, at: number, tag: string): TaggedSentence {
  const tokens: Token[] = sentence.tokens.slice();
  tokens[at] = { ...(sentence.tokens[at] as Token), tag };
  return { ...sentence, tokens };
}

/**
 * "Eight hurt/VB on jet at airport", "Six cut/NN in knife attack": a headline that opens with a
 * count and a verb whose participle is its plain form, a preposition or nothing after it, is a
 * passive without its auxiliary (not "Three cut ties with", whose object follows).
 */
function countedSameFormParticiple(tokens: readonly Token[]): boolean {
  const verb = tokens[1];
  return tokens[0]?.tag === 'CD' && verb !== undefined && /^(VB|VBP|NN)$/.test(verb.tag) && BASE_IS_PARTICIPLE.has(verb.lower) && (tokens[2] === undefined || /^(IN|,|:)$/.test(tokens[2].tag));
}

/**
 * "Blast/VB hits/NNS bus", "Bomb/VB hits/NNS school": a headline that opens with a noun the
 * tagger read as an imperative, and its -s verb as a plural noun, has that noun as its subject
 * (a word the lexicon lists mostly as a noun, before an -s form and its object, with no finite
 * verb in the sentence; not "Ban/VB drinks/NNS", whose first word is mostly a verb).
 */
function leadingNounAsVerb(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  return first !== undefined && second !== undefined && /^VBP?$/.test(first.tag) && isMisreadVerb(second) && mostly(first.lower, 'NN') &&
    (tokens[2] === undefined || nounAfterVerb(tokens[2])) && !tokens.some((t) => FINITE.has(t.tag));
}

/**
 * After a verb already found, a word that opens its object, a noun even where it can be a verb
 * too ("school", "bus"), not one mostly a verb ("Bomb blasts kill five": "kill" is the verb).
 */
function nounAfterVerb(next: Token): boolean {
  return AFTER_VERB.test(next.tag) && !lexiconTagsByLikelihood(next.lower).startsWith('VB') && !isMisreadVerb(next);
}

/**
 * "Rebels say they bombed/VBN rail line", "group says it killed/VBN missing soldiers": a past
 * form the tagger read as a participle after a subject pronoun, before the object it takes, is
 * that subject's verb in the past tense. Not after an auxiliary or a modal, whose subject the
 * pronoun is ("where have they taken the prisoners"); not before a preposition, where "it" can
 * be an object with a participle of its own ("keep it tuned to"), or before "to" ("they forced
 * to fight": a passive without its auxiliary).
 */
function pastAfterPronounAt(tokens: readonly Token[]): number {
  return tokens.findIndex((t, i) =>
    i > 0 && t.tag === 'VBN' && SUBJECT_WORDS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.tag === 'PRP' &&
    !isAuxiliary(tokens[i - 2]?.lower ?? '') && (OPENS_NOUN_PHRASE.test(tokens[i + 1]?.tag ?? '') || modifierAndObject(tokens, i + 1)) && lexiconAllows(t.lower, 'VBD'));
}

/** Tags that open a noun phrase: an object after a transitive verb. */
const OPENS_NOUN_PHRASE = /^(DT|CD|JJ|JJS|NN|NNS|NNP|NNPS|PRP\$)$/;

/**
 * "Israel strikes/VBZ kill/NN 20 in Gaza", "Thailand attacks/VBZ kill/NN three": the tagger took
 * the subject's plural noun for the verb and the verb for a noun. The place of an -s form the
 * lexicon lists mostly as a plural noun, after the subject's first word, before a plain form
 * read as a noun, not mostly one, that opens an object: the -s form is the subject's noun, the
 * plain form its verb.
 */
function swappedAt(tokens: readonly Token[]): number {
  // (the tags first: they rule out most words before the lexicon is asked)
  return tokens.findIndex((t, i) =>
    i > 0 && t.tag === 'VBZ' && tokens[i + 1]?.tag === 'NN' && SUBJECT_END.test(tokens[i - 1]?.tag ?? '') &&
    mostly(t.lower, 'NNS') && lexiconAllows(tokens[i + 1]?.lower ?? '', 'VBP') && !mostly(tokens[i + 1]?.lower ?? '', 'NN') && (opensObject(tokens[i + 2]) || quantifiedCount(tokens, i + 2)));
}

/** A count with its quantifier at `k`: "at least 59", "more than 100", "nearly 300" ("floods kill at least 59"). */
function quantifiedCount(tokens: readonly Token[], k: number): boolean {
  const length = quantifierLength((j) => tokens[j]?.lower, k);
  return length > 0 && tokens[k + length]?.tag === 'CD';
}

/**
 * "Gunman shoots/NNS radio/VBP journalist": the other way round, the -s verb read as a plural
 * noun and the noun that opens its object, before the noun it modifies, as the verb. The place
 * of an -s form the lexicon lists mostly as a verb, after the subject's last word, before a word
 * read as a verb that is mostly a noun and a noun after it.
 */
function verbAsNounAt(tokens: readonly Token[]): number {
  return tokens.findIndex((t, i) =>
    i > 0 && t.tag === 'NNS' && SUBJECT_END.test(tokens[i - 1]?.tag ?? '') &&
    // ("Qaeda group claims/NNS attack/VBP on police station": an -s form that can be a verb, before
    // a noun the tagger read as one and the preposition of its target; not a word for people, the
    // subject of the verb after it: "Border guards fire on migrants")
    ((mostly(t.lower, 'VBZ') && /^VBP?$/.test(tokens[i + 1]?.tag ?? '') && mostly(tokens[i + 1]?.lower ?? '', 'NN') && /^NN/.test(tokens[i + 2]?.tag ?? '')) ||
      (lexiconAllows(t.lower, 'VBZ') && !isPeopleWord(t.lower) && /^VBP?$/.test(tokens[i + 1]?.tag ?? '') && mostly(tokens[i + 1]?.lower ?? '', 'NN') && TARGET_PREPOSITIONS.has(tokens[i + 2]?.lower ?? '')) ||
      // ("Guyana kills/NNS feared/VBD bandit": a past form the lexicon allows as an adjective, before its noun;
      // "raid kills/NNS wanted/VBD militant/JJ": a word for people the tagger read as an adjective)
      (mostly(t.lower, 'VBZ') && /^VB[DN]$/.test(tokens[i + 1]?.tag ?? '') && lexiconAllows(tokens[i + 1]?.lower ?? '', 'JJ') && nounAt(tokens[i + 2]))));
}

/** A noun, or an adjective that is a word for people ("militant", "rebel"). */
function nounAt(t: Token | undefined): boolean {
  return t !== undefined && (/^NN/.test(t.tag) || (t.tag === 'JJ' && isPeopleWord(t.lower)));
}

/**
 * The lexicon's likeliest tag for the word is `tag`: "strikes" is mostly a plural noun, "says"
 * and "drops" mostly verbs; "kill" is mostly a verb, "aid", "claim", "target" mostly nouns.
 */
function mostly(lower: string, tag: string): boolean {
  return lexiconTagsByLikelihood(lower).split('/')[0] === tag;
}

/**
 * "guard jailed over prison officers beating": a participle after its subject, before the word,
 * is the headline's verb (a passive without its auxiliary), and the word is in what follows it
 * (not past a word that opens a clause of its own: "Dozens hurt after army shells two villages").
 */
function participleBefore(tokens: readonly Token[], at: number): boolean {
  const verb = tokens.findIndex((t, i) => i > 0 && i < at && t.tag === 'VBN' && SUBJECT_END.test(tokens[i - 1]?.tag ?? ''));
  return verb > 0 && !tokens.slice(verb + 1, at).some((t) => CLAUSE_OPENERS.has(t.lower) || t.tag === ',' || t.tag === ':');
}

/** Words that open a clause with a verb of its own after a headline's participle. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'as', 'when', 'while', 'before', 'since', 'because', 'until', 'once', 'where', 'and', 'but', 'so']);

/**
 * The word after a candidate opens its object, and could not be the verb itself ("Israeli
 * forces kill/NN Palestinian man": "kill" is the verb, "forces" its subject's noun; "toll from
 * attacks nears 18,800": "nears").
 */
function opensObject(next: Token | undefined): boolean {
  return next !== undefined && AFTER_VERB.test(next.tag) && !lexiconAllows(next.lower, 'VBP') && !lexiconAllows(next.lower, 'VBD') && !isMisreadVerb(next);
}

/**
 * "Italian police bust/NN leading/VBG mafia boss": a participle the lexicon also lists as an
 * adjective, before a noun, opens the object as an adjective would.
 */
function modifierAndObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.tag === 'VBG' && lexiconAllows(t.lower, 'JJ') && /^NN/.test(tokens[k + 1]?.tag ?? '');
}

/**
 * "Colombia hands/NNS over/RB captured troops", "Rebels hand/NN over/RB two hostages": a
 * phrasal verb's particle at `k`, and its object after it (a participle before the object's noun
 * opens it too).
 */
function particleAndObject(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!OBJECT_PARTICLES.has(tokens[k]?.lower ?? '') || next === undefined) return false;
  return opensObject(next) || (/^(VBN|JJ)$/.test(next.tag) && /^NN/.test(tokens[k + 2]?.tag ?? ''));
}

/**
 * "Colombian police arrest/NN Italian fugitive", "settlers attack/NN Palestinian village": a
 * verb's plain form read as a noun after a plural subject, which it agrees with.
 */
function isMisreadPlural(t: Token, before: Token | undefined): boolean {
  return t.tag === 'NN' && before !== undefined && (PLURAL_SUBJECT.test(before.tag) || UNMARKED_PLURALS.has(before.lower)) && lexiconAllows(t.lower, 'VBP');
}

/** Tags of a plural subject's last word. */
const PLURAL_SUBJECT = /^(NNS|NNPS)$/;

/** A word read as a plural or a name that can be a verb's -s form. */
function isMisreadVerb(t: Token): boolean {
  return MISREAD.has(t.tag) && canBeSForm(t.lower);
}

/** A verb's -s form, by the lexicon, or unlisted with a verb as its stem ("intensifies", "pummels"; not "sars"). */
export function canBeSForm(lower: string): boolean {
  if (!/[^s']s$/.test(lower)) return false;
  if (!UNKNOWN_TAGS.has(lexiconTags(lower))) return lexiconAllows(lower, 'VBZ');
  return stemsOf(lower).some((stem) => lexiconAllows(stem, 'VB'));
}

/** The base forms an -s form can come from: "intensifies" → intensify, intensifie; "pummels" → pummel. */
function stemsOf(w: string): string[] {
  return w.endsWith('ies') ? [`${w.slice(0, -3)}y`, w.slice(0, -1)] : w.endsWith('es') ? [w.slice(0, -2), w.slice(0, -1)] : [w.slice(0, -1)];
}
