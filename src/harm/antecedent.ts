// A victim named only by a third-person pronoun ("told authorities she had been shot", "fired a
// gun at them") is named by the noun phrase the pronoun stands for, earlier in the sentence: the
// manual's victim span gives the words naming the victims ("the 33-year-old"), and its coders
// read them through the pronoun. Only people the sentence names plainly (a word for people, not
// a bare name), agreeing in number and in lexical gender, and not a security force; a pronoun
// object never stands for its own verb's subject ("Woman says the DJ groped her": the woman, not
// the DJ), a reflexive always for a phrase before it ("shooting himself").
// "it" as a harm verb's subject stands for a thing that does harm, a weapon, a vehicle or an
// attack named before it (thingStoodForByIt): the doer's place then holds a cause, not a party.

import type { Span } from '../types';
import { type HarmContext, spanOf, tokenRange } from './context';
import { type Phrase, isNounish, isPeople, isProperName, isYear, npEndingAt, timesAfter } from './phrases';
import { namedBeforeAge } from './clause';
import { causeClassOf } from './cause';
import { INDEFINITE_PERSONS, NUMBER_WORDS, ORDINAL_SUFFIXES, RELATIVE_SUBJECTS, TIME_WORDS } from '../nlp/grammar/function-words';

type Ctx = Pick<HarmContext, 'tokens' | 'words' | 'lexicon' | 'sentence' | 'text'>;

interface PronounKind {
  plural: boolean;
  /** An object form ("him", "her", "them"), which never stands for its own verb's subject. */
  object: boolean;
  gender: 'male' | 'female' | null;
  reflexive: boolean;
}

const PRONOUNS: Readonly<Record<string, PronounKind>> = {
  he: { plural: false, object: false, gender: 'male', reflexive: false },
  him: { plural: false, object: true, gender: 'male', reflexive: false },
  // a possessive may stand for its own clause's subject ("The resident will recover from his injuries")
  his: { plural: false, object: false, gender: 'male', reflexive: false },
  himself: { plural: false, object: false, gender: 'male', reflexive: true },
  she: { plural: false, object: false, gender: 'female', reflexive: false },
  her: { plural: false, object: true, gender: 'female', reflexive: false },
  herself: { plural: false, object: false, gender: 'female', reflexive: true },
  they: { plural: true, object: false, gender: null, reflexive: false },
  them: { plural: true, object: true, gender: null, reflexive: false },
  their: { plural: true, object: false, gender: null, reflexive: false },
  themselves: { plural: true, object: false, gender: null, reflexive: true },
  // a headline's reflexive: "Prisoner kills self"
  self: { plural: false, object: false, gender: null, reflexive: true },
};

/**
 * "told authorities she had been shot", "the DJ assaulted her": a victim named by "she", "her" or
 * "herself" is a woman to the manual's coders (its role list: woman), whatever phrase the
 * pronoun stands for, unless that phrase gives another role ("the girl": child).
 */
export function isFemalePronoun(ctx: Ctx, victim: Span): boolean {
  const [start, end] = tokenRange(ctx, victim);
  return end === start + 1 && PRONOUNS[ctx.words[start] as string]?.gender === 'female';
}

/**
 * The phrase the victim's pronoun stands for, or null when it is no pronoun or none is found.
 * `victims`: those of the sentence's harm events; a bare name among them is a person ("shot
 * Salgado once in the chest, killing him").
 */
