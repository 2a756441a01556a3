// Harm verbs → events: transitive verbs by voice (active, passive with or without a doer,
// instrument, nominalization), intransitives ("died"), states ("Five dead") and result
// verbs ("Clashes leave dozens dead"). docs/harm.md, rules 3 and 4.

import { findByAgent } from '../detectors/by-agent';
import { verbGroupOf } from '../detectors/verb-group';
import { lexiconAllows } from '../nlp/tag-lexicon';
import type { Agency, Span } from '../types';
import type { Candidate } from './candidates';
import { agencyOfCause, causeAfter, causeClassOf } from './cause';
import { thingStoodForByIt } from './antecedent';
import { beforeAdverbs, beforeParenthetical, beforeReducedRelative, blamedGerund, namedBeforeAge, objectOf, passiveBeforeAdjunct, previousVerb, subjectOf } from './clause';
import { type HarmContext, spanOf, tokenRange } from './context';
import type { HarmEvent } from './event';
import { COURTS, CONVEYING_VERBS, type Phrase, REMAINS, causeOf, isCaptive, inPopulatedPlace, isArmedGroupName, isCountryNamed, isDemonymNoun, isGenitiveMark, isRegionOfCountry, isHomes, isPeople, isPopulated, isProperName, isTimeWord, isVehicle, lastOfPhrase, npEndingAt, npStartingAt, openingCountry, possessorBefore } from './phrases';
import type { CauseClass, VerbEntry } from './types';
import { loadGroups, matchAll } from './groups';
import { isHeadlineForms } from '../nlp/tagger';
import { AND_OR, ASPECTUAL_VERBS, BE_FORMS, FIRED_THINGS, NUMBER_WORDS, POSSESSIVE_CLITICS, RELATIVE_SUBJECTS, REPETITIONS, SAYING_PRESENT, TIME_WORDS } from '../nlp/grammar/function-words';
import { ACTING_GROUPS, isPeopleWord } from '../nlp/grammar/people';
import { wordForms } from '../nlp/grammar/inflect';

type Verb = Candidate & { entry: VerbEntry };

export function verbEvent(ctx: HarmContext, c: Verb, voice: 'active' | 'passive'): HarmEvent | null {
  switch (c.entry.frame) {
    case 'intransitive':
      return intransitive(ctx, c);
    case 'reflexive':
      return reflexive(ctx, c);
    case 'bereaved':
      return bereaved(ctx, c);
    case 'state':
      return state(ctx, c);
    case 'result':
      return result(ctx, c);
    default:
      return nominalIng(ctx, c) ?? (voice === 'passive' && !cutsBodyPart(ctx, c) ? passive(ctx, c) : active(ctx, c));
  }
}

/**
 * "Bandits cut off two herders' ears": a verb with someone's body part as its object is active,
 * whatever its form ("cut" is a participle too); a passive has no object.
 */
function cutsBodyPart(ctx: HarmContext, c: Verb): boolean {
  const object = c.entry.victim === 'body-part' ? objectOf(ctx, c.end) : null;
  return object !== null && bodyPartOwner(ctx, object) !== null;
}

/** Words that make the -ing after them a noun: "the poisoning of", "a jailing", "his torturing". */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their']);

/**
 * "the poisoning of the activist", "Russia blamed for ex-spy's poisoning", "the jailing of two
 * reporters": the -ing of a harm verb made a noun by an article or a possessor names the
 * harm, and the people in its of-phrase or its possessor are its victims (the manual's
 * nominalization: "the harm is only a noun"). Not with neither ("the poisoning of the
 * debate", "a jailing" alone), which other readings may still find.
 */
function nominalIng(ctx: HarmContext, c: Verb): HarmEvent | null {
  if (!c.forms.includes('ing') || c.end - c.start !== 1) return null;
  const before = ctx.words[c.start - 1] ?? '';
  const owner = possessorBefore(ctx, c.start);
  if (!owner && !NOUN_OPENERS.has(before)) return null;
  const of = ctx.words[c.end] === 'of' ? npStartingAt(ctx, c.end + 1) : null;
  const victim = [of, owner].find((p): p is Phrase => p !== null && fits(ctx, c.entry, p));
  if (!victim) return null;
  // "the bombing of Gaza": a place attacked is not the victim; people are
  const named = (strikesPlaces(c.entry) || c.entry.victim === 'vehicle') && !isPeople(ctx, victim, true) ? null : span(ctx, victim);
  return base(c, { agency: 'nominalization', agent: null, victim: named, cause: null, covers: [] });
}

/** A subject headed by a natural force (causes.yml natural: storm, floods, quake) or an accident (wordlists.yml accident: crash, blaze). */
function forceOrAccidentSubject(ctx: HarmContext, subject: Phrase | null): boolean {
  if (subject === null) return false;
  // (the noun before an of-phrase that measures it: "Quake of 4.2 magnitude strikes")
  const of = ctx.words.indexOf('of', subject.start);
  const head = ctx.words[of > subject.start && of < subject.head ? of - 1 : subject.head] as string;
  // (or an accident's: "blaze tears through restaurant" harms a building, no one named)
  if (ctx.lexicon.causes.get(head) === 'natural' || ctx.lexicon.lists.get('accident')?.has(head) === true) return true;
  // (a force's name after its kind: "Hurricane Zeta batters the coast")
  return /^NNP/.test(ctx.tokens[subject.head]?.tag ?? '') && ctx.words.slice(subject.start, subject.head).some((w) => ctx.lexicon.causes.get(w) === 'natural');
}

/** An entry whose object is a place struck (verbs.yml victim `place`, or `country`: a country named alone too). */
function strikesPlaces(entry: VerbEntry): boolean {
  return entry.victim === 'place' || entry.victim === 'country';
}

/** Does a phrase fit the entry's victim (verbs.yml "victim")? */
function fits(ctx: HarmContext, entry: VerbEntry, p: Phrase): boolean {
  if (entry.victim === 'home') return isHomes(ctx, p);
  // "struck a UN school", "jets bombed Rafah"
  // ("fired twice at her feet": a part of someone's body is someone shot at)
  if (strikesPlaces(entry)) return isPopulated(ctx, p.start, p.end) || isPeople(ctx, p, true) || (armedGroupNamed(ctx, p) && entry.id !== 'target-place') || inPopulatedPlace(ctx, p) || (entry.victim === 'country' && (isCountryNamed(ctx, p) || isRegionOfCountry(ctx, p))) || isBodyPartOfSomeone(ctx, p);
  // "hijacked a plane": a vehicle with people aboard, or the people it held ("Ten Ruritanians on
  // ferry hijacked")
  if (entry.victim === 'vehicle') return isVehicle(ctx, p) || isPeople(ctx, p, true);
  if (entry.victim === 'any') return true;
  // "breaks Zendan minister's nose": a part of someone's body, for the one it belongs to
  if (entry.victim === 'body-part') return bodyPartOwner(ctx, p) !== null;
  // "hostages held in Gaza", "prisoners held by Israel": people named by their captivity (groups.yml roles)
  if (entry.victim === 'hostage' || entry.victim === 'prisoner') return isCaptive(ctx, p, entry.victim);
  // "Holland was taken into custody", "Austin was arrested": only people are arrested, so a
  // name in running text is a person's, a place's name too
  if (entry.harm === 'arrest' && entry.victim === 'person' && ctx.sentence.casing === 'sentence' && isProperName(ctx, p)) return true;
  return isPeople(ctx, p, entry.victim === 'person-noun');
}

/** "Pakistani forces pound Taliban", "jets bomb Tamil Tigers": an armed group named for its fighters (groups.yml armed) is struck as they are (not one targeted: "sanctions targeting Hamas"). */
function armedGroupNamed(ctx: HarmContext, p: Phrase): boolean {
  return matchAll(loadGroups().armed, ctx.words, p.start, p.end).some((m) => m.end === p.end);
}

/**
 * "Officers fired at Burrell", "fired on Kharkiv": a name in running text shot at by a verb is a
 * person's or a town's, either of them harm (the manual counts attacks on populated places);
 * not a country named alone ("fired at Israel"), which the attack need not hit, nor after a
 * noun the tagger read as one ("Fire/NN at California's Lake Tahoe destroys homes").
 */
function namedShotAt(ctx: HarmContext, c: Verb, p: Phrase): boolean {
  if (c.entry.harm !== 'shooting' || !strikesPlaces(c.entry) || !/^VB/.test(ctx.tokens[c.start]?.tag ?? '')) return false;
  return ctx.sentence.casing === 'sentence' && isProperName(ctx, p) && !isCountryNamed(ctx, p);
}

