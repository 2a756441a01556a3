// What stands before a participle: an auxiliary ("were shot", "got fired", "have killed"),
// a coordinated participle ("were arrested and beaten"), or nothing ("Hundreds killed").

import type { Casing } from '../types';
import { isPeopleWord } from '../nlp/grammar/people';
import { isHeadline, startsTimeExpression } from './clause';
import { isTransitiveWithoutObject } from './missing-object';
import { hasDirectObject, hasNoPassive, headAfterGenitive, notPassive } from './not-passive';
import { lexiconAllows } from '../nlp/tag-lexicon';
import type { Word } from './word';
import { BETWEEN_AUXILIARY_AND_VERB, BE_FORMS, COORDINATORS, FINITE_BE, GET_FORMS, HAVE_FORMS, OF, PARTITIVES, POSSESSIVE_CLITICS } from '../nlp/grammar/function-words';
import { ADVERB_TAGS, FRONTING_TAGS, MISREAD_PARTICIPLE_TAGS, NOUN_TAGS, OBJECT_OPENER_TAGS, PARTICIPLE_TAGS, QUESTION_START_TAGS, QUOTE_TAGS, SHORT_SUBJECT_TAGS, VERB_PHRASE_TAGS } from '../nlp/grammar/tags';
import { BASE_IS_PARTICIPLE, PARTICIPLE_ONLY, canBeParticiple } from '../nlp/grammar/verb-forms';
import { beforePhraseEndingAt } from '../nlp/grammar/noun-phrase';
import { DOUBLE_OBJECT } from '../nlp/grammar/word-lists';

export type AuxiliaryKind = 'be' | 'get' | 'have' | 'none';

export interface VerbGroup {
  kind: AuxiliaryKind;
  /** Index of the auxiliary (after the participle in "Attached is ..."), or of the participle itself when there is none. */
  auxiliary: number;
  /** "beaten" in "were arrested and beaten": index of "arrested", else null. */
  coordinatedWith: number | null;
  /** The conjunct follows the earlier participle's own phrase ("was arrested in May and released"). */
  distant: boolean;
}

function couldBeParticiple(word: Word): boolean {
  return PARTICIPLE_TAGS.has(word.tag) || (MISREAD_PARTICIPLE_TAGS.has(word.tag) && canBeParticiple(word.lower));
}

/** Verbs that can be passive participles: the tagger's VBN and VBD (it confuses the two), and
 * participle forms it tagged JJ or NN right after "be"/"get"; anywhere, -ed forms it tagged JJ
 * that the lexicon knows only as verbs, and verbs it read as nouns after people. */
export function isParticipleCandidate(words: readonly Word[], i: number, casing: Casing): boolean {
  const word = hiddenParticiple(words[i] as Word, casing);
  // "were shot" tagged as an adjective or a noun, "were arrested, beaten" with "beaten" as a
  // base form: after "be"/"get", directly or through coordination, a participle form counts;
  // anywhere, a form that is nothing but a participle ("Demonstrators beaten, arrested").
  // (Tested first: it is the cheapest test, and it turns most words away.)
  if (word.tag !== 'VBN' && word.tag !== 'VBD' && !MISREAD_PARTICIPLE_TAGS.has(word.tag)) return false;
  if (BE_FORMS.has(word.lower) || GET_FORMS.has(word.lower) || HAVE_FORMS.has(word.lower)) return false;
  if (!canBeParticiple(word.lower)) return false;
  const group = verbGroupOf(words, i);
  // (not a verb with no passive joined to a passive: "was shot and fled")
  if (group.kind === 'be' || group.kind === 'get') return !readyToAct(words, i) && !(group.kind === 'be' && STATES_AFTER_BE.has(word.lower)) && !(group.coordinatedWith !== null && hasNoPassive(word.lower));
  // Elsewhere an adjective or noun reading stands, unless it is a known misreading.
  const adjective = MISREAD_PARTICIPLE_TAGS.has(word.tag) && !PARTICIPLE_ONLY.has(word.lower) && !misreadAdjective(word) && !misreadNoun(words, i) && !misreadBase(words, i) && !countedParticiple(words, i) && !gappedParticiple(words, i);
  return !adjective && (group.kind !== 'none' || !notPassive(words, i));
}

