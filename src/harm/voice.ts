// Active or passive, for a harm verb: an auxiliary "be"/"get" makes it passive, "have"
// active; past-tense headlines need more. The passive detector's annotation is used, but
// a subject before and an object after make it active whatever it says ("Police Killed
// Two Men In Latakia"), as the issue asks.

import { conjunctWithOwnObject, verbGroupOf } from '../detectors/verb-group';
import type { HarmContext } from './context';
import { FINDING_VERBS, isSourceTag, objectOf, subjectOf } from './clause';
import { isLowerCasePlaceName } from './phrases';
import type { Candidate } from './candidates';
import { findByAgent } from '../detectors/by-agent';
import { isPeopleWord } from '../nlp/grammar/people';
import { wordForms } from '../nlp/grammar/inflect';
import { PRENOMINAL_ING } from '../nlp/grammar/word-lists';
import { lexiconAllows } from '../nlp/tag-lexicon';
import { FIRED_THINGS, NUMBER_WORDS, PLACE_PREPOSITIONS, POSSESSIVE_CLITICS, REPETITIONS, SUBJECT_WORDS, TIME_WORDS, quantifierLength } from '../nlp/grammar/function-words';

export type Voice = 'active' | 'passive';

/** Verbs whose passive subject is what is fired (the shots they fire: function-words.ts FIRED_THINGS). */
const FIRING: ReadonlySet<string> = new Set(['fire~v', 'launch~v'].flatMap(wordForms));

export function voiceOf(ctx: HarmContext, c: Candidate): Voice {
  if (!c.forms.includes('past')) return 'active';
  if (c.entry.pos === 'verb' && c.entry.passiveOnly) return 'passive';
  const group = verbGroupOf(ctx.tokens, c.start);
  // "Israel says it's killed half of the commanders": "'s" before a harm verb with an object is "has"
  if (group.kind === 'be' && POSSESSIVE_CLITICS.has(ctx.words[group.auxiliary] ?? '') && objectOf(ctx, c.end)) return 'active';
  // "was detained at the border and attacked a guard": active, as for the passive detector
  if (conjunctWithOwnObject(ctx.tokens, c.start, group)) return 'active';
  if (group.kind === 'be' || group.kind === 'get') return 'passive';
  if (group.kind === 'have') return 'active';
  // "the blast killed between 100 and 300 people": a range of counts after the verb is its
  // object, though the passive detector read "between" as a preposition
  if (ctx.words[c.end] === 'between' && objectOf(ctx, c.end)) return 'active';
  // a passive the passive detector's rules are sure of ("30 killed awaiting food convoy": the
  // -ing clause after it is no object)
  if (ctx.passives.get(c.start)?.rule.startsWith('passive/must/')) return 'passive';
  // "a report of shots fired at a house": the shots, right before the verb, are what is
  // fired, its passive subject, not a doer (a weapon before it is read as its instrument:
  // "shells fired into Gaza forced families to flee")
  if (FIRING.has(ctx.words[c.start] ?? '') && FIRED_THINGS.has(ctx.words[c.start - 1] ?? '')) return 'passive';
  // "at least eight killed scores injured": a bare count after the verb with a harm participle
  // of its own is the next item of a list of casualties, no object
  if (countedCasualtiesAfter(ctx, c.end)) return 'passive';
  // a headline's "Man sentenced death", "to" dropped: the penalty after the passive is no object
  if (ctx.passives.has(c.start) && SENTENCING.has(ctx.words[c.start] ?? '') && PENALTIES.has(ctx.words[c.end] ?? '')) return 'passive';
  // (a sum of money is an object too: "Police also seized $129 in cash")
  // (not after a wording's own preposition: "held in lieu of a cash bond")
  // (not how often, of one found so: "found Dana Ruiz shot several times")
  const object = objectOf(ctx, c.end);
  const howOften = object !== null && REPETITIONS.has(ctx.words[object.head] ?? '') && foundSo(ctx, c.start);
  // (nor, after a participle the passive detector read as a passive, a place's name in lower
  // case: in a headline written all in lower case, "protesters arrested london" drops the "in")
  const placeAfter = object !== null && ctx.passives.has(c.start) && isLowerCasePlaceName(ctx, object);
  // (an -ing word after a past tense with its subject pronoun opens the object: "group says it
  // killed missing soldiers")
  if (((object && !howOften && !placeAfter) || (c.end === c.start + 1 && ctx.tokens[c.end]?.tag === '$')) && !(ingAdjunct(ctx, c.end) && !pronounSubjectBefore(ctx, c.start)) && !isSourceTag(ctx, c.end)) return 'active';
  // "troops fired on the march": a verb with its preposition and a noun phrase after it is active
  // (not a preposition of place the tagger read as an adjective: "gunned down outside/JJ store")
  if (c.end - c.start > 1 && /^(IN|RP)$/.test(ctx.tokens[c.end - 1]?.tag ?? '') && /^(DT|PRP|CD|JJ|NN)/.test(ctx.tokens[c.end]?.tag ?? '') && !PLACE_PREPOSITIONS.has(ctx.words[c.end] ?? '')) return 'active';
  if (ctx.passives.has(c.start) || ctx.sentence.casing !== 'sentence') return 'passive';
  // "hurt", "hit": a base form too, active unless tagged as a participle, or read as a
  // present tense with no object after plural people and before a preposition ("Dozens of
  // Palestinians hurt/VBP in confrontations": a present "hurt" would need its object)
  if (c.forms.includes('base') && ctx.tokens[c.start]?.tag !== 'VBN') return presentWithoutObject(ctx, c) ? 'passive' : 'active';
  if (findByAgent(ctx.sentence, c.end - 1, ctx.text)) return 'passive';
  // A transitive harm verb in the past with no object is a reduced passive ("Security guard
  // shot dead in robbery"), unless an adverb takes the object's place ("The striker shot wide").
  // "A gunman opened fire in a mall" needs no object.
  if (c.entry.victim === 'any') return 'active';
  // ("Two wounded overnight": a time is no such adverb)
  const after = ctx.words[c.end] ?? '';
  return /^(RB|RP)/.test(ctx.tokens[c.end]?.tag ?? '') && after !== 'dead' && !TIME_WORDS.has(after) ? 'active' : 'passive';
}