/**
 * Whose body part a phrase names: "his nose", "the minister's nose", "guards' ears", or one cut
 * "off" or "from" people after it ("cut ears off two farmers"); null if the phrase names no part
 * of the body (wordlists.yml body-parts) or no one it belongs to.
 */
export function bodyPartOwner(ctx: HarmContext, p: Phrase): Phrase | null {
  const parts = ctx.lexicon.lists.get('body-parts');
  // ("drivers' noses" where the tagger closed a quote: the phrase ends at the owner)
  // (a name only where case tells one: not "Shark's head cut off" opening a headline)
  // (a word the lexicon knows as a common noun: "Berlusconi's nose broken" still has its name)
  const person = (owner: Phrase): boolean => isPeople(ctx, owner, owner.start === 0 && lexiconAllows(ctx.words[0] as string, 'NN'));
  if (isGenitiveMark(ctx, p.end) && parts?.has(ctx.words[p.end + 1] ?? '') === true) return person(p) ? p : null;
  if (parts?.has(ctx.words[p.head] as string) !== true) return null;
  if (ctx.tokens[p.start]?.tag === 'PRP$') return { start: p.start, end: p.start + 1, head: p.start };
  // (a person's: not "the shark's head")
  for (let k = p.start + 1; k < p.head; k++) {
    const owner = { start: p.start, end: k, head: k - 1 };
    if (isGenitiveMark(ctx, k)) return person(owner) ? owner : null;
  }
  const after = ctx.words[p.end] === 'off' || ctx.words[p.end] === 'from' ? npStartingAt(ctx, p.end + 1) : null;
  return after && isPeople(ctx, after, false) ? after : null;
}

/** "her feet", "his legs": a part of the body after a personal possessive (wordlists.yml body-parts). */
function isBodyPartOfSomeone(ctx: HarmContext, p: Phrase): boolean {
  return p.head === p.start + 1 && ctx.tokens[p.start]?.tag === 'PRP$' && ctx.lexicon.lists.get('body-parts')?.has(ctx.words[p.head] as string) === true;
}

/**
 * "Smith struck by bottle at derby": a name in running text, struck or hit as the subject of the
 * passive, is a person's (names count as people where capitals are not every word's;
 * phrases.ts isPeople); as an active object a name may be a group or a place attacked
 * ("Ukraine strikes Snake Island"), which the strict test leaves to places.yml.
 */
function namedStruck(ctx: HarmContext, c: Verb, p: Phrase): boolean {
  if (!strikesPlaces(c.entry) || !/^NNP/.test(ctx.tokens[p.head]?.tag ?? '') || !isPeople(ctx, p, false)) return false;
  // ("Sydney struck by storm": a name struck by weather is a place's)
  const by = findByAgent(ctx.sentence, c.end - 1, ctx.text);
  return !by || causeOf(ctx, ...tokenRange(ctx, by)) !== 'natural';
}

/**
 * "Nepal crackdown on Tibet protests, 84 held", "Three held after bombing": a bare count held,
 * right before the participle of a headline, is people detained (a count of things is held
 * only with its noun: "84 talks held").
 */
function countHeld(ctx: HarmContext, c: Verb, p: Phrase): boolean {
  if (c.entry.victim !== 'prisoner' || p.start !== p.head || p.end !== c.start || !isHeadlineForms(ctx.words)) return false;
  return ctx.tokens[p.head]?.tag === 'CD' || NUMBER_WORDS.has(ctx.words[p.head] as string);
}

/**
 * "Ivorian journalist held, asked to reveal source", "children held by the militia": people the
 * passive says are held are detained, where or by whom it may leave unsaid (the dev coders count
 * it as harm). Only a passive the verb analysis found ("two men held up a petrol station" is
 * active), only words for people ("Liverpool held at Forest" is a draw, "a memorial was held" an
 * event, "talks with the government being held" a meeting), not hostages (entry hold-hostages),
 * and not held to account or held back.
 */
function heldPerson(ctx: HarmContext, c: Verb, p: Phrase): boolean {
  if (c.entry.victim !== 'prisoner' || ctx.words[c.start] !== 'held' || c.end - c.start !== 1 || !ctx.passives.has(c.start)) return false;
  const after = ctx.words[c.end] ?? '';
  return !NOT_DETAINED_AFTER_HELD.has(after) && !(after === 'in' && NOT_DETAINED_AFTER_HELD.has(ctx.words[c.end + 1] ?? '')) && isPeople(ctx, p, true) && !isCaptive(ctx, p, 'hostage') && !ACTING_GROUPS.has(ctx.words[p.head] as string);
}

/** Words after "held" that say something other than detention: "held accountable", "held up", "held back", "held in high regard". */
const NOT_DETAINED_AFTER_HELD: ReadonlySet<string> = new Set(['accountable', 'responsible', 'culpable', 'liable', 'to', 'up', 'back', 'together', 'aloft', 'high', 'great', 'esteem', 'regard', 'dear', 'sacred']);

/**
 * "Morrow is being held on $1 million bail at the county jail", "is being held in the county
 * correctional center in lieu of bail": people held, with a place or a bail of custody later in
 * the clause, are detained, though the text does not call them prisoners.
 */
function heldInCustody(ctx: HarmContext, c: Verb, p: Phrase): boolean {
  return custodyWordAfter(ctx, c, p) >= 0;
}

/** The index of the word of custody after the verb in its clause ("jail", "custody") when `p` is people, else -1. */
function custodyWordAfter(ctx: HarmContext, c: Verb, p: Phrase): number {
  // (a name in running text is a person's: only people are held)
  if (c.entry.victim !== 'prisoner' || !(isPeople(ctx, p, false) || (ctx.sentence.casing === 'sentence' && (isProperName(ctx, p) || namesOpeningSentence(ctx, p))))) return -1;
  for (let k = c.end; k < c.end + MAX_CUSTODY_DISTANCE && k < ctx.words.length; k++) {
    const w = ctx.words[k] as string;
    if (ctx.lexicon.lists.get('custody')?.has(w) === true) return k;
    if (CUSTODY_CLAUSE_ENDS.has(w) || /^VB[DPZ]$/.test(ctx.tokens[k]?.tag ?? '')) return -1;
  }
  return -1;
}

/**
 * "Morrow/NN is being held on $1 million bail", "Crane and Fisher were held at the county
 * jail": capitalised words opening a sentence of running text, one or two joined by "and", that
 * the tagger took for common nouns (as it does an unknown word a sentence opens with), are names
 * when held in custody: no thing is held on bail or in a jail.
 */
function namesOpeningSentence(ctx: HarmContext, p: Phrase): boolean {
  if (p.start !== 0) return false;
  return ctx.tokens.slice(p.start, p.end).every((t) => (t.text === 'and' || /^\p{Lu}/u.test(t.text)) && /^(NNP?S?|CC)$/.test(t.tag));
}

const CUSTODY_CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'after', 'while', 'when', 'for']);
/** Words looked at after "held" ("held in the Kane County Adult Justice Center on a $200,000 bond": eleven). */
const MAX_CUSTODY_DISTANCE = 12;

/**
 * Only people are arrested or detained: any common noun will do as the subject of the
 * passive ("Two Australian clubbers arrested", "Scientology defector arrested"), but not a
 * thing a weapon or attack names, nor homes. Not as an active object: "arrest the decline".
 */
function arrestable(ctx: HarmContext, entry: VerbEntry, p: Phrase): boolean {
  const w = ctx.words[p.head] as string;
  // (a noun the tagger read as an adjective too: "arrest Italian fugitive/JJ accused of")
  const noun = /^NNS?$/.test(ctx.tokens[p.head]?.tag ?? '') || (ctx.tokens[p.head]?.tag === 'JJ' && p.head === p.end - 1 && lexiconAllows(w, 'NN'));
  // (not for an entry that names its victims by their captivity: "held" needs its prisoners)
  return entry.harm === 'arrest' && (entry.victim === 'person' || entry.victim === 'person-noun') && noun && !ctx.lexicon.causes.has(w) && !ctx.lexicon.homes.has(w);
}

/** A plural noun with a number before it: "50 steel executives" (no one arrests 50 of a thing). */
function countedPlural(ctx: HarmContext, p: Phrase): boolean {
  return /^NNS$/.test(ctx.tokens[p.head]?.tag ?? '') && ctx.tokens.slice(p.start, p.head).some((t) => t.tag === 'CD');
}

/**
 * "Police hold mourners ahead of funeral", "Algeria holds Libyans on way to join Qaeda": people
 * a security force or a country holds are detained, though the text does not call them
 * prisoners (entry hold-prisoners); not a thing held ("Police hold talks", "Iran holds
 * elections") nor a country ("holds Spain to a draw").
 */