/**
 * "is prepared to discuss", "are set to vote", "was determined to win": after "be", these
 * participles before an infinitive say how ready the subject is, not what was done to it (the
 * passive manual's "stative or adjectival participles ... 'is prepared to', 'are set to'"; UD
 * English EWT train + dev tags "set", "determined" and "committed" there as adjectives, 8 of 8,
 * and "prepared" once as a passive: the manual decides).
 */
function readyToAct(words: readonly Word[], i: number): boolean {
  return READY.has((words[i] as Word).lower) && words[i + 1]?.lower === 'to' && words[i + 2]?.tag === 'VB';
}

const READY: ReadonlySet<string> = new Set(['prepared', 'set', 'poised', 'determined', 'committed']);

/**
 * "he was armed with a handgun", "the man was involved in a dispute": after "be" these name a
 * state of the subject, the manual's adjectival participles after a copula (UD English EWT
 * train + dev: "involved" after "be" is an adjective 5 of 7 times, "armed" never follows "be";
 * on the real dev gold, 6 of 6 "be armed with" and 3 of 3 "was involved" are not passives).
 * After a noun they stay open: "intruders, armed with a gun", "both men involved in the shooting".
 */
const STATES_AFTER_BE: ReadonlySet<string> = new Set(['armed', 'involved']);

/**
 * An -ed form tagged JJ that Brill's lexicon does not list as an adjective is a participle the
 * tagger misread: "Prisoners allegedly mistreated", "As discussed, ...", "a redlined version".
 */
function misreadAdjective(word: Word): boolean {
  return word.tag === 'JJ' && word.lower.endsWith('ed') && !lexiconAllows(word.lower, 'JJ');
}

/**
 * "Death toll rises to 45, over 200 wounded", "5 injured in crash": in a headline, a participle
 * the tagger read as an adjective, right after a count and with no noun after it, is the
 * count's reduced passive (../shared/guidelines/passive.md: "Hundreds killed"), when it is a
 * verb that must have an object and has none.
 */
function countedParticiple(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  // or as a noun ("Four shot as police raid camp": shot/NN), after any count but one ("one shot at the title")
  const tag = (words[i] as Word).tag;
  if ((tag !== 'JJ' && tag !== 'NN') || !before || !(before.tag === 'CD' || COUNT_NOUNS.has(before.lower)) || !isHeadline(words)) return false;
  if (tag === 'NN' && (before.lower === 'one' || before.lower === '1')) return false;
  return !NOUN_TAGS.has(words[i + 1]?.tag ?? '') && isTransitiveWithoutObject(words, i);
}

/**
 * "300 people had been killed and 900 wounded", "40 have been killed, the army said, and more
 * than 200 injured": a count after "and", then a participle of a verb that must have an object
 * and has none, after a passive with its auxiliary, is that passive's second conjunct with the
 * auxiliary left out (gapping; ../shared/guidelines/passive.md counts reduced passives). Not
 * when the count opens an object ("had been killed and 900 wounded soldiers": wounded
 * modifies a noun, caught by the missing object).
 */
export function gappedParticiple(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  let counted = false;
  while (k >= 0 && (words[k]?.tag === 'CD' || GAPPED_COUNT_WORDS.has((words[k] as Word).lower))) {
    if (words[k]?.tag === 'CD' || COUNT_NOUNS.has((words[k] as Word).lower) || (words[k] as Word).lower === 'many' || (words[k] as Word).lower === 'others') counted = true;
    k--;
  }
  if (!counted || words[k]?.lower !== 'and') return false;
  for (let j = k - 1; j >= 1 && j >= k - MAX_GAPPED_DISTANCE; j--) {
    if (PARTICIPLE_TAGS.has((words[j] as Word).tag) && BE_FORMS.has((words[j - 1] as Word).lower)) return isTransitiveWithoutObject(words, i);
  }
  return false;
}