/** The participle at `start` says what state someone was found in: its subject is a verb of finding's object. */
function foundSo(ctx: HarmContext, start: number): boolean {
  const subject = subjectOf(ctx, start, 'patient');
  return subject !== null && FINDING_VERBS.has(ctx.words[subject.start - 1] ?? '');
}

/**
 * A count alone (a number or a word of number: "scores", "dozens") at `start`, after a quantifier
 * or none ("more than 150"), then a past form of a
 * harm verb that modifies no noun after it ("killed 12 wounded soldiers" has its object).
 */
function countedCasualtiesAfter(ctx: HarmContext, start: number): boolean {
  // (with its quantifier: "9 killed nearly 60 hurt")
  const k = start + quantifierLength((j) => ctx.words[j], start);
  const count = ctx.tokens[k]?.tag === 'CD' || NUMBER_WORDS.has(ctx.words[k] ?? '');
  return count && ctx.lexicon.verbForms.get(ctx.words[k + 1] ?? '')?.includes('past') === true && !/^NN/.test(ctx.tokens[k + 2]?.tag ?? '');
}

/** A one-word harm verb tagged as a present tense (VBP) or a noun, after plural people or a count, with a preposition or its clause's end after it. */
function presentWithoutObject(ctx: HarmContext, c: Candidate): boolean {
  if (c.end !== c.start + 1 || !/^(VBP|NN)$/.test(ctx.tokens[c.start]?.tag ?? '') || !/^(NNS|NNPS|CD)$/.test(ctx.tokens[c.start - 1]?.tag ?? '')) return false;
  // (or at the end of its clause: "Bomb explodes in bus, 3 hurt/NN")
  const next = ctx.tokens[c.end];
  return next === undefined || /^[,.:]$/.test(next.tag) || (next.tag === 'IN' && ctx.words[c.end] !== 'by');
}

/** A past tense right after its subject pronoun: "it killed", "they bombed". */
function pronounSubjectBefore(ctx: HarmContext, start: number): boolean {
  return ctx.tokens[start]?.tag === 'VBD' && ctx.tokens[start - 1]?.tag === 'PRP' && SUBJECT_WORDS.has(ctx.words[start - 1] ?? '');
}

/**
 * "Two firefighters injured battling/NN blaze", "killed fighting the militia": an -ing verb
 * with its own object after the participle opens an adjunct clause, not the participle's
 * object; but "killed fleeing civilians": an -ing of a verb with no object before people
 * modifies them.
 */
function ingAdjunct(ctx: HarmContext, k: number): boolean {
  const w = ctx.words[k] ?? '';
  if (!/ing$/.test(w) || !lexiconAllows(w, 'VBG')) return false;
  return !(PRENOMINAL_ING.has(w) && isPeopleWord(ctx.words[k + 1] ?? ''));
}

const SENTENCING: ReadonlySet<string> = new Set(['sentenced', 'condemned']);
const PENALTIES: ReadonlySet<string> = new Set(['death', 'life']);