function heldByForceOrState(ctx: HarmContext, c: Verb, object: Phrase, subject: Phrase | null): boolean {
  if (c.entry.victim !== 'prisoner' || c.entry.frame !== 'transitive' || subject === null || !isPeople(ctx, object, true)) return false;
  // (or a people for its authorities, as a headline names them: "Italians hold pensioner for";
  // or an armed group: "Hamas holds dozens", groups.yml armed)
  const head = ctx.words[subject.head] as string;
  // (or a body that acts as one: "Militant faction says holding two engineers", stop 75)
  return ctx.lexicon.forces.has(head) || isCountryNamed(ctx, subject) || (ctx.tokens[subject.head]?.tag === 'NNPS' && isDemonymNoun(head)) || isArmedGroupName(ctx, subject.head) || ACTING_GROUPS.has(head);
}

/**
 * "Rebels hold two Ruritanians", "Islamist group holding reporter": those who hold people and
 * are no state (an armed group, a group or movement, or a word for fighters the manual's role
 * militant lists) hold them hostage, an abduction, not a detention.
 */
function heldByNonState(ctx: HarmContext, subject: Phrase): boolean {
  const head = ctx.words[subject.head] as string;
  return isArmedGroupName(ctx, subject.head) || NON_STATE_GROUPS.has(head) || matchAll(loadGroups().roles, ctx.words, subject.head, subject.head + 1).some((m) => m.value === 'militant');
}

/** The bodies that act as one that are no state's (not a government, a ministry or a unit of its forces). */
const NON_STATE_GROUPS: ReadonlySet<string> = new Set([...ACTING_GROUPS].filter((w) => w !== 'government' && w !== 'ministry' && w !== 'unit'));

/**
 * A security force, a court or a state as the verb's subject ("police arrest", "Colombian police
 * arrest", "court jails", "China jails"): one that arrests or jails whoever it names by a common
 * noun ("Germany jails Holocaust denier").
 */
export function forceBefore(ctx: HarmContext, start: number): boolean {
  const subject = subjectOf(ctx, start, 'doer');
  if (subject === null) return false;
  const head = ctx.words[subject.head] as string;
  // (a court or a state only as the subject of a finite verb: not "Thailand to axe jail terms", "Court arresting documents")
  const finite = /^VB[DPZ]$/.test(ctx.tokens[start]?.tag ?? '');
  return ctx.lexicon.forces.has(head) || (finite && (COURTS.has(head) || (subject.start === subject.head && isCountryNamed(ctx, subject))));
}


const span = (ctx: HarmContext, p: Phrase | null): Span | null => (p ? spanOf(ctx, p.start, p.end) : null);

/**
 * Verbs whose event is the harm done to a thing (homes demolished, a school struck), or that
 * harm only people named as such where violence is around ("hit", "wiped out"): no event
 * without them ("the village had been hit again": no one named).
 */
function needsThing(entry: VerbEntry): boolean {
  return entry.victim === 'home' || entry.victim === 'body-part' || strikesPlaces(entry) || entry.victim === 'vehicle' || entry.victim === 'hostage' || entry.victim === 'prisoner' || (entry.victim === 'person-noun' && entry.needsViolence);
}

/**
 * The verb's event over words [c.start, end), built as one literal with every property, in
 * the same order for every verb event: spreading a part into the event (`{ ...part, agency }`)
 * made building it most of these functions' time, and events of one shape keep the code that
 * reads them monomorphic (issue 15).
 */
function base(c: Verb, rest: Omit<HarmEvent, 'start' | 'end' | 'harm'>, harm: string = c.entry.harm, end: number = c.end): HarmEvent {
  // `satisfies`: a property added to HarmEvent must be added here too, or this does not compile
  return { start: c.start, end, harm, agency: rest.agency, agent: rest.agent, victim: rest.victim, victimExtent: rest.victimExtent, doers: rest.doers, cause: rest.cause, covers: rest.covers } satisfies Record<keyof HarmEvent, unknown>;
}

/** "Protesters were shot by police", "Three killed in Israeli strike", "Dozens detained". */
function passive(ctx: HarmContext, c: Verb): HarmEvent | null {
  // "shots fired at two men": what was fired is the subject, and people it was fired at, after
  // the wording's preposition, are the victims; shots fired at a time, a car or a house hit no
  // one the text names (the dev coders: "shots fired into an occupied house" no harm, 2 of 3)
  // (the wording's preposition tested first: the subject is found only for a wording that has one)
  const firedAt = /^(IN|RP)$/.test(ctx.tokens[c.end - 1]?.tag ?? '') && (FIRED_THINGS.has(ctx.words[c.start - 1] ?? '') || FIRED_THINGS.has(ctx.words[subjectOf(ctx, c.start, 'patient')?.head ?? -1] ?? ''));
  if (firedAt) {
    const target = npStartingAt(ctx, c.end);
    return target && isPeople(ctx, target, true) ? withCause(ctx, c, 'agentless-passive', span(ctx, target)) : null;
  }
  const subject = invertedSubject(ctx, c) ?? nearestPatient(ctx, c, taggedIntoNoun(ctx, c) ?? subjectOf(ctx, c.start, 'patient'));
  const named = subject !== null && !fits(ctx, c.entry, subject) && (namedStruck(ctx, c, subject) || heldInCustody(ctx, c, subject) || countHeld(ctx, c, subject) || heldPerson(ctx, c, subject));
  if (subject ? !fits(ctx, c.entry, subject) && !arrestable(ctx, c.entry, subject) && !named : needsThing(c.entry)) return null;
  // "UN school struck", "plane hijacked": the place attacked or the vehicle seized is not the
  // victim (but "survivors struck again" are)
  // ("the fate of the captives held by": those held are the captives, not their fate)
  // ("his arm was broken": the one whose body it is)
  const owner = c.entry.victim === 'body-part' && subject ? bodyPartOwner(ctx, subject) : null;
  const held = owner ?? ((c.entry.victim === 'hostage' || c.entry.victim === 'prisoner') && subject && !isPeople(ctx, subject, true) ? (lastOfPhrase(ctx, subject) ?? subject) : subject);
  const victim = (strikesPlaces(c.entry) || c.entry.victim === 'vehicle') && !(subject && (named || isPeople(ctx, subject, true))) ? null : span(ctx, held);
  const victimExtent = subject?.tail !== undefined ? spanOf(ctx, subject.start, subject.tail) : undefined;
  const by = byPhrase(ctx, ctx.passives.get(c.start)?.agent ?? findByAgent(ctx.sentence, c.end - 1, ctx.text) ?? sharedBy(ctx, c.end));
  if (by && !byOfAttackNoun(ctx, c, by)) {
    const cls = causeOf(ctx, by.start, by.end, by.head);
    // (a natural force is the doer, as it is the subject of an active: "Millions displaced by cyclone", the manual's "agent named")
    if (!cls || cls === 'natural') return base(c, { agency: 'passive-with-agent', agent: span(ctx, by), victim, victimExtent, cause: null, covers: cls ? [[by.start, by.end]] : [] });
    return base(c, { agency: agencyOfCause(cls), agent: null, victim, victimExtent, cause: span(ctx, by), covers: [[by.start, by.end]] });
  }
  return withCause(ctx, c, 'agentless-passive', victim, undefined, victimExtent);
}

/**
 * "Also injured was a bus driver, 62", "Also detained during the raid were two brothers":
 * a participle fronted by "also" is a passive whose subject follows "was" or "were", after the
 * participle's own adjuncts (the inverted order lists one more victim).
 */
function invertedSubject(ctx: HarmContext, c: Verb): Phrase | null {
  if (ctx.words[c.start - 1] !== 'also' || c.start !== 1) return null;
  for (let k = c.end; k < Math.min(ctx.tokens.length, c.end + MAX_INVERTED_ADJUNCT); k++) {
    const tag = ctx.tokens[k]?.tag ?? '';
    if (ctx.words[k] === 'was' || ctx.words[k] === 'were') {
      const subject = npStartingAt(ctx, k + 1);
      return subject && (isPeople(ctx, subject, true) || isProperName(ctx, { ...subject, start: ageEnd(ctx, subject.start) })) ? subject : null;
    }
    if (/^(VB|MD|,|:)/.test(tag)) return null;
  }
  return null;
}

/** Past an age before a name: "30-year-old" in "30-year-old Tom Fry". */
function ageEnd(ctx: HarmContext, start: number): number {
  const old = ctx.words.indexOf('old', start);
  return old > start && old <= start + 4 && ctx.tokens.slice(start, old).every((t) => /^(CD|HYPH|NN|NNS)$/.test(t.tag)) ? old + 1 : start;
}