/** Words of a count before a gapped participle: "hundreds more", "more than 200", "about 3,700", "many others". */
const GAPPED_COUNT_WORDS: ReadonlySet<string> = new Set(['more', 'than', 'about', 'around', 'nearly', 'almost', 'over', 'roughly', 'some', 'at', 'least', 'many', 'others', 'dozens', 'hundreds', 'thousands', 'scores', 'millions']);
/** How far before "and" the passive a gapped participle shares its auxiliary with may end ("had been killed, the army said, and"). */
const MAX_GAPPED_DISTANCE = 8;

/** Plural counts that stand for people: "dozens injured". */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions']);

/**
 * "Man shot outside mosque", "Officer shot during traffic stop": after a word for people the
 * tagger reads "shot" as the head of a compound noun ("man shot", like "flu shot"). In a
 * headline, a verb that must have an object, with none after it, right after people is their
 * participle. Not in prose, where "The police shot in the air." is as likely.
 */
function misreadNoun(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if ((words[i] as Word).tag !== 'NN' || !before || !NOUN_TAGS.has(before.tag) || !isHeadline(words)) return false;
  return isPeopleWord(before.lower) && isTransitiveWithoutObject(words, i);
}

/**
 * "GOP Lawmaker Hit With Ethics Complaint" (Hit/VB), "Dozens of Palestinians hurt in
 * confrontations" (hurt/VBP): in a headline, a verb whose base form is also its participle,
 * read as a base or present form right after a noun and with a preposition or nothing after it
 * (no object), may be the noun's reduced passive; the rules and the classifier decide.
 */
function misreadBase(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word;
  if ((word.tag !== 'VB' && word.tag !== 'VBP') || !BASE_IS_PARTICIPLE.has(word.lower) || !NOUN_TAGS.has(words[i - 1]?.tag ?? '') || !isHeadline(words)) return false;
  const next = words[i + 1];
  return !next || next.tag === 'IN' || next.tag === ',' || next.tag === '.';
}

/**
 * Title Case and ALL CAPS hide a participle as a proper noun ("Journalist Shot In Mexico":
 * Shot/NNP); one the lexicon knows as a participle counts as one.
 */
function hiddenParticiple(word: Word, casing: Casing): Word {
  if (casing === 'sentence' || (word.tag !== 'NNP' && word.tag !== 'NNPS')) return word;
  return lexiconAllows(word.lower, 'VBN') ? { lower: word.lower, tag: 'VBN' } : word;
}

export function verbGroupOf(words: readonly Word[], i: number): VerbGroup {
  const before = previousNonAdverb(words, i);
  const kind = possessiveBefore(words, before, i) ? 'none' : hasBeforeObject(words, before, i) ? 'have' : auxiliaryKind(before >= 0 ? (words[before] as Word).lower : '');
  if (kind !== 'none') return { kind, auxiliary: before, coordinatedWith: null, distant: false };
  const inverted = invertedAuxiliary(words, i);
  if (inverted >= 0) return { kind: auxiliaryKind((words[inverted] as Word).lower), auxiliary: inverted, coordinatedWith: null, distant: false };
  const fronted = frontedParticiple(words, i);
  if (fronted >= 0) return { kind: 'be', auxiliary: fronted, coordinatedWith: null, distant: false };
  const alone: VerbGroup = { kind, auxiliary: i, coordinatedWith: null, distant: false };
  const joiner = before >= 0 ? (words[before] as Word).lower : '';
  // "are owned/operated by"
  if (!COORDINATORS.has(joiner) && joiner !== ',' && joiner !== '/') return alone;
  // "were arrested, beaten and tortured": look through the coordinator to the participle before.
  let j = before - 1;
  while (j >= 0 && ((words[j] as Word).tag === ',' || ADVERB_TAGS.has((words[j] as Word).tag))) j--;
  if (j < 0) return alone;
  if (!couldBeParticiple(words[j] as Word)) return joiner === ',' && !listGoesOn(words, i) ? alone : farConjunct(words, j, alone);
  const earlier = verbGroupOf(words, j);
  // A comma joins participles only in a list that shares an auxiliary.
  if (joiner === ',' && earlier.kind !== 'be' && earlier.kind !== 'get') return alone;
  return { kind: earlier.kind, auxiliary: earlier.auxiliary, coordinatedWith: j, distant: false };
}