export function antecedentOf(ctx: Ctx, victim: Span, victims: readonly Span[] = []): Span | null {
  const [start, end] = tokenRange(ctx, victim);
  const kind = pronounAt(ctx, start);
  if (!kind || end !== start + 1) return null;
  // the subjects the pronoun cannot stand for: its own verb's, and those of the same pronoun
  // earlier as an object ("Medics tried to treat him, but he died": he is him, not the medics)
  const notSubjects: Phrase[] = [];
  const ownSubject = kind.object ? subjectOfGoverningVerb(ctx, start) : null;
  if (ownSubject) notSubjects.push(ownSubject);
  const speakerVerb = quotingVerbBefore(ctx, start);
  // a reflexive's verb right before it, whatever its tag ("Prisoner kills/NNS self"), is no noun
  const verbBefore = kind.reflexive && ctx.lexicon.verbForms.has(ctx.words[start - 1] ?? '') ? start - 1 : -1;
  for (let j = start - 1; j >= 0; j--) {
    if (j === verbBefore) continue;
    const earlier = pronounAt(ctx, j);
    if (earlier?.object && earlier.plural === kind.plural && earlier.gender === kind.gender) {
      const itsSubject = subjectOfGoverningVerb(ctx, j);
      if (itsSubject) notSubjects.push(itsSubject);
    }
    // a phrase ends at j: a head with no noun after it (its genitive's "'s" may follow)
    // (not inside a hyphened compound: "the 33-year-old")
    // (nor an ordinal's number the tokeniser split: "near 56th Street")
    // (nor a time after the head: "on a Brooklyn man Thursday")
    const nounAfter = j + 1 !== verbBefore && /^(NN|HYPH)/.test(ctx.tokens[j + 1]?.tag ?? '') && !TIME_WORDS.has(ctx.words[j + 1] as string);
    // (nor a count or part before "of", whose phrase goes on: "One of the bullets hit him")
    // (nor a date's year or day: "(Filed May 3, 2016) He was flown to a clinic")
    if (nounAfter || ctx.words[j + 1] === 'of' || ORDINAL_SUFFIXES.has(ctx.words[j + 1] ?? '') || TIME_WORDS.has(ctx.words[j] as string) || inDate(ctx, j) || !(isNounish(ctx, j) || ctx.tokens[j]?.tag === 'JJ')) continue;
    const np = npEndingAt(ctx, j, kind.plural);
    // (nor "Nobody knows whether she ...": an indefinite pronoun stands for no one in particular)
    // nor the one told ("told staff she had been stabbed": the teller, wordlists.yml told)
    // (nor one worded as that subject is, the same one named again: "ran from the man, but the man shot him")
    // (nor the speaker of the quotation the pronoun is in: 'The sergeant said: "He was shot"')
    if (!np || np.end === speakerVerb || notSubjects.some((subject) => np.end === subject.end || sameWords(ctx, np, subject)) || INDEFINITE_PERSONS.has(ctx.words[np.head] as string) || ctx.lexicon.lists.get('told')?.has(ctx.words[np.start - 1] ?? '') === true) continue;
    // (an age set off by commas stands for the one named before it: "The man, 31, was standing ... when he")
    const phrase = namedBeforeAge(ctx, np) ?? possessorOf(ctx, nearestOfPhrase(ctx, np));
    // (an emphatic reflexive right after a name stands for it: "Carter himself was shot")
    if (kind.reflexive && phrase.end === start && isProperName(ctx, phrase)) return spanOf(ctx, phrase.start, phrase.end);
    if ((isPeople(ctx, phrase, true) || (!kind.plural && !kind.object && personalName(ctx, phrase))) && agrees(ctx, phrase, kind) && !ctx.lexicon.forces.has(ctx.words[phrase.head] as string)) return spanOf(ctx, phrase.start, phrase.end);
    // (a harm's victim ending where the phrase ends, a bare name too)
    const harmed = victims.find((v) => v.end === ctx.tokens[phrase.end - 1]?.end && v.start >= (ctx.tokens[phrase.start]?.start ?? Infinity));
    if (harmed) {
      const [hs, he] = tokenRange(ctx, harmed);
      if (agrees(ctx, { start: hs, end: he, head: he - 1 }, kind)) return harmed;
    }
  }
  return null;
}

/** A number that is a year, or a day after its month ("Jan. 5"): part of a date, no one. */
function inDate(ctx: Ctx, j: number): boolean {
  return ctx.tokens[j]?.tag === 'CD' && (isYear(ctx.words[j] as string) || TIME_WORDS.has(ctx.words[j - 1] ?? ''));
}