/** Words between a fronted participle and the "was" or "were" before its subject, at most: a short adjunct ("during the investigation"). */
const MAX_INVERTED_ADJUNCT = 8;

/**
 * "Police responded for a man shot/NN in an apartment": a participle the tagger made the head
 * of a compound with the noun for people before it is said of them (the phrase before it).
 */
function taggedIntoNoun(ctx: HarmContext, c: Verb): Phrase | null {
  if (!/^NN/.test(ctx.tokens[c.start]?.tag ?? '') || !/^NN/.test(ctx.tokens[c.start - 1]?.tag ?? '')) return null;
  const before = npEndingAt(ctx, c.start - 1);
  return before && isPeople(ctx, before, true) ? before : null;
}

/** -ing verbs whose object is the dead: "mourning people killed", "burying children killed". */
const MOURNING: ReadonlySet<string> = new Set(['mourning', 'burying', 'grieving', 'commemorating', 'remembering', 'honouring', 'honoring', 'identifying']);

/**
 * "Funeral of a teacher shot outside the school": a participle with no auxiliary is said of the
 * nearest noun, so when the whole phrase cannot be harmed, its last of-phrase may be.
 */
function nearestPatient(ctx: HarmContext, c: Verb, subject: Phrase | null): Phrase | null {
  // (past adverbs before the verb: "Worker clearing drain fatally crushed at depot")
  if (!subject || subject.end !== beforeAdverbs(ctx, c.start) + 1) return subject;
  // "transferring the bodies of relatives killed in an airstrike": the dead whose bodies they are
  const ofDead = ctx.words.lastIndexOf('of', subject.end - 1);
  if (ofDead > subject.start && REMAINS.has(ctx.words[ofDead - 1] as string)) {
    const dead = npStartingAt(ctx, ofDead + 1);
    if (dead && dead.end === subject.end && fits(ctx, c.entry, dead)) return dead;
  }
  // "British doctor visiting US killed by stray bullet", "Sword-wielding man dressed as a ninja
  // shot by police": the phrase is the object of an -ing word or of a participle's preposition
  // that modifies the noun before it, who is the one harmed
  // (not the object of mourning, which names the dead: "Relatives mourning people killed in an airstrike")
  const before = ctx.tokens[subject.start - 1]?.tag;
  const modifierEnd = before === 'VBG' && !MOURNING.has(ctx.words[subject.start - 1] as string) ? subject.start - 2 : before === 'IN' && ctx.tokens[subject.start - 2]?.tag === 'VBN' && !ctx.verbs.has(subject.start - 2) ? subject.start - 3 : -1;
  const modified = modifierEnd >= 0 ? npEndingAt(ctx, modifierEnd) : null;
  if (modified && fits(ctx, c.entry, modified)) return modified;
  // "Family of boy killed by police speaks out": kin who go on to act in a verb of their own
  // are the harmed one's kin; the participle is said of the one in their of-phrase
  const kinOfHarmed = kinSubjectOfLaterVerb(ctx, c, subject);
  if (kinOfHarmed && fits(ctx, c.entry, kinOfHarmed)) return kinOfHarmed;
  if (fits(ctx, c.entry, subject)) return subject;
  const of = ctx.words.lastIndexOf('of', subject.end - 1);
  if (of < subject.start) return subject;
  // the of-phrase up to the verb ("a teacher", even where the tagger took "shot" for a noun)
  const tail = npStartingAt(ctx, of + 1);
  const upToVerb = tail && tail.end >= subject.end ? { ...tail, end: subject.end, head: subject.head } : tail;
  return upToVerb && upToVerb.end === subject.end && fits(ctx, c.entry, upToVerb) ? upToVerb : subject;
}

/**
 * The of-phrase of a subject headed by kin ("Family of Kenyan boy", "Mother of teenager") when
 * a finite verb follows the participle's own phrase in the same clause ("... killed by police
 * speaks out"): the kin are that verb's subject, alive. Not "Family of reporter killed in
 * shelling", where nothing follows and the family may be the dead.
 */
function kinSubjectOfLaterVerb(ctx: HarmContext, c: Verb, subject: Phrase): Phrase | null {
  const of = ctx.words.indexOf('of', subject.start);
  if (of < 0 || of >= subject.end || of !== subject.start + 1 && !/^(DT|PRP\$|JJ)$/.test(ctx.tokens[subject.start]?.tag ?? '')) return null;
  if (!ctx.lexicon.lists.get('kin')?.has(ctx.words[of - 1] as string)) return null;
  for (let k = c.end; k < ctx.words.length && k < c.end + MAX_KIN_VERB_DISTANCE; k++) {
    const w = ctx.words[k] as string;
    if (LATER_CLAUSE_OPENERS.has(w)) return null;
    if (/^(VBZ|VBP|MD)$/.test(ctx.tokens[k]?.tag ?? '')) return npStartingAt(ctx, of + 1);
  }
  return null;
}

/** How far after the participle the kin's own verb may come ("killed by soldiers near the camp last week speaks"). */
const MAX_KIN_VERB_DISTANCE = 10;
const LATER_CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', ':', 'as', 'after', 'when', 'while', 'and', 'but', 'who', 'that', 'which']);

/**
 * "killed since the cross-border assault by Hamas militants", "killed in an attack by rebels":
 * a by-phrase right after an attack noun of the verb's adjunct is that noun's doer (its
 * modifier, the manual's), not the passive's agent; the verb stays an agentless passive. So
 * after a noun of theft, how it was done ("arrested on charges of theft by deception").
 */
function byOfAttackNoun(ctx: HarmContext, c: Verb, by: Phrase): boolean {
  const noun = by.start - 2;
  const w = ctx.words[noun] as string;
  return noun > c.end && ctx.words[by.start - 1] === 'by' && (ctx.lexicon.causes.get(w) === 'attack' || ctx.lexicon.lists.get('theft')?.has(w) === true) && /^NN/.test(ctx.tokens[noun]?.tag ?? '');
}

/** The noun phrase a by-agent starts with ("Israeli forces", not "Israeli forces during a raid"). */
function byPhrase(ctx: HarmContext, agent: Span | null): Phrase | null {
  if (!agent) return null;
  const [s, e] = tokenRange(ctx, agent);
  if (s < 0) return null;
  const np = npStartingAt(ctx, s);
  return np && np.end <= e ? np : { start: s, end: e, head: e - 1 };
}

/** "was shot and wounded by settlers": the by-phrase after the last conjunct is everyone's. */
function sharedBy(ctx: HarmContext, end: number): Span | null {
  if (ctx.words[end] !== 'and' && ctx.words[end] !== 'or') return null;
  const next = ctx.verbs.get(end + 1);
  if (next === undefined) return null;
  return findByAgent(ctx.sentence, next - 1, ctx.text) ?? sharedBy(ctx, next);
}

/**
 * The cause after the verb ("killed in an airstrike", "Five dead in shooting"). A verb keeps
 * its own device: the passive stays an agentless passive and "died" intransitive, as the
 * manual's coders read them; only a verbless state takes the cause's ("3 dead in shooting":
 * nominalization). The cause is kept for responsibility ("killed in Israeli strike").
 */
function withCause(ctx: HarmContext, c: Verb, plain: Agency, victim: Span | null, harm?: string, victimExtent?: Span): HarmEvent {
  const cause = c.entry.takesCause ? causeAfter(ctx, c.end) : null;
  if (!cause) return base(c, { agency: plain, agent: null, victim, victimExtent, cause: null, covers: [] }, harm);
  const covers: [number, number][] = [[cause.phrase.start, cause.phrase.end]];
  const agency = plain === 'other' ? agencyOfCause(cause.cls) : plain;
  return base(c, { agency, agent: null, victim, victimExtent, cause: span(ctx, cause.phrase), covers }, harm);
}