/**
 * "it's killed half of", "he's had a long day": "'s" before a participle with an object
 * after it is "has" (a passive takes no object). In UD English EWT train + dev, of the 6 such
 * participles before a determiner, number or possessive (not a time: "it's done every day"),
 * 5 are not passive and the sixth, marked passive, reads as a perfect too ("SoCal's announced
 * their abandoning"). Not a verb that keeps a second object in the passive ("it's called a pandemic").
 */
function hasBeforeObject(words: readonly Word[], before: number, i: number): boolean {
  const clitic = words[before]?.lower;
  if (before !== i - 1 || (clitic !== "'s" && clitic !== '’s')) return false;
  const next = words[i + 1];
  // of the verbs that keep a second object in the passive, only readings "is" cannot have:
  // "he's called for a ceasefire", "he's made a decision" (not "he's called a liar")
  if (DOUBLE_OBJECT.has((words[i] as Word).lower)) return HAS_ONLY.some(([verb, after]) => (words[i] as Word).lower === verb && after.includes(next?.lower ?? ''));
  // "it's killed half of its commanders": a part before "of" opens the object too
  if (!next || startsTimeExpression(words, i + 1)) return false;
  return OBJECT_OPENER_TAGS.has(next.tag) || (PARTITIVES.has(next.lower) && words[i + 2]?.lower === 'of');
}



/** A verb of the double-object list and the words after it that only "has" reads: "he's called for", "she's made a decision". */
const HAS_ONLY: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['called', ['for', 'on', 'off']],
  ['made', ['a', 'an', 'the', 'its', 'his', 'her', 'their']],
];

/**
 * "China's planned embassy", "Israel's expanded offensive": a genitive "'s" (tagged POS)
 * before a participle that modifies the noun after it is no "is"; so too with the participle
 * and its noun quoted, a gerund as the noun ("the army's 'planned withdrawal'", "the state's
 * ‘sanctioned killing’ of").
 */
function possessiveBefore(words: readonly Word[], before: number, i: number): boolean {
  const clitic = words[before];
  if (clitic === undefined || clitic.tag !== 'POS' || !POSSESSIVE_CLITICS.has(clitic.lower)) return false;
  const quoted = before === i - 2 && QUOTE_TAGS.has(words[i - 1]?.tag ?? '');
  // past adverbs of degree or time: "Europe's most used system", "the army's newly expanded offensive"
  let adverbs = before + 1;
  while (adverbs < i && ADVERB_TAGS.has((words[adverbs] as Word).tag)) adverbs++;
  const next = words[i + 1];
  // (or names the genitive's people: "for Freedonia's displaced", not-passive.ts)
  return ((adverbs === i || quoted) && next !== undefined && (NOUN_TAGS.has(next.tag) || (quoted && next.tag === 'VBG'))) || (before === i - 1 && headAfterGenitive(words, i));
}

/**
 * A conjunct with its own direct object is its subject's active verb, not sharing the passive
 * before it: "were detained at the border and attacked a guard" (not "were arrested and
 * beaten"). The passive detector and the harm detector's voice both ask this.
 */
export function conjunctWithOwnObject(words: readonly Word[], i: number, group: VerbGroup): boolean {
  return group.coordinatedWith !== null && hasDirectObject(words, i);
}

/**
 * "threatened, assaulted", "arrested and deported": a participle with no auxiliary right
 * before a coordinator or a comma, and so with no object, in a list with the participle at
 * `i`: its index, else -1. The passive detector makes it passive when `i` is a reduced passive.
 */
export function earlierInList(words: readonly Word[], i: number, casing: Casing): number {
  const joiner = previousNonAdverb(words, i);
  const word = words[joiner]?.lower ?? '';
  if (word !== ',' && !COORDINATORS.has(word)) return -1;
  const j = previousNonAdverb(words, joiner);
  if (j < 0 || !isParticipleCandidate(words, j, casing) || verbGroupOf(words, j).kind !== 'none') return -1;
  return j;
}