/**
 * 'The sergeant said: "He was shot"': the verb of saying whose quotation holds token `start`
 * (a quote mark opening it after the verb and a colon or comma), or -1.
 */
function quotingVerbBefore(ctx: Ctx, start: number): number {
  for (let j = start - 1; j >= 2; j--) {
    if (!OPENING_QUOTES.has(ctx.words[j] as string)) continue;
    const verb = QUOTE_LEADS.has(ctx.words[j - 1] as string) ? j - 2 : -1;
    return verb >= 0 && ctx.lexicon.lists.get('reporting')?.has(ctx.words[verb] as string) === true ? verb : -1;
  }
  return -1;
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
/** What stands between a verb of saying and the quotation it opens. */
const QUOTE_LEADS: ReadonlySet<string> = new Set([':', ',']);

/**
 * The kind of the pronoun at token i, or undefined: "her" before a noun is a possessive ("her
 * boyfriend"), no object (not before a count of times: "abused her dozens of times").
 */
function pronounAt(ctx: Ctx, i: number): PronounKind | undefined {
  const kind = PRONOUNS[ctx.words[i] as string];
  return kind && ctx.words[i] === 'her' && /^(NN|JJ|CD)/.test(ctx.tokens[i + 1]?.tag ?? '') && !timesAfter(ctx, i + 1) ? { ...kind, object: false } : kind;
}

/**
 * "Freeland was treated for his injuries", "Torres is expected to survive his wounds": in running
 * text, a name of proper nouns only (no place's: phrases.ts isPeople), the subject of a verb, is a
 * person's, whom "he", "she" or "his" may stand for (not an object's "him" or "her", which may
 * stand for someone the name's clause acts on: "her husband, Jaikaran Ramnaresh, told her").
 */
function personalName(ctx: Ctx, p: Phrase): boolean {
  // (only as a subject, a verb after it: "Kent was confronted", "Hopkins then killed himself"; a
  // street, a hospital or a town the text also names by proper nouns is no subject there)
  let next = p.end;
  if (ctx.tokens[next]?.tag === 'RB') next++;
  if (ctx.sentence.casing !== 'sentence' || !/^(VB|MD)/.test(ctx.tokens[next]?.tag ?? '')) return false;
  // (nor letters in capitals, an agency's: "JFRD", "EMS")
  for (let k = p.start; k < p.end; k++) if (!/^NNP/.test(ctx.tokens[k]?.tag ?? '') || !/\p{Ll}/u.test(ctx.tokens[k]?.text ?? '')) return false;
  return isPeople(ctx, p, false);
}

/** "The family of a street vendor say he was shot": the pronoun agrees with the phrase after "of". */
function nearestOfPhrase(ctx: Ctx, np: Phrase): Phrase {
  const of = ctx.words.lastIndexOf('of', np.head);
  return of > np.start && of < np.head ? { start: of + 1, end: np.end, head: np.head } : np;
}

/** "The reporter's body was taken ... after she was killed": the pronoun stands for the possessor. */
function possessorOf(ctx: Ctx, np: Phrase): Phrase {
  for (let k = np.head - 1; k > np.start; k--) {
    if (ctx.tokens[k]?.tag === 'POS') return { start: np.start, end: k, head: k - 1 };
  }
  return np;
}

function agrees(ctx: Ctx, p: Phrase, kind: PronounKind): boolean {
  const coordinated = ctx.words.slice(p.start, p.end).includes('and');
  // (not an age's number: "a 35-year-old man", "a 35 year-old man")
  const age = (k: number): boolean => ctx.tokens[k + 1]?.tag === 'HYPH' || (ctx.tokens[k + 2]?.tag === 'HYPH' && ctx.words[k + 3] === 'old');
  const counted = ctx.tokens.slice(p.start, p.head).some((t, k) => (t.tag === 'CD' || NUMBER_WORDS.has(ctx.words[p.start + k] as string)) && ctx.words[p.start + k] !== 'one' && !age(p.start + k));
  const plural = coordinated || counted || /^NNP?S$/.test(ctx.tokens[p.head]?.tag ?? '');
  if (plural !== kind.plural) return false;
  // any word of the phrase: "spokeswoman Melissa Richard" is no "he"
  const other = kind.gender === 'male' ? 'female-persons' : kind.gender === 'female' ? 'male-persons' : null;
  const list = other ? ctx.lexicon.lists.get(other) : undefined;
  return !list || !ctx.words.slice(p.start, p.end).some((w) => list.has(w));
}

/** The subject of the verb whose object the pronoun at `i` is ("the DJ groped her", "fired a gun at them"). */
function subjectOfGoverningVerb(ctx: Ctx, i: number): Phrase | null {
  let v = i - 1;
  // "fired a gun at them", "struck her": past a preposition and the verb's first object
  if (ctx.tokens[v]?.tag === 'IN') v--;
  while (v >= 0 && v > i - 5 && !/^VB/.test(ctx.tokens[v]?.tag ?? '')) v--;
  if (!/^VB/.test(ctx.tokens[v]?.tag ?? '')) return null;
  let s = v - 1;
  while (s >= 0 && /^(RB|MD|VB)/.test(ctx.tokens[s]?.tag ?? '')) s--;
  // "Medics tried to treat him": an infinitive's subject is that of the verb it completes
  while (ctx.tokens[s]?.tag === 'TO' && /^VB/.test(ctx.tokens[s - 1]?.tag ?? '')) {
    s--;
    while (s >= 0 && /^(RB|MD|VB)/.test(ctx.tokens[s]?.tag ?? '')) s--;
  }
  // "the man drew a gun and shot him": a verb joined by "and" has the subject of the one before
  if (ctx.words[s] === 'and') {
    let u = s - 1;
    while (u >= 0 && u > s - 8 && !/^VB[DZP]?$/.test(ctx.tokens[u]?.tag ?? '')) u--;
    if (/^VB/.test(ctx.tokens[u]?.tag ?? '')) {
      s = u - 1;
      while (s >= 0 && /^(RB|MD|VB)/.test(ctx.tokens[s]?.tag ?? '')) s--;
    }
  }
  // "one man in the parking lot who shot him": "who" stands for the phrase before it
  // (past a place's prepositional phrase to the people it follows: "a man in the parking lot who")
  if (RELATIVE_SUBJECTS.has(ctx.words[s] ?? '')) {
    const np = npEndingAt(ctx, ctx.words[s - 1] === ',' ? s - 2 : s - 1, true);
    return np && ctx.words[s] === 'who' && !isPeople(ctx, np, false) && ctx.tokens[np.start - 1]?.tag === 'IN' ? npEndingAt(ctx, np.start - 2, true) : np;
  }
  return npEndingAt(ctx, s, true);
}

/** Two phrases of the same words (any case). */
function sameWords(ctx: Ctx, a: Phrase, b: Phrase): boolean {
  return a.end - a.start === b.end - b.start && ctx.words.slice(a.start, a.end).join(' ') === ctx.words.slice(b.start, b.end).join(' ');
}

/**
 * "was cleaning a rifle when it fired", "blamed the explosion on the army and said it
 * killed hundreds": "it" as a harm verb's subject stands for the nearest phrase before it that
 * names a weapon, a vehicle or an attack (causes.yml), unless a name or people come nearer
 * ("Israel says it killed": it is Israel, the doer). Null when none does.
 */
export function thingStoodForByIt(ctx: HarmContext, it: number): Phrase | null {
  for (let k = it - 1; k >= 0; k--) {
    // (a phrase's head only: no noun after it)
    if (!/^NN/.test(ctx.tokens[k]?.tag ?? '') || /^NN/.test(ctx.tokens[k + 1]?.tag ?? '')) continue;
    const phrase = npEndingAt(ctx, k);
    if (!phrase) continue;
    if (/^NNP/.test(ctx.tokens[k]?.tag ?? '') || isPeople(ctx, phrase, true)) return null;
    const cls = causeClassOf(ctx, phrase);
    if (cls === 'weapon' || cls === 'vehicle' || cls === 'attack') return phrase;
  }
  return null;
}