/** "several times", "three times", "twice": how often, not whom. */
function countOfTimes(ctx: HarmContext, p: Phrase): boolean {
  return REPETITIONS.has(ctx.words[p.head] as string);
}
/** Prepositions of time an -ing adjunct follows: "before shooting", "after firing". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'when']);

/** "Security forces kill hundreds", "Israeli strike kills three", "Clashes kill 12". */
function active(ctx: HarmContext, c: Verb): HarmEvent | null {
  // the subject, found once: the relative object and the doer both read it
  let subject: Phrase | null | undefined;
  const subjectOnce = (): Phrase | null => (subject === undefined ? (subject = subjectOf(ctx, c.start, 'doer') ?? speakerDoing(ctx, c.start)) : subject);
  const object = endedAtMainVerb(ctx, c, objectOf(ctx, c.end)) ?? relativeObject(ctx, subjectOnce());
  if (!object && c.entry.frame === 'both') return intransitive(ctx, c);
  // "pulled out a gun and began shooting", "started firing": shooting begun with no target
  // named is an act of shooting, as "opened fire" is (its subject the doer)
  // ("asked a question before shooting several times": after a preposition of time, with only a count of times after it)
  const noTarget = !object || countOfTimes(ctx, object);
  if (noTarget && c.entry.harm === 'shooting' && (ASPECTUAL_VERBS.has(ctx.words[c.start - 1] ?? '') || (object !== null && TIME_PREPOSITIONS.has(ctx.words[c.start - 1] ?? ''))) && /ing$/.test(ctx.words[c.start] ?? '')) {
    const doer = subjectOnce();
    return doer && isPeople(ctx, doer, false) ? byDoer(ctx, c, doer, null) : null;
  }
  // ("Colombian police arrest Italian fugitive": a force arrests whoever it names by a common noun)
  // (or any counted plural: "China jails almost 50 steel executives")
  // ("A bullet struck Quinones": what a gun fires strikes a person, named or not)
  const shotAt = strikesPlaces(c.entry) && object !== null && isPeople(ctx, object, false) && firedRound(ctx, subjectOnce());
  const nameShotAt = object !== null && namedShotAt(ctx, c, object);
  const heldByState = object !== null && heldByForceOrState(ctx, c, object, subjectOnce());
  if (c.entry.victim !== 'any' && !shotAt && !nameShotAt && !heldByState && (!object || !(fits(ctx, c.entry, object) || (arrestable(ctx, c.entry, object) && (forceBefore(ctx, c.start) || countedPlural(ctx, object)))))) return null;
  // "Floods pummel British Columbia", "blaze tears through restaurant": weather or an accident that strikes a place, no people named, is no attack on it
  // (nor homes they destroy, property only: "Australian bushfires destroy almost 40 homes")
  if ((strikesPlaces(c.entry) || c.entry.victim === 'home') && object && !isPeople(ctx, object, true) && forceOrAccidentSubject(ctx, subjectOnce())) return null;
  // a place's name is no victim ("fires rockets at Tel Aviv"): only a person noun is, for a verb that strikes places
  // (or a name shot at that can be a person's: "fired at Kessler")
  const owner = object && c.entry.victim === 'body-part' ? bodyPartOwner(ctx, object) : null;
  if (owner) return byDoer(ctx, c, subjectOnce(), span(ctx, owner));
  const victim = object && (shotAt || heldByState || (nameShotAt && isPeople(ctx, object, false)) || isPeople(ctx, object, strikesPlaces(c.entry)) || arrestable(ctx, c.entry, object)) ? span(ctx, object) : object && c.entry.victim === 'home' ? span(ctx, object) : null;
  const doer = subjectOnce();
  return byDoer(ctx, c, doer, victim, c.end, heldByState && doer !== null && c.entry.harm === 'arrest' && heldByNonState(ctx, doer) ? 'abduction' : undefined);
}

/**
 * "Army says kills 12 rebels", "Police say arrested five": a headline's verb right after a verb
 * of saying, its own subject dropped, is the speaker's (wire headlines write "X says [it] kills"
 * for "X says it killed"); the speaker is its doer when it is people, a force, a group, a
 * country or a name.
 */
function speakerDoing(ctx: HarmContext, start: number): Phrase | null {
  // (a past the tagger read as a participle too: "Rebels say killed/VBN 250 troops", active for
  // its object; or a present read as a noun: "Pakistan troops say/VB kill/NN 40 Taliban")
  // (or a present participle, its "is" dropped too: "Rebels say holding two Ruritanians")
  const ing = ctx.tokens[start]?.tag === 'VBG' && SAYING_PRESENT.has(ctx.words[start - 1] ?? '');
  if (!HEADLINE_VERB_TAGS.test(ctx.tokens[start]?.tag ?? '') && ctx.tokens[start]?.tag !== 'VBN' && ctx.tokens[start]?.tag !== 'NN' && !ing) return null;
  // (or the second of two such verbs: "Army says takes town, kills 12 rebels")
  const says = SAYING_PRESENT.has(ctx.words[start - 1] ?? '') ? start - 1 : AND_OR.has(ctx.words[start - 1] ?? '') || ctx.words[start - 1] === ',' ? firstSaying(ctx, start - 1) : -1;
  if (says < 1) return null;
  // (a country's name the tagger read as an adjective: "Turkey/JJ says kills")
  const speaker = openingCountry(ctx, says) ?? npEndingAt(ctx, says - 1, false);
  if (!speaker || speaker.start !== 0) return null;
  const head = ctx.words[speaker.head] as string;
  // (or a name: "Riyadh says arrests militants", a capital for its government)
  return isPeople(ctx, speaker, false) || ctx.lexicon.forces.has(head) || ACTING_GROUPS.has(head) || isCountryNamed(ctx, speaker) || /^NNP/.test(ctx.tokens[speaker.head]?.tag ?? '') ? speaker : null;
}

/** The index of a headline's first verb of saying before `k`, with a finite verb right after it and no other clause opener between; -1 if none. */
function firstSaying(ctx: HarmContext, k: number): number {
  for (let j = k - 1; j > 0; j--) {
    if (SAYING_PRESENT.has(ctx.words[j] as string)) return HEADLINE_VERB_TAGS.test(ctx.tokens[j + 1]?.tag ?? '') ? j : -1;
    if (/^(IN|WDT|WP|MD|:)$/.test(ctx.tokens[j]?.tag ?? '')) return -1;
  }
  return -1;
}

/** Tags of a headline's finite verb, a present -s form the tagger may read as a plural noun: "says kills/NNS". */
const HEADLINE_VERB_TAGS = /^(VB[DZP]?|NNS)$/;

/**
 * "Lawmaker Who Assaulted Reporter Fights Court-Ordered Fingerprints", "Navy SEAL who killed Bin
 * Laden calls ...": in a relative clause, the object ends before a plural noun that can be the
 * main clause's verb (tagged a noun after a name or a word for people).
 */
function endedAtMainVerb(ctx: HarmContext, c: Verb, object: Phrase | null): Phrase | null {
  if (!object || !RELATIVE_SUBJECTS.has(ctx.words[c.start - 1] ?? '') || object.head !== object.end - 1 || object.head - object.start < 1) return object;
  const head = ctx.words[object.head] as string;
  const before = object.head - 1;
  const person = /^NNP/.test(ctx.tokens[before]?.tag ?? '') || isPeopleWord(ctx.words[before] as string);
  if (ctx.tokens[object.head]?.tag !== 'NNS' || !lexiconAllows(head, 'VBZ') || !person) return object;
  return { start: object.start, end: object.head, head: before };
}

/** A subject headed by what a gun fires (wordlists.yml rounds): "a stray bullet", "one shot". */
function firedRound(ctx: HarmContext, subject: Phrase | null): boolean {
  return subject !== null && ctx.lexicon.lists.get('rounds')?.has(ctx.words[subject.head] as string) === true;
}

/**
 * "sailors whom the pirates had abducted", "the villagers that the militia abducted", "whom she said
 * the militia had killed": with no object after the verb, the people a relative pronoun before its
 * subject stands for (past a clause of saying between them).
 */
function relativeObject(ctx: HarmContext, subject: Phrase | null): Phrase | null {
  if (!subject) return null;
  let k = subject.start - 1;
  if (ctx.lexicon.lists.get('reporting')?.has(ctx.words[k] as string)) {
    const sayer = npEndingAt(ctx, k - 1, false);
    k = sayer ? sayer.start - 1 : -1;
  }
  if (!OBJECT_RELATIVES.has(ctx.words[k] ?? '')) return null;
  const antecedent = npEndingAt(ctx, ctx.words[k - 1] === ',' ? k - 2 : k - 1);
  if (!antecedent) return null;
  // ("families of citizens whom ...": the people nearest the relative)
  const nearest = lastOfPhrase(ctx, antecedent);
  if (nearest && isPeople(ctx, nearest, false)) return nearest;
  return isPeople(ctx, antecedent, false) ? antecedent : null;
}

const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['whom', 'that']);