/** "arrested by police, [taken] to a station and beaten": a participle after a coordinator further on makes the comma a list's. */
function listGoesOn(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + MAX_CONJUNCT_DISTANCE; k++) {
    if (!COORDINATORS.has((words[k] as Word).lower)) continue;
    const next = words[nextNonAdverb(words, k + 1)];
    return next !== undefined && (next.tag === 'VBN' || next.tag === 'VBD');
  }
  return false;
}

function nextNonAdverb(words: readonly Word[], k: number): number {
  while (k < words.length && ADVERB_TAGS.has((words[k] as Word).tag)) k++;
  return k;
}

const MAX_CONJUNCT_DISTANCE = 14;

/**
 * "was confiscated from him during his arrest and handed over to ...", "can be checked in and
 * checked out": a participle after "and" shares the auxiliary of a passive participle further
 * back when nothing but that participle's own phrase (no other verb, no clause break) lies
 * between. `last` is the word before the coordinator.
 */
function farConjunct(words: readonly Word[], last: number, alone: VerbGroup): VerbGroup {
  for (let j = last; j >= 0 && last - j < MAX_CONJUNCT_DISTANCE; j--) {
    const word = words[j] as Word;
    if (word.tag === 'VBN' || word.tag === 'VBD') {
      const earlier = verbGroupOf(words, j);
      if (earlier.kind !== 'be' && earlier.kind !== 'get') return alone;
      return { kind: earlier.kind, auxiliary: earlier.auxiliary, coordinatedWith: j, distant: true };
    }
    if (!VERB_PHRASE_TAGS.has(word.tag)) return alone;
  }
  return alone;
}

const MAX_SUBJECT = 6;
const WH_QUESTION_TAGS: ReadonlySet<string> = new Set(['WP', 'WRB']);

/**
 * Questions put the subject between auxiliary and participle: "Why is the city called X?",
 * and the perfect's "have": "What has Israel's denial of food done to ...?" (active).
 */
function invertedAuxiliary(words: readonly Word[], i: number): number {
  const j = beforePhraseEndingAt(words, i, SHORT_SUBJECT_TAGS, MAX_SUBJECT, OF);
  if (j < 0 || j === i - 1) return -1;
  const aux = (words[j] as Word).lower;
  const before = words[j - 1];
  // "have" before its object and a participle is causative as often ("have the test done"):
  // inverted only in a wh-question ("What has the war done?") or a yes/no one
  if (HAVE_FORMS.has(aux)) return aux !== 'having' && (before ? WH_QUESTION_TAGS.has(before.tag) : words[words.length - 1]?.lower === '?') ? j : -1;
  if (!BE_FORMS.has(aux) && !GET_FORMS.has(aux)) return -1;
  return !before || QUESTION_START_TAGS.has(before.tag) ? j : -1;
}

/** "Attached is the draft", "As discussed, enclosed are ...": the participle before "be". */
function frontedParticiple(words: readonly Word[], i: number): number {
  const previous = words[i - 1];
  if (previous && !FRONTING_TAGS.has(previous.tag)) return -1;
  return FINITE_BE.has(words[i + 1]?.lower ?? '') ? i + 1 : -1;
}

function auxiliaryKind(word: string): AuxiliaryKind {
  if (BE_FORMS.has(word)) return 'be';
  if (GET_FORMS.has(word)) return 'get';
  if (HAVE_FORMS.has(word)) return 'have';
  return 'none';
}

/** "was only asked", "were both killed", "is either fined or jailed", "was "forced"", "were re-routed". */
/** The longest prefix hyphened to a participle after an auxiliary: "re-", "ill-", "self-", "over-". */
const MAX_PREFIX_LENGTH = 4;

function previousNonAdverb(words: readonly Word[], i: number): number {
  let j = i - 1;
  for (;;) {
    const word = words[j];
    if (!word) return j;
    if (ADVERB_TAGS.has(word.tag) || BETWEEN_AUXILIARY_AND_VERB.has(word.lower) || word.tag === '``') j--;
    // "were re-routed", "would be ill-advised", "will be e-mailed": the prefix and its hyphen
    // (a short one: not the first half of a compound, "American-made")
    else if (word.tag === 'HYPH' && j === i - 1 && (words[j - 1]?.lower.length ?? 0) <= MAX_PREFIX_LENGTH) j -= 2;
    else return j;
  }
}