/** The subject of an active harm verb: a doer, or a weapon, attack or abstraction. */
function byDoer(ctx: HarmContext, c: Verb, subject: Phrase | null, victim: Span | null, end = c.end, harm?: string): HarmEvent | null {
  // "accuses Israel of targeting aid workers": a harm the text blames someone for, named as a deed
  // ("the house was hit, killing his brother": an adjunct of an agentless passive is as agentless)
  // ("A man is accused of shooting two boys": the one blamed is no grammatical doer, the gerund's
  // subject though he is; the manual's "object of blame", which responsibility links by clause)
  const blamed = blamedGerund(ctx, c.start);
  // ("reached for the pistol, but it went off, wounding him": "it" stands for the weapon)
  if (subject && subject.end === subject.start + 1 && ctx.words[subject.start] === 'it') subject = thingStoodForByIt(ctx, subject.start) ?? subject;
  // ("hurt in July Fourth shooting", "Monday night shooting": a date is no doer; but
  // "Tuesday's strike", "Overnight Israeli bombings" are attacks a time word opens)
  // (the phrase before the date is the subject: "Gunfire Wednesday morning has left two dead")
  if (subject && isDate(ctx, subject)) {
    const before = npEndingAt(ctx, subject.start - 1);
    subject = before && !isDate(ctx, before) ? before : null;
  }
  if (!subject || blamed) return base(c, { agency: blamed ? 'nominalization' : passiveBeforeAdjunct(ctx, c.start) ? 'agentless-passive' : 'active', agent: null, victim, cause: null, covers: [] }, harm, end);
  // "Evictions leave hundreds homeless": a harm noun as the doer is an abstraction too
  // (and what a gun fires is its weapon's: "one shot, which struck Quinones")
  const cls = causeClassOf(ctx, subject) ?? (firedRound(ctx, subject) ? 'weapon' : ctx.lexicon.harmNouns.has(ctx.words[subject.head] as string) ? 'abstraction' : null);
  if (!cls) return base(c, { agency: 'active', agent: span(ctx, subject), victim, cause: null, covers: [] }, harm, end);
  // "Tropical storm kills 90": a natural force as subject is the doer (the manual's "agent named");
  // its words are this event's, not another ("Deadly floods kill 40")
  if (cls === 'natural') return base(c, { agency: 'active', agent: span(ctx, subject), victim, cause: null, covers: [[subject.start, subject.end]] }, harm, end);
  return base(c, { agency: agencyOfCause(cls), agent: null, victim, cause: span(ctx, subject), covers: [[subject.start, subject.end]] }, harm, end);
}

/** A phrase that only names a time: a time word, then time words, numbers, adjectives or names ("July Fourth", "Monday night"; not "Gunfire Wednesday morning"). */
function isDate(ctx: HarmContext, p: Phrase): boolean {
  const words = Array.from({ length: p.end - p.start }, (_, k) => p.start + k);
  return isTimeWord(ctx, p.start) && words.every((i) => isTimeWord(ctx, i) || /^(CD|JJ|NNP)$/.test(ctx.tokens[i]?.tag ?? ''));
}

/** "Teen dies after confrontation with troops", "Children starve as siege tightens". */
function intransitive(ctx: HarmContext, c: Verb): HarmEvent | null {
  // ("Irish troops say came under fire": the speaker of a wire headline's verb with its subject dropped)
  let subject = subjectOf(ctx, c.start, 'doer') ?? speakerDoing(ctx, c.start);
  // "remained in the county jail": people kept where a word of custody names the place (not
  // "in hospital"); the event runs to that word, the state they remain in
  if (c.entry.victim === 'prisoner') {
    // (a harm word right after says it: "remains held on bond", "remain behind bars")
    const custody = subject && !ctx.verbs.has(c.end) ? custodyWordAfter(ctx, c, subject) : -1;
    return custody < 0 ? null : base(c, { agency: 'intransitive', agent: null, victim: span(ctx, subject), victimExtent: undefined, cause: null, covers: [] }, c.entry.harm, custody + 1);
  }
  if (subject && !isPeople(ctx, subject, false)) {
    // "Dallas Officer Shot At Home Depot Dies": past the reduced relative that tells what befell them
    const k = beforeReducedRelative(ctx, c.start - 1);
    const before = k !== c.start - 1 ? npEndingAt(ctx, k) : null;
    if (before && isPeople(ctx, before, false)) subject = before;
  }
  if (subject && !isPeople(ctx, subject, false)) {
    // "Hospital comes under fire": a populated place attacked, not a victim
    return strikesPlaces(c.entry) && isPopulated(ctx, subject.start, subject.end) ? withCause(ctx, c, 'intransitive', null) : null;
  }
  if (c.entry.harm === 'displacement' && loneEscape(ctx, c, subject)) return null;
  // (the subject's apposition still tells who they were: "X, the suspected bomber who died")
  return withCause(ctx, c, 'intransitive', span(ctx, subject), undefined, subject?.tail !== undefined ? spanOf(ctx, subject.start, subject.tail) : undefined);
}

/**
 * "Engineer loses 19 family members in air raid", "after losing 34,000 troops": a counted
 * object of kin or of soldiers lost are the dead; the one who lost them did not kill them, and
 * no doer is named (the manual's intransitive). Counted only: "lost her mother" may be to illness.
 */
function bereaved(ctx: HarmContext, c: Verb): HarmEvent | null {
  // (the dead only: "lost 60 family members and use of her legs")
  const object = npStartingAt(ctx, c.end, false);
  if (!object) return null;
  const head = ctx.words[object.head] as string;
  const kin = ctx.lexicon.lists.get('kin')?.has(head) === true || head === 'relatives' || (head === 'members' && ctx.words[object.head - 1] === 'family');
  if (!(kin || FORCES_LOST.has(head)) || !ctx.tokens.slice(object.start, object.head).some((t) => t.tag === 'CD' || NUMBER_WORDS.has(t.lower))) return null;
  const cause = causeAfter(ctx, object.end);
  return base(c, { agency: 'intransitive', agent: null, victim: span(ctx, object), victimExtent: undefined, cause: cause ? span(ctx, cause.phrase) : null, covers: cause ? [[cause.phrase.start, cause.phrase.end]] : [] });
}

/** Soldiers a side loses in war: "losing 34,000 troops". */
const FORCES_LOST: ReadonlySet<string> = new Set(['troops', 'soldiers', 'servicemen', 'fighters']);

/**
 * "The actor committed suicide", "took his own life": the subject did it to itself, so it is
 * both the doer the grammar names (the manual's active) and the victim; past a relative
 * clause to the noun it follows ("operative who looked for the emails committed suicide").
 */
function reflexive(ctx: HarmContext, c: Verb): HarmEvent | null {
  const subject = subjectOf(ctx, c.start, 'doer');
  const person = subject && !isPeople(ctx, subject, false) ? antecedentOf(ctx, subject) : subject;
  if (!person || !isPeople(ctx, person, false)) return null;
  const who = span(ctx, person);
  return base(c, { agency: 'active', agent: who, victim: who, cause: null, covers: [] });
}

const LONE_PRONOUNS = new Set(['he', 'she']);
const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?']);

/**
 * "Police said he displayed a gun and demanded cash, then fled", "The suspect fled on foot":
 * one person who flees, with no place or danger named that they flee, escapes; displacement
 * is of people driven from a place or from violence ("He fled Syria in 2012", "A family fled
 * the shelling", "Thousands flee").
 */
function loneEscape(ctx: HarmContext, c: Verb, subject: Phrase | null): boolean {
  const head = subject ? ctx.tokens[subject.head] : undefined;
  if (!subject || !head) return false;
  // "the suspects fled on foot", "invaded a home before stealing property and fleeing": those
  // who did a crime, or took property, escape
  const offenders = ctx.lexicon.lists.get('offenders');
  const theft = ctx.lexicon.lists.get('theft');
  if (offenders?.has(ctx.words[subject.head] as string) || ctx.words.some((w) => theft?.has(w) === true)) return true;
  if (!(/^NNP?$/.test(head.tag) || LONE_PRONOUNS.has(ctx.words[subject.head] as string))) return false;
  let end = c.end;
  while (end < ctx.tokens.length && !CLAUSE_END.has(ctx.words[end] as string) && !/^VB[DZP]?$/.test(ctx.tokens[end]?.tag ?? '')) end++;
  if (end === c.end) return true;
  const fromWhat = ctx.words.slice(c.end, end);
  const g = loadGroups();
  return (
    !isPopulated(ctx, c.end, end) &&
    !fromWhat.some((w) => ctx.lexicon.homes.has(w) || ctx.lexicon.violence.has(w) || ctx.lexicon.harmNouns.has(w)) &&
    matchAll(g.countries, ctx.words, c.end, end).length === 0 &&
    matchAll(g.territories, ctx.words, c.end, end).length === 0
  );
}

const TURN_FORMS: readonly string[] = ['turn', 'turns', 'turned', 'turning'];

/** Words between a subject and "dead": "are dead", "feared dead", "found dead", "among the dead" (the manual's `other`). */
/** Verbs besides "be" that say a state of their subject ("remained in critical condition", "was listed in stable condition"). */
const STATE_VERBS: ReadonlySet<string> = new Set(['listed', 'remain', 'remains', 'remained']);
// (and a hedge, as "feared dead" and "reportedly dead" are: "Taliban chief is probably dead", "imam may be dead")
const BEFORE_DEAD = new Set([...BE_FORMS, ...STATE_VERBS, 'feared', 'said', 'thought', 'presumed', 'believed', 'reported', 'confirmed', 'found', 'discovered', 'pronounced', 'declared', 'now', 'all', 'reportedly', 'likely', 'among', 'the', 'probably', 'possibly', 'apparently', 'presumably', 'may', 'might']);

/** "found dead", "pronounced dead", "declared dead", a wire's "said dead"; "turned up dead", said of the one found as "found dead" is. */
const PARTICIPLES_BEFORE_DEAD = new Set(['feared', 'said', 'thought', 'presumed', 'believed', 'reported', 'confirmed', 'found', 'discovered', 'pronounced', 'declared', ...TURN_FORMS]);

/** "Five dead in shooting", "12 people are dead", "Dozens feared dead"; not "shot dead". */
/**
 * "woman taken by Hamas at the festival is dead": the subject before a reduced passive (one the
 * passive detector found with no auxiliary) whose phrase ends at j, not the last noun of it.
 */
function beforeReducedPassive(ctx: HarmContext, j: number): number {
  for (const [at, p] of ctx.passives) {
    // (not the participle right before the state, whose result it is: "Two men shot dead")
    if (p.form !== 'reduced' || at >= j || at < j - MAX_REDUCED_RELATIVE || !/^NN/.test(ctx.tokens[at - 1]?.tag ?? '')) continue;
    if (ctx.tokens.slice(at + 1, j + 1).every((t) => !/^(VB[DPZ]|MD)$/.test(t.tag) && t.text !== ',')) return at - 1;
  }
  return j;
}

/**
 * "Three victims were airlifted to Memorial Hospital in critical condition": a place the state
 * follows as a verb's destination is no one in that state; the verb's subject is.
 */
function takenTo(ctx: HarmContext, place: Phrase): Phrase | null {
  if (!DESTINATIONS.has(ctx.words[place.start - 1] ?? '')) return null;
  const verb = previousVerb(ctx, place.start - 1);
  return verb >= 0 && verb === place.start - 2 && CONVEYING.has(ctx.words[verb] as string) ? subjectOf(ctx, verb, 'patient') : null;
}

const DESTINATIONS: ReadonlySet<string> = new Set(['to', 'into']);
/** Verbs that convey the harmed somewhere ("taken to", "airlifted to", "rushed to"). */
const CONVEYING: ReadonlySet<string> = new Set([...CONVEYING_VERBS, ...wordForms('admit~v')]);

/** How long a reduced passive before a state may be ("taken by Hamas at the music festival"). */
const MAX_REDUCED_RELATIVE = 8;

function state(ctx: HarmContext, c: Verb): HarmEvent | null {
  let j = c.start - 1;
  // (and adverbs between: "was originally listed in critical condition")
  while (j >= 0 && (BEFORE_DEAD.has(ctx.words[j] as string) || (ctx.tokens[j]?.tag === 'RB' && BEFORE_DEAD.has(ctx.words[j + 1] as string)) || (ctx.words[j] === 'up' && TURN_FORMS.includes(ctx.words[j - 1] ?? '')))) j -= ctx.words[j] === 'up' ? 2 : 1;
  j = beforeParenthetical(ctx, j);
  // "pronounced Dana Ruiz, 30, dead": past the comma that closes a name's age
  if (ctx.words[j] === ',' && ctx.tokens[j - 1]?.tag === 'CD' && ctx.words[j - 2] === ',') j--;
  // "Teen who went missing in the hills found dead": a participle's subject, past a relative clause
  const participle = ctx.words.slice(j + 1, c.start).findIndex((w) => PARTICIPLES_BEFORE_DEAD.has(w));
  // (past a reduced passive only before a verb: "woman taken by Hamas at festival is dead", not "beaten to death in custody")
  const verbBefore = ctx.words.slice(j + 1, c.start).some((w) => BE_FORMS.has(w) || STATE_VERBS.has(w));
  const ending = npEndingAt(ctx, verbBefore ? beforeReducedPassive(ctx, j) : j);
  const before = (ending && namedBeforeAge(ctx, ending)) ?? ending;
  // "The cyclist was flown to a trauma centre and is in serious condition": the subject of the verb
  // the state's is coordinated with
  const verbJoined = verbBefore && AND_OR.has(ctx.words[j] ?? '') ? previousVerb(ctx, j) : -1;
  const joined = verbJoined >= 0 ? subjectOf(ctx, verbJoined, 'patient') : null;
  const subject = (participle >= 0 ? subjectOf(ctx, j + 1 + participle, 'patient') : null) ?? joined ?? (before && peopleBeforePlace(ctx, before)) ?? before;
  const moved = subject ? takenTo(ctx, subject) : null;
  const victim = moved && isPeople(ctx, moved, false) ? moved : subject && !isPeople(ctx, subject, false) ? ((c.entry.harm !== 'arrest' ? peopleOfTail(ctx, subject) : null) ?? antecedentOf(ctx, subject)) : subject;
  if (!victim || !isPeople(ctx, victim, false)) return null;
  const next = ctx.tokens[c.end];
  // (a noun after it makes the words a modifier: "dead end"; not a time: "behind bars tonight")
  // (not after a wording that ends in its preposition: "in hospital after fall from ridge")
  if (next && /^NN/.test(next.tag) && !TIME_WORDS.has(ctx.words[c.end] as string) && ctx.tokens[c.end - 1]?.tag !== 'IN') return null;
  // "12 people are dead" has a verb with no place for a doer; "Ten dead in Gaza", "Dozens
  // feared dead" have none at all (the manual's `other`)
  // ("was found dead", "was pronounced dead": the manual's `other`, as "found dead")
  // ("are in custody": a state someone else put them in, the manual's `other` as the gold's coders read it)
  const copula = participle < 0 && c.entry.harm !== 'arrest' && ctx.words.slice(j + 1, c.start).some((w) => BE_FORMS.has(w));
  const event = withCause(ctx, c, copula ? 'intransitive' : 'other', span(ctx, victim));
  // "10 Dead After Van Rams Into Crowd", "4 Dead As Hostage Standoff Ends", "1 Person Dead After
  // Shooting At Mall": the clause after it names the event that caused the deaths (the
  // manual's "3 dead in shooting"), a nominalization or an instrument
  const cls = event.agency === 'other' && participle < 0 ? causingClauseAfter(ctx, c.end) : null;
  return cls ? { ...event, agency: agencyOfCause(cls) } : event;
}

/**
 * "released the name of a man found dead": the people of a phrase's last of-phrase, when the
 * phrase itself names none (not for custody: in "the deaths of three men in custody" custody is
 * where the deaths happened).
 */
function peopleOfTail(ctx: HarmContext, p: Phrase): Phrase | null {
  const of = ctx.words.lastIndexOf('of', p.end - 1);
  if (of < p.start) return null;
  const tail = npStartingAt(ctx, of + 1);
  return tail && tail.end === p.end && isPeople(ctx, tail, false) ? tail : null;
}

/**
 * "a 9-year-old boy in Ohio is dead": the phrase before the verb is a place in a prepositional
 * phrase after the people it is said of; they are the subject, the place their phrase's tail.
 */
function peopleBeforePlace(ctx: HarmContext, p: Phrase): Phrase | null {
  const preposition = p.start - 1;
  if (ctx.tokens[preposition]?.tag !== 'IN' || ctx.words[preposition] === 'of' || isPeople(ctx, p, true)) return null;
  const people = npEndingAt(ctx, preposition - 1);
  return people && isPeople(ctx, people, true) ? { ...people, tail: p.end } : null;
}

const CLAUSE_OF_CAUSE = new Set(['after', 'as', 'when', 'following', 'in']);

/** The class of the subject of a clause right after a harm ("after truck ploughs into market"), or "attack" for a harm's -ing ("after shooting"). */
function causingClauseAfter(ctx: HarmContext, end: number): CauseClass | null {
  const k = CLAUSE_OF_CAUSE.has(ctx.words[end] ?? '') ? end : CLAUSE_OF_CAUSE.has(ctx.words[end + 1] ?? '') && /^(IN|RB)/.test(ctx.tokens[end]?.tag ?? '') ? end + 1 : -1;
  if (k < 0) return null;
  // "after shooting at a mall": a harm verb's -ing with no object names the event
  if (ctx.verbs.has(k + 1) && /ing$/.test(ctx.words[k + 1] ?? '')) return 'attack';
  const np = npStartingAt(ctx, k + 1);
  const cls = np ? causeClassOf(ctx, np) : null;
  // ("30 dead after bus plunges into gorge", "two dead after trucks collide": vehicles in an accident
  // of their own are no instrument; the toll stays the manual's other, as the dev coders read 5 of
  // 6; a vehicle that rams a crowd is one)
  return cls === 'vehicle' && np && ctx.lexicon.lists.get('accident')?.has(ctx.words[np.end] ?? '') === true ? null : cls;
}

/** "The three women who survived the crash [were in critical condition]": the noun a relative clause ending in `p` follows. */
function antecedentOf(ctx: HarmContext, p: Phrase): Phrase | null {
  const who = ctx.words.lastIndexOf('who', p.start - 1);
  return who > 0 && who >= p.start - 6 ? npEndingAt(ctx, who - 1) : null;
}

const RESULT_WINDOW = 6;

/** The comma that closes an age (", 31,") or an address (", of 195 Hickory St.,") opened by the comma at `k`, or -1. */
function endOfAgeOrAddress(ctx: HarmContext, k: number): number {
  if (ctx.words[k] !== ',') return -1;
  // (an age, then an address: "left Kevin Gun, 31, of Dayton, dead")
  if (ctx.tokens[k + 1]?.tag === 'CD' && ctx.words[k + 2] === ',') return Math.max(k + 2, endOfAddress(ctx, k + 2));
  return endOfAddress(ctx, k);
}

/** The comma closing an address set off after a name from the comma at `k` (", of 195 Hickory St.,"), or -1. */
function endOfAddress(ctx: HarmContext, k: number): number {
  if (ctx.words[k + 1] !== 'of') return -1;
  for (let j = k + 2; j < k + MAX_ADDRESS && j < ctx.words.length; j++) if (ctx.words[j] === ',') return j;
  return -1;
}
/** The longest address after a name, from its comma to the next, in tokens: ", of 1200 North Main St.,". */
const MAX_ADDRESS = 9;

/** "Clashes leave dozens dead", "Violence claims 20 lives": the event runs to the result word. */
/** A participle after "be" or "get", or a passive the passive detector found (a headline's: "Three left dead"); not "was holding". */
function passiveGroup(ctx: HarmContext, i: number): boolean {
  if (!/^VB[ND]$/.test(ctx.tokens[i]?.tag ?? '')) return false;
  const kind = verbGroupOf(ctx.tokens, i).kind;
  return kind === 'be' || kind === 'get' || ctx.passives.has(i);
}

/**
 * "Three were left dead", "was placed in handcuffs", "was pushed to the ground": in the passive,
 * with no one between the verb and its result, the subject is the one harmed, and a by-phrase
 * after the result its doer or its cause.
 */
function passiveResult(ctx: HarmContext, c: Verb, stop: number, harm: string): HarmEvent | null {
  const subject = subjectOf(ctx, c.start, 'patient');
  // ("footage of troops held prisoner": the people after "of")
  const harmed = subject && !isPeople(ctx, subject, false) ? lastOfPhrase(ctx, subject) : subject;
  if (!harmed || !isPeople(ctx, harmed, false)) return null;
  const by = byPhrase(ctx, findByAgent(ctx.sentence, stop - 1, ctx.text));
  const cls = by ? causeOf(ctx, by.start, by.end, by.head) : null;
  if (by && cls) return base(c, { agency: agencyOfCause(cls), agent: null, victim: span(ctx, harmed), cause: span(ctx, by), covers: [[by.start, by.end]] }, harm, stop);
  return base(c, { agency: by ? 'passive-with-agent' : 'agentless-passive', agent: by ? span(ctx, by) : null, victim: span(ctx, harmed), cause: null, covers: [] }, harm, stop);
}

/**
 * Whose life or lives the result word at `k` is, after the verb ending at `from`: a possessive
 * pronoun or a name's genitive ("claimed his life", "claimed their lives", "claimed Aaron's life"), or null
 * for one life no one is named for ("claims another life"); undefined when the words are otherwise.
 */
function ownedLife(ctx: HarmContext, from: number, k: number): Span | null | undefined {
  if (ctx.words[k] !== 'life' && ctx.words[k] !== 'lives') return undefined;
  if (k === from + 1 && ctx.tokens[from]?.tag === 'PRP$') return spanOf(ctx, from, k);
  if (k === from + 1 && ctx.words[k] === 'life' && ONE_LIFE.has(ctx.words[from] as string)) return null;
  if (k > from + 1 && POSSESSIVE_CLITICS.has(ctx.words[k - 1] ?? '')) {
    const owner = npEndingAt(ctx, k - 2);
    return owner && owner.start === from && isPeople(ctx, owner, false) ? spanOf(ctx, owner.start, owner.end) : undefined;
  }
  return undefined;
}

const ONE_LIFE: ReadonlySet<string> = new Set(['another', 'a', 'one']);

function result(ctx: HarmContext, c: Verb): HarmEvent | null {
  // where an aside after the victim's name begins, and the window, widened past it
  let aside = -1;
  let window = c.end + RESULT_WINDOW;
  for (let k = c.end; k < window && k < ctx.tokens.length; k++) {
    // ("set girlfriend on fire": a result of two words; "knocked him to the ground", three)
    const triple = c.entry.results.get(`${ctx.words[k]} ${ctx.words[k + 1]} ${ctx.words[k + 2]}`);
    const pair = triple ? undefined : c.entry.results.get(`${ctx.words[k]} ${ctx.words[k + 1]}`);
    const harm = triple ?? pair ?? c.entry.results.get(ctx.words[k] as string);
    if (!harm) {
      // "left two soldiers and a civilian dead": coordinated victims go on
      if (AND_OR.has(ctx.words[k] as string) && k > c.end) continue;
      // ("took 27-year-old Latasha Downie into custody": a hyphen is part of a word, not a word)
      if (ctx.tokens[k]?.tag === 'HYPH') {
        window++;
        continue;
      }
      // "took Latasha Downie, of 195 Hickory St., into custody", "took Smith, 31, into custody": an age or an address set off after the name
      const closing = aside < 0 && k > c.end ? endOfAgeOrAddress(ctx, k) : -1;
      if (closing > 0) {
        aside = k;
        window += closing - k + 1;
        k = closing;
        continue;
      }
      // "claims hundreds of lives": a quantity's "of"
      if (ctx.words[k] === 'of' && NUMBER_WORDS.has(ctx.words[k - 1] as string)) continue;
      if (/^(VB|IN|CC|,|\.)/.test(ctx.tokens[k]?.tag ?? '') && !ctx.lexicon.people.has(ctx.words[k] as string)) return null;
      continue;
    }
    const stop = triple ? k + 3 : pair ? k + 2 : k + 1;
    // ("were held hostage", "troops held prisoner": the result right after a passive verb says it
    // of the subject; a plural names those harmed itself, "had killed dozens and taken hostages")
    if (k === c.end && passiveGroup(ctx, c.start) && ctx.tokens[k]?.tag !== 'NNS') return passiveResult(ctx, c, stop, harm);
    // "claimed his life", "claimed Aaron's life": a possessor names whose life; "claims another life", one
    // life no one named
    const owned = ownedLife(ctx, c.end, k);
    if (owned !== undefined) return byDoer(ctx, c, subjectOf(ctx, c.start, 'doer'), owned, stop, harm);
    const end = aside >= 0 ? aside : ctx.words[k - 1] === 'of' ? k - 1 : k;
    // "claimed the lives of six people": the people after "of", the result word's own
    const theirs = ctx.words[k + 1] === 'of' && ctx.tokens.slice(c.end, k).every((t) => t.tag === 'DT') ? npStartingAt(ctx, k + 2) : null;
    // ("holding hostages": with no one between, a result word for people names them itself)
    // ("claims six more victims": a result word for people is the head of their phrase)
    // (only after a count and its modifiers: "took his wife hostage" names a role she was put in)
    const headed = isPeopleWord(ctx.words[k] as string) && ctx.tokens.slice(c.end, k).every((t) => /^(CD|JJ|DT|RB)/.test(t.tag));
    const victimPhrase = theirs ?? (headed ? { start: c.end, end: k + 1, head: k } : end > c.end ? { start: c.end, end, head: end - 1 } : null);
    if (victimPhrase && !isPeople(ctx, victimPhrase, false)) return null;
    // (in the active, a result right after the verb names no one harmed: "knocked down the locked door")
    if (!victimPhrase) return null;
    return byDoer(ctx, c, subjectOf(ctx, c.start, 'doer'), span(ctx, victimPhrase), stop, harm);
  }
  return null;
}
