// The harm events of one sentence: candidates are read (verb or noun), ruled out
// (hypothetical, negated, idiom, no violence around), and classified — verbs first, so a
// noun that is only the cause of a verb's harm ("killed in a shooting") is not counted again.

import { normalizeWord } from '../lexicon/words';
import type { HarmCause, PassiveAnnotation, Responsibility, Span, TaggedSentence, VictimGroup } from '../types';
import { CHARGED, blazeAt, causeOfHarm, responsibilityOf, victimGroupOf } from './attribution';
import { type Candidate, prenominalParticiples, readCandidates } from './candidates';
import { beforeParenthetical, beforeReducedRelative, objectOf, subjectOf } from './clause';
import { createContext, spanOf, tokenRange, type HarmContext } from './context';
import { CONVEYING_VERBS, HOSPITALS, type Phrase, REMAINS, TOLLS, VICTIM_WORDS, hitByVehicle, isDemonymNoun, isPeople, npEndingAt, npStartingAt } from './phrases';
import type { HarmEvent } from './event';
import type { HarmMatcher } from './matcher';
import { loadGroups, matchAll } from './groups';
import { withHeadlineVerb } from './headline-verb';
import { impliedEvents } from './implied';
import { antecedentOf } from './antecedent';
import { nounEvent } from './noun-events';
import { ruleChecker } from './rule-check';
import type { HarmEntry, NounEntry, VerbEntry } from './types';
import { forceBefore, verbEvent } from './verb-events';
import { voiceOf } from './voice';
import { CLAUSE_ENDS, NUMBER_WORDS, PARTITIVES, POSSESSIVE_CLITICS, QUANTIFIER_WORDS } from '../nlp/grammar/function-words';

export interface FoundEvent extends HarmEvent {
  /** The lexicon entry of the harm word; null for harm implied without one (implied.ts). */
  entry: HarmEntry | null;
  responsible: Responsibility;
  victimGroup: VictimGroup;
  harmCause: HarmCause;
}

type Range = readonly [number, number];

export function harmEventsIn(
  tagged: TaggedSentence,
  text: string,
  matcher: HarmMatcher,
  passives: readonly PassiveAnnotation[],
): FoundEvent[] {
  const lexicon = matcher.lexicon;
  const sentence = withHeadlineVerb(tagged);
  const words = sentence.tokens.map((t) => normalizeWord(t.lower));
  const matches = matcher.match(sentence.tokens, words);
  const base = createContext(sentence, text, lexicon, passives, words);
  const candidates = readCandidates(base, matches);
  const verbs = candidates.length === 0 ? NO_VERBS : new Map(candidates.filter((c) => c.entry.pos === 'verb').map((c) => [c.start, c.end]));
  // a literal, not { ...base, verbs }: spreading is several times slower, once per sentence
  const ctx: HarmContext = {
    sentence: base.sentence, tokens: base.tokens, words: base.words, text: base.text, lexicon: base.lexicon, passives: base.passives, verbs,
  };
  const rules = ruleChecker(lexicon);
  const taken: Range[] = [];
  const found: Array<{ event: HarmEvent; entry: HarmEntry | null }> = [];
  // a harm to the body denied of everyone ("no one was hurt", "no injuries were reported")
  let denied = false;
  for (const c of inOrder(candidates)) {
    if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
    const rule = rules.notEvent(ctx.tokens, c.start, c.end, ctx.words);
    // "unclear whether she was stabbed by a guard or a cellmate": a question between alternatives of
    // how or by whom takes the harm as given (not "whether or not", a question of the harm itself)
    const ruledOut = rule && CONDITIONS.has(rule.id) && alternativeAfter(ctx, c.end) ? null : rule;
    if (ruledOut) {
      // (of harm to the body: not "made no arrests", "no one is in custody")
      // (nor a result verb's: "No Regrets Left After Market Bombing")
      // (nor denied of others only, which says someone was: "Nobody else was seriously hurt in the stabbing")
      denied ||= DENIED_OF_EVERYONE.has(ruledOut.id) && HARMS_TO_THE_BODY.has(c.entry.harm) && !(c.entry.pos === 'verb' && c.entry.frame === 'result') && !othersDenied(ctx, c.start);
      continue;
    }
    const read = readEvent(ctx, c);
    if (!read) continue;
    const { event, entry } = read;
    // (not a legal harm: "sentenced to death" reports the sentence, a death to come)
    const harm = event.harm !== 'killing' && event.harm !== 'arrest' && rules.killed(ctx.tokens, event.start, event.end, ctx.words) ? 'killing' : event.harm;
    // copied only when the harm changes: spreading an event is slow (attributed)
    found.push({ event: harm === event.harm ? event : { ...event, harm }, entry });
    taken.push([event.start, event.end], ...event.covers);
  }
  // "held on suspicion of aggravated battery": the crime a charge names stands only when the
  // sentence reports no other harm (the detention here)
  if (found.some(({ entry }) => entry?.alone === true) && found.some(({ entry }) => entry?.alone !== true)) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i]?.entry?.alone === true) found.splice(i, 1);
  }
  // harm implied is other harm too for a state that needs violence and stands alone ("woman in
  // hospital after shark attack": the attack), not for a crime a charge names
  if (found.every(({ entry }) => entry?.alone === true && entry.needsViolence)) {
    const notEvent = (start: number, end: number): boolean => rules.notEvent(ctx.tokens, start, end, ctx.words) !== null;
    const implied = impliedEvents(ctx, notEvent);
    if (implied.length > 0) found.length = 0;
    for (const event of implied) found.push({ event, entry: null });
  }
  if (found.every(({ entry }) => entry === null)) {
    // "move displaced Palestinians": a participle before the people it befell, the only sign of
    // harm but what is implied ("Abducted aid worker recalls airstrikes": the abduction beside the attack)
    const c = prenominalParticiples(ctx, matches).find((p) => !rules.notEvent(ctx.tokens, p.start, p.end, ctx.words) && !(p.entry.needsViolence && !isViolent(ctx, p)));
    const event = c ? describedPeople(ctx, c) : null;
    if (c && event && causeFits(ctx, c.entry, event)) found.push({ event, entry: c.entry });
  }
  // the victims of every event in the sentence, so that none is read as a party ("Police
  // officer bitten and five others injured")
  const victims = found.flatMap(({ event }) => (event.victim ? [event.victim] : []));
  const read = withSharedVictims(ctx, denied ? found.filter(({ event }) => !harmlessAfterDenial(event)) : found).map(({ event, entry }) => attributing(ctx, event, entry, victims));
  return withSharedDoers(ctx, read)
    .map((a) => attributed(ctx, a))
    .sort((a, b) => a.start - b.start);
}

/** The rules of rules.ts for a condition ("if", "whether"), which a question between alternatives does not make of the harm. */
const CONDITIONS: ReadonlySet<string> = new Set(['condition', 'condition-bare']);

/**
 * An adjunct right after the harm ("by a guard", "on the corner", "from a car") and an "or" after
 * it, before the clause ends, that opens another ("or a settler", "or at the park"): the
 * question is which, not whether (not "whether he was arrested or charged", "hurt herself or
 * anyone else": alternatives of the harm or of whom it befell).
 */
function alternativeAfter(ctx: HarmContext, end: number): boolean {
  if (ctx.tokens[end]?.tag !== 'IN') return false;
  for (let k = end + 1; k < Math.min(ctx.words.length, end + MAX_ALTERNATIVE_REACH); k++) {
    const w = ctx.words[k] as string;
    if (w === 'or') return /^(IN|DT)$/.test(ctx.tokens[k + 1]?.tag ?? '');
    if (CLAUSE_ENDS.has(w)) return false;
  }
  return false;
}

/** Words from the harm to the "or" of its alternative, at most: "shot by a guard on duty or". */
const MAX_ALTERNATIVE_REACH = 10;

/** The harm verbs of a sentence without candidates (most): one map shared, not one made per sentence (issue 15). */
const NO_VERBS: ReadonlyMap<number, number> = new Map();

/** "nobody else was seriously hurt", "no other patrons were hurt": a denial of harm to others than those harmed, in the words before the harm word at `start`. */
function othersDenied(ctx: HarmContext, start: number): boolean {
  return ctx.words.slice(Math.max(0, start - OTHERS_REACH), start).some((w) => w === 'else' || w === 'other');
}

/** Words before a denied harm word in which "else" or "other" says it is denied of others: "no one else was seriously hurt". */
const OTHERS_REACH = 5;

/** Harms to the body, whose denial ("no one was hurt") leaves an attack or shooting named as a noun harmless. */
const HARMS_TO_THE_BODY: ReadonlySet<string> = new Set(['killing', 'shooting', 'wounding', 'beating', 'torture', 'sexual-violence']);

/** The rules of rules.ts that deny a harm of everyone: "nobody was hurt", "no injuries were reported", "none of the officers were injured". */
const DENIED_OF_EVERYONE: ReadonlySet<string> = new Set(['nobody', 'none-of', 'no-one', 'no-one-reported', 'no-one-there']);

/**
 * "No one was hurt in that shooting", "the shotgun went off, but no one was hurt by the
 * blast": where the sentence denies harm to anyone, an attack, shooting or blast named only as
 * a noun, with no victim, reports none (the gold's coders: 14 of 15 such dev texts no harm, the
 * other an arrest). Detention and the like still stand ("two are in custody and no injuries
 * were reported").
 */
function harmlessAfterDenial(event: HarmEvent): boolean {
  return event.victim === null && (event.agency === 'nominalization' || event.agency === 'instrument') && !OWN_PEOPLE.has(event.harm) && event.harm !== 'abduction';
}

/** Kinds of harm whose people are not those another harm befell: those arrested, those who flee, homes. */
const OWN_PEOPLE: ReadonlySet<string> = new Set(['arrest', 'displacement', 'demolition']);

/**
 * "Detectives are looking into a homicide after a teenager was stabbed": an event that names no
 * victim befell the people the first other event of the sentence names (the gold's coders read
 * them so in 59 dev texts, not in 5). Not a toll's count ("death toll rises as 12 more are
 * killed": the toll is of all the dead), nor between an arrest, a flight or a demolition and
 * another harm, nor into an attack on a place, whose place is no victim ("Rebels shelled the
 * town, killing nine").
 */
function withSharedVictims(ctx: HarmContext, found: ReadonlyArray<{ event: HarmEvent; entry: HarmEntry | null }>): Array<{ event: HarmEvent; entry: HarmEntry | null }> {
  const donors = found.filter(({ event }) => event.victim !== null && !OWN_PEOPLE.has(event.harm)).sort((a, b) => a.event.start - b.event.start);
  return found.map((f) => {
    const { event } = f;
    if (event.victim !== null || OWN_PEOPLE.has(event.harm) || event.harm === 'attack' || TOLLS.has(ctx.words[event.end] ?? '')) return f;
    const donor = donors.find((d) => d.event !== event);
    return donor ? { ...f, event: { ...event, victim: donor.event.victim } } : f;
  });
}


/** The event of a participle that describes the people after it: they are its victims. */
function describedPeople(ctx: HarmContext, c: Candidate & { people: Phrase }): HarmEvent {
  return { start: c.start, end: c.end, harm: c.entry.harm, agency: 'other', agent: null, victim: spanOf(ctx, c.start, c.people.end), cause: null, covers: [] };
}

/** The candidate's event under its entry, or under the first of its fallbacks that finds one. */
function readEvent(ctx: HarmContext, c: Candidate): { event: HarmEvent; entry: HarmEntry } | null {
  const readings: Candidate[] = [c, ...(c.fallbacks ?? []).map((entry) => ({ ...c, entry }))];
  if (c.verbPrefix && undergoerBefore(ctx, c.start)) readings.push({ start: c.start, end: c.verbPrefix.end, entry: c.verbPrefix.entry, forms: c.forms });
  if (c.nounPrefix) readings.push({ start: c.start, end: c.nounPrefix.end, entry: c.nounPrefix.entry, forms: [] });
  for (const reading of readings) {
    const { entry } = reading;
    if (entry.needsViolence && !isViolent(ctx, reading)) continue;
    // "the victim was standing by a bus stop when someone in a van fired two shots": shots fired at no one named, where the sentence names victims
    if (entry.needsVictimWord && !ctx.words.some((w) => VICTIM_WORDS.has(w))) continue;
    const event = entry.pos === 'verb' ? verbEvent(ctx, reading as Candidate & { entry: VerbEntry }, voiceOf(ctx, reading)) : nounEvent(ctx, reading as Candidate & { entry: NounEntry });
    // (whom they hit, the words do not say: the victims the sentence names)
    if (event && entry.needsVictimWord && event.victim === null) return { event: { ...event, victim: namedVictims(ctx) }, entry };
    // ("trapped in the war" is no disaster's: its cause is no accident or natural force)
    if (event && !causeFits(ctx, entry, event)) continue;
    if (event) return { event, entry };
  }
  return null;
}

/** The phrase of the sentence's first word for victims ("the elderly victim"), or null. */
function namedVictims(ctx: HarmContext): Span | null {
  const at = ctx.words.findIndex((w) => VICTIM_WORDS.has(w));
  const np = at < 0 ? null : npEndingAt(ctx, at);
  return np && np.end === at + 1 ? spanOf(ctx, np.start, np.end) : null;
}

/**
 * "Two Palestinians shot at checkpoint", "Man shot at party": people right before the verb
 * whose phrase ("shoot at") found no target undergo the verb alone. Not a force, which
 * shoots at what follows ("Police shot at the car"), nor a noun's modifier ("a parting shot at").
 */
function undergoerBefore(ctx: HarmContext, start: number): boolean {
  const before = ctx.tokens[start - 1];
  return !!before && /^(NNS?|NNPS?|CD)$/.test(before.tag) && ctx.tokens[start - 2]?.tag !== 'DT' && !ctx.lexicon.forces.has(ctx.words[start - 1] as string);
}

/** An event with its cause and responsibility worked out, before its victims' group is. */
interface Attributing {
  event: HarmEvent;
  entry: HarmEntry | null;
  harmCause: HarmCause;
  responsible: Responsibility;
  /** The victim as the event found it, before an antecedent took its place ("who" → the man). */
  foundVictim: Span | null;
}

function attributing(ctx: HarmContext, found: HarmEvent, entry: HarmEntry | null, victims: readonly Span[]): Attributing {
  const antecedent = found.victim ? antecedentOf(ctx, found.victim, victims) : null;
  const event = withoutOfPhrase(ctx, antecedent ? { ...found, victim: antecedent } : found);
  const harmCause = causeOfHarm(ctx, event);
  return { event, entry, harmCause, responsible: responsibilityOf(ctx, event, harmCause, victims), foundVictim: found.victim };
}

/**
 * "Two teens were injured after a neighbour opened fire on them", "The woman died after her
 * husband stabbed her": a harm that names no party is done by the doer another harm of the
 * sentence names as its subject or by-agent (the manual's `clause`: "after police fire on
 * protesters" → police). Not the doer of an arrest, a sentence, an eviction or a demolition (the
 * police who arrest did not do the harm the arrest is for), nor into an accident, an arrest or a
 * flight, nor a doer among this harm's victims.
 */
function withSharedDoers(ctx: HarmContext, read: readonly Attributing[]): Attributing[] {
  // (arrests, sentences, flights, evictions, demolitions neither give nor take a doer)
  const apart = (a: Attributing): boolean => a.harmCause === 'legal' || OWN_PEOPLE.has(a.event.harm);
  const doers = read.filter((a) => a.responsible.link === 'grammatical' && a.responsible.party !== null && !apart(a) && namesADoer(ctx, a.responsible.party));
  if (doers.length === 0) return [...read];
  return read.map((a) => {
    if (a.responsible.link !== 'none' || a.harmCause === 'accident' || apart(a)) return a;
    const victim = a.event.victim ? tokenRange(ctx, a.event.victim) : null;
    const donor = doers.find((d) => {
      if (d === a) return false;
      const [start] = tokenRange(ctx, d.responsible.party as Span);
      return victim === null || start < victim[0] || start >= victim[1];
    });
    return donor ? { ...a, responsible: { party: donor.responsible.party, link: 'clause' } } : a;
  });
}

/**
 * A doer named as people or a force ("a neighbour", "her husband", "the IDF"), not a pronoun or a
 * bare count, which may stand for the victims themselves ("shot after he injured a deputy").
 */
function namesADoer(ctx: HarmContext, party: Span): boolean {
  const [start] = tokenRange(ctx, party);
  const phrase = npStartingAt(ctx, start);
  if (!phrase) return false;
  const head = ctx.tokens[phrase.head];
  if (!head || /^(PRP|CD)/.test(head.tag) || NUMBER_WORDS.has(ctx.words[phrase.head] as string)) return false;
  return ctx.lexicon.forces.has(ctx.words[phrase.head] as string) || isPeople(ctx, phrase, true);
}

function attributed(ctx: HarmContext, { event, entry, harmCause, responsible, foundVictim }: Attributing): FoundEvent {
  // every property named, not `{ ...event, entry, ... }`: events come in several shapes, and
  // spreading them took V8's slow generic copy (issue 15); `satisfies` makes a property added
  // to the event a compile error here until it is copied too
  return {
    start: event.start, end: event.end, harm: event.harm, agency: event.agency, agent: event.agent, victim: event.victim, victimExtent: event.victimExtent, doers: event.doers, cause: event.cause, covers: event.covers,
    entry, responsible, victimGroup: victimGroupOf(ctx, event, responsible.party, foundVictim), harmCause,
  } satisfies Record<keyof FoundEvent, unknown>;
}

/**
 * "kills mayor of central Gaza refugee camp": the manual's victim span keeps an of-phrase only
 * when its head is a quantity or part ("members of one Gaza family", "dozens of migrants");
 * the whole phrase still places the victims (victimExtent).
 */
function withoutOfPhrase(ctx: HarmContext, event: HarmEvent): HarmEvent {
  if (!event.victim) return event;
  const [start, end] = tokenRange(ctx, event.victim);
  const of = ctx.words.indexOf('of', start);
  if (of <= start || of >= end) return event;
  const before = ctx.words[of - 1] as string;
  // not "relatives of hostages", "parents of killed hostage": kin name whose they are, the harmed
  const kin = before === 'relatives' || ctx.lexicon.lists.get('kin')?.has(before) === true;
  // "retrieves bodies of two paramedics killed in shelling": the dead are those whose bodies they are
  if (REMAINS.has(before) && of + 1 < end) return { ...event, victim: spanOf(ctx, of + 1, end), victimExtent: event.victimExtent ?? event.victim };
  if (kin || PARTITIVES.has(before) || ctx.tokens[of - 1]?.tag === 'CD' || !ctx.lexicon.people.has(before)) return event;
  return { ...event, victim: spanOf(ctx, start, of), victimExtent: event.victimExtent ?? event.victim };
}


/** Causes of the harm of entries marked `context: disaster`: an accident or a natural force. */
const DISASTERS: ReadonlySet<HarmCause> = new Set(['accident', 'natural']);

/** A demolition verb's victims that are no homes nor places: people ("Burned jogger"). */
function burnedPeople(ctx: HarmContext, event: HarmEvent): boolean {
  const last = event.victim?.text.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return last !== '' && !ctx.lexicon.places.has(last);
}

/** What is left of a building fallen on people: "trapped in the rubble", "under the debris". */
const RUINS: ReadonlySet<string> = new Set(['rubble', 'debris', 'wreckage', 'ruins']);

/**
 * Whether the event's cause is one its entry allows: an accident or a natural force for entries
 * marked `context: disaster`, or ruins the sentence names, whatever brought the building down
 * ("Zendan trapped in the rubble texts for help": a quake's or a strike's).
 */
export function causeFits(ctx: HarmContext, entry: HarmEntry, event: HarmEvent): boolean {
  // (homes a fire or a flood destroys are property lost, no demolition: "Homes destroyed as
  // wildfires spread"; people burned by lightning are still hurt)
  if (entry.harm === 'demolition' && !burnedPeople(ctx, event)) return !DISASTERS.has(causeOfHarm(ctx, event));
  return !entry.needsDisaster || ctx.words.some((w) => RUINS.has(w)) || DISASTERS.has(causeOfHarm(ctx, event));
}

/** Transitive and intransitive verbs, then "dead", then nouns; each left to right. */
function inOrder(candidates: readonly Candidate[]): Candidate[] {
  const rank = (c: Candidate): number => (c.entry.pos === 'noun' ? 2 : c.entry.frame === 'state' ? 1 : 0);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
}

/** "found Ann Lee dead", "discovered the two men dead": a verb of finding, its object right before `at`. */
function foundWithObject(ctx: HarmContext, at: number): boolean {
  let k = at - 1;
  while (k >= at - MAX_FOUND_OBJECT && /^(NNP|NNPS|NN|NNS|DT|CD|PRP)$/.test(ctx.tokens[k]?.tag ?? '')) k--;
  return k < at - 1 && FOUND.has(ctx.words[k] ?? '');
}

/** Words of the object between a verb of finding and "dead", at most: "found her husband, Ann Lee," is past it. */
const MAX_FOUND_OBJECT = 4;

/**
 * Another word of violence, accident or disaster in the sentence ("Teen dies after
 * confrontation with troops", "A cyclist has died after colliding with another rider",
 * "Over 3,000 dead after quake"): not a death from old age or illness ("Actor dies at 87").
 */
/** The object after `end` names people ("nabs crocodile smuggler"). */
function peopleObject(ctx: HarmContext, end: number): boolean {
  const object = objectOf(ctx, end);
  return object !== null && isPeople(ctx, object, true);
}

export function isViolent(ctx: HarmContext, c: Candidate): boolean {
  const accident = ctx.lexicon.lists.get('accident');
  // "eighth death from mystery pneumonia virus": a death told with an epidemic is no one person's
  // illness (wordlists.yml epidemics); "inquiry opens into mining death": nor one looked into (inquiries)
  const lists = ctx.lexicon.lists;
  if (ctx.words.some((w) => lists.get('epidemics')?.has(w) === true || lists.get('inquiries')?.has(w) === true)) return true;
  // (and an attack of the body: "two days after heart attack", "cardiac arrest")
  if (ctx.words.some((w, i) => INDIVIDUAL_ILLNESS.has(w) || (BODILY_ATTACKS.has(w) && BODILY.has(ctx.words[i - 1] ?? '')))) return false;
  // "dies at 80": an age, an obituary's
  if (ctx.words[c.end] === 'at' && /^\d{1,3}$/.test(ctx.words[c.end + 1] ?? '') && Number(ctx.words[c.end + 1]) >= 40) return false;
  return (
    counted(ctx, c.start) ||
    // "Woman found dead in apartment": the manual's device `other` names "found dead"
    // (and with the one found between: "relatives found Ann Lee dead")
    // (or feared so: "Ruritanian tourist feared dead", someone missing, not an obituary)
    (DEAD_STATES.has(ctx.words[c.start] ?? '') && (FOUND.has(ctx.words[c.start - 1] ?? '') || FEARED.has(ctx.words[c.start - 1] ?? '') || foundWithObject(ctx, c.start))) ||
    // "outraged by deaths of aid workers": deaths in the plural are no obituary
    PLURAL_DEATHS.has(ctx.words[c.start] as string) ||
    // "after death of aid workers", "the death of three children": the death of many is no
    // obituary of one person's illness or old age (but "the exodus of doctors" is no flight from war)
    (c.entry.harm !== 'displacement' && ofManyPeople(ctx, c.end)) ||
    matchAll(loadGroups().places, ctx.words).length > 0 ||
    // "China nabs crocodile smuggler": an arrest a force, a court or a state makes
    // (of people: "australia books semi final spot" is no arrest)
    (c.entry.harm === 'arrest' && forceBefore(ctx, c.start) && peopleObject(ctx, c.end)) ||
    // "kibbutzim attacked by Hamas": an armed group named (groups.yml armed)
    armedGroupNamed(ctx, c) ||
    // "top guerrilla caught at Zenda port", "arms smugglers caught": offenders or
    // militants who undergo an arrest verb are taken into custody (not "caught a cold")
    (c.entry.harm === 'arrest' && offendersBefore(ctx, c.start)) ||
    // "dies after being hit by car": a vehicle that hits someone is an accident
    hitByVehicle(ctx) ||
    // "Toddler dies in hot car": a child's death is no obituary of old age (the child right
    // before the verb: not "Former child star dies at 90"; or the death's possessor: "after the teen's death")
    childBefore(ctx, c.start) ||
    // "Marchers hurt in Zenda": protesters who undergo the harm were hurt in the protest, no
    // illness's or accident's (not protesters who do the verb: "protesters storm the airport")
    protestersBefore(ctx, c.start) ||
    // "Man dies after getting head stuck in seat": someone the text does not name
    (c.entry.harm === 'killing' && unnamedBefore(ctx, c.start)) ||
    // "Bernat died shortly after arriving at the hospital", "was taken to the hospital, where he
    // died": a death in hospital told with no illness or age (ruled out above) is of what took them
    // there; wounds treated in hospital are no figure of speech
    diedInHospital(ctx, c) ||
    // "Nurse charged after patients died in her care": a death someone is charged over is no obituary
    // (not an evacuation: "lockdowns, evacuations and charges for several teens")
    (c.entry.harm !== 'displacement' && ctx.words.some((w) => CHARGED.has(w) || CHARGED_CRIMES.has(w))) ||
    (c.entry.harm === 'displacement' ? (violenceAroundFlight(ctx, c) && !fleeingOne(ctx, c)) || peopleExpelled(ctx, c) : ctx.words.some((w, i) => (i < c.start || i >= c.end) && (ctx.lexicon.violence.has(w) || accident?.has(w) === true || naturalCauseOf(ctx, c, w))))
  );
}

/** A natural cause that makes harm `c` count: a disease by name only for a death ("Singer hospitalised with flu" is one person's illness). */
function naturalCauseOf(ctx: HarmContext, c: Candidate, w: string): boolean {
  return ctx.lexicon.causes.get(w) === 'natural' && (c.entry.harm === 'killing' || ctx.lexicon.lists.get('diseases')?.has(w) !== true);
}

/**
 * Violence around an evacuation or an exodus: the manual counts evacuation in war, not one from
 * an accident or a storm, nor one the police or authorities order ("lockdowns, evacuations and
 * charges"): no word of violence but theirs is around. A form of "force" just before the event
 * is the verb whose object it is, no troops ("gas leak forces evacuation", "floods force new
 * evacuations"), and a fire that rages or is a place's is a blaze ("tourists flee as island fire
 * rages"): the dev coders marked no flight from a blaze as harm (stop 72).
 */
function violenceAroundFlight(ctx: HarmContext, c: Candidate): boolean {
  const police = ctx.lexicon.lists.get('police');
  return ctx.words.some((w, i) => (i < c.start || i >= c.end) && !forcingBefore(ctx, i, c.start) && !blazeAt(ctx, i) && police?.has(w) !== true && ctx.lexicon.violence.has(w));
}

/** A form of "force" the verb of the flight at `start`, at most one word of its noun between ("force new evacuation"). */
function forcingBefore(ctx: HarmContext, i: number, start: number): boolean {
  return FORCING.has(ctx.words[i] as string) && (i === start - 1 || (i === start - 2 && /^(JJ|NN|DT|CD)/.test(ctx.tokens[i + 1]?.tag ?? '')));
}

const FORCING: ReadonlySet<string> = new Set(['force', 'forces', 'forced', 'forcing']);

/**
 * "Deputies say the burglar fled toward the river", "He demanded cash and fled": in running text, one
 * person fleeing is an escape, not a people driven from home by war (the manual's
 * displacement), as the dev coders read such sentences (stop 62). Not a family or a household,
 * which are many.
 */
function fleeingOne(ctx: HarmContext, c: Candidate): boolean {
  if (c.entry.pos !== 'verb' || c.entry.frame !== 'intransitive' || ctx.sentence.casing !== 'sentence') return false;
  const subject = subjectOf(ctx, c.start, 'patient');
  const head = subject ? ctx.tokens[subject.head] : undefined;
  if (!subject || !head || subject.end - subject.start > MAX_ONE_PERSON_WORDS) return false;
  const w = ctx.words[subject.head] as string;
  return SINGULAR_PERSONS.has(w) || head.tag === 'NNP' || (head.tag === 'NN' && isPeople(ctx, subject, true) && !HOUSEHOLDS.has(w));
}
const SINGULAR_PERSONS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
/** Nouns for many people in the singular, who flee together: "the family fled". */
const HOUSEHOLDS: ReadonlySet<string> = new Set(['family', 'household', 'population', 'community', 'village', 'tribe', 'clan']);
/** The words of a phrase that names one person ("the suspect", "A Thai consular official"). */
const MAX_ONE_PERSON_WORDS = 5;

/**
 * "Rohingya expelled from Myanmar", "the expulsion of 20,000 Chechens": a people named by
 * its nationality or ethnicity (a demonym as a noun) driven out is displaced as a people, war
 * word or none; not one person nor a group named otherwise ("students expelled", "expelled
 * Iranian asylum seekers").
 */
function peopleExpelled(ctx: HarmContext, c: Candidate): boolean {
  return c.entry.frame === 'transitive' && ctx.words.some((w, i) => (i < c.start || i >= c.end) && /^NN/.test(ctx.tokens[i]?.tag ?? '') && isDemonymNoun(w) && !/^(JJ|NN)/.test(ctx.tokens[i + 1]?.tag ?? ''));
}

/**
 * The subject right before a death is someone named only by what they are ("Man dies",
 * "Dallas officer shot at store dies", "Italian athlete, 29, dies": past an age in commas), a
 * common noun of the `unnamed-persons` list, not a proper name's part ("Officer Smith dies").
 */
function unnamedBefore(ctx: HarmContext, start: number): boolean {
  let k = start - 1;
  // ", 29," an age in apposition
  if (ctx.words[k] === ',' && ctx.tokens[k - 1]?.tag === 'CD' && ctx.words[k - 2] === ',') k -= 3;
  // "Dallas Officer Shot At Home Depot Dies": past the reduced relative that tells what befell them
  else if (ctx.verbs.size > 0) k = beforeReducedRelative(ctx, k);
  const head = ctx.tokens[k];
  // (a sentence's first word too, which the tagger reads as a name when it does not know it: "Skydiver dies")
  return head !== undefined && (/^NNS?$/.test(head.tag) || (head.tag === 'NNP' && k === 0)) && ctx.lexicon.lists.get('unnamed-persons')?.has(ctx.words[k] as string) === true;
}

/**
 * A death verb, or wounds, with a hospital some words either side ("taken to area hospitals to be
 * treated for their wounds"); and a state of injury ("in critical condition") of someone taken
 * there, to a hospital or by a verb of conveying ("was rushed to the medical center in critical
 * condition"): the state of one carried off from where it befell them.
 */
function diedInHospital(ctx: HarmContext, c: Candidate): boolean {
  // (a grave state only: one conveyed to hospital "in stable condition" may be ill as well as hurt,
  // and on dev our coders read it so six times in seven)
  const state = c.entry.pos === 'verb' && c.entry.harm === 'wounding' && c.entry.frame === 'state' && !ctx.words.slice(c.start, c.end).some((w) => MILD_STATES.has(w));
  if (!state && !(c.entry.pos === 'verb' && c.entry.harm === 'killing') && !(c.entry.pos === 'noun' && c.entry.harm === 'wounding')) return false;
  for (let k = Math.max(0, c.start - HOSPITAL_REACH); k < c.end + HOSPITAL_REACH && k < ctx.words.length; k++) {
    // (outside the state's own words: "in hospital after" names a hospital itself)
    if (state && k >= c.start && k < c.end) continue;
    const w = ctx.words[k] as string;
    if (HOSPITALS.has(w) || (state && CONVEYING_VERBS.has(w))) return true;
  }
  return false;
}
const HOSPITAL_REACH = 8;
/** A hospital's words for a patient out of danger: "in stable condition", "in fair condition". */
const MILD_STATES: ReadonlySet<string> = new Set(['stable', 'fair']);

/** An armed group named outside the harm word ("Hamas", "the RSF", "militias"): groups.yml armed. */
function armedGroupNamed(ctx: HarmContext, c: Candidate): boolean {
  return matchAll(loadGroups().armed, ctx.words).some((m) => m.end <= c.start || m.start >= c.end);
}

/** A word for protesters (groups.yml roles) right before the participle at `start`. */
function protestersBefore(ctx: HarmContext, start: number): boolean {
  return ctx.tokens[start]?.tag === 'VBN' && matchAll(loadGroups().roles, ctx.words, Math.max(0, start - 3), start).some((m) => m.value === 'protester' && m.end === start);
}

/**
 * Offenders or smugglers (wordlists.yml offenders, contraband) or militants (groups.yml roles)
 * right before the participle at `start`, with no object after it: those it befalls, not people
 * it could be said of ("tourists caught").
 */
function offendersBefore(ctx: HarmContext, start: number): boolean {
  if (!/^VB[DN]$/.test(ctx.tokens[start]?.tag ?? '') || objectOf(ctx, start + 1) !== null) return false;
  const before = ctx.words[start - 1] ?? '';
  return ctx.lexicon.lists.get('offenders')?.has(before) === true || ctx.lexicon.lists.get('contraband')?.has(before) === true || matchAll(loadGroups().roles, ctx.words, Math.max(0, start - 3), start).some((m) => m.value === 'militant' && m.end === start);
}

function childBefore(ctx: HarmContext, start: number): boolean {
  const end = POSSESSIVE_CLITICS.has(ctx.words[start - 1] ?? '') ? start - 1 : start;
  return matchAll(loadGroups().roles, ctx.words, Math.max(0, end - 3), end).some((m) => m.value === 'child' && m.end === end);
}

/** "Ten dead", "30 people die", "records 134 deaths", "Dozens feared dead": deaths counted are not an obituary. */
function counted(ctx: HarmContext, start: number): boolean {
  // "Five civilians were among the dead": "among the" does not count towards the four words
  const among = ctx.words[start - 1] === 'the' && ctx.words[start - 2] === 'among' ? 2 : 0;
  let floor = start - 4 - among;
  for (let i = start - 1 - among; i >= 0 && i >= floor; i--) {
    // past a parenthetical: "15 civilians, including four children, were among the dead"
    const before = beforeParenthetical(ctx, i);
    if (before !== i) {
      floor -= i - before;
      i = before + 1;
      continue;
    }
    const w = ctx.words[i] as string;
    if (ctx.tokens[i]?.tag === 'CD' || NUMBER_WORDS.has(w) || QUANTIFIER_WORDS.has(w)) return true;
    // "dozens of migrants dead": a quantity's "of"
    if (!/^(NN|JJ|RB|VB[DNZP]?|DT)/.test(ctx.tokens[i]?.tag ?? '') && w !== 'of') return false;
  }
  return false;
}

/** An of-phrase at `i` naming people in the plural: "of aid workers", "of three children". */
function ofManyPeople(ctx: HarmContext, i: number): boolean {
  if (ctx.words[i] !== 'of') return false;
  const np = npStartingAt(ctx, i + 1);
  if (np === null || !isPeople(ctx, np, false)) return false;
  // "the death of two British": an adjective for people counted more than once is many
  const tag = ctx.tokens[np.head]?.tag ?? '';
  return /^NNP?S$/.test(tag) || (tag === 'JJ' && ctx.tokens[np.head - 1]?.tag === 'CD' && !ONE.has(ctx.words[np.head - 1] as string));
}

const ONE: ReadonlySet<string> = new Set(['one', '1']);

/** "found dead", "pronounced dead": said of a sudden death, which someone came upon or a doctor declared, not of an obituary's. */
const FOUND = new Set(['found', 'discovered', 'pronounced']);
/** Verbs of fearing a death not yet confirmed: "feared dead", "presumed dead" (not "declared dead", of truces too). */
const FEARED: ReadonlySet<string> = new Set(['feared', 'presumed']);
/** The state of the dead after a verb of finding: "found dead", and the officials' "pronounced deceased". */
const DEAD_STATES: ReadonlySet<string> = new Set(['dead', 'deceased']);
const PLURAL_DEATHS = new Set(['deaths', 'fatalities', 'casualties']);

/** Crimes a death is charged as: with them, or a charge (CHARGED), the death is no obituary. */
const CHARGED_CRIMES = new Set(['manslaughter', 'homicide', 'murder', 'murdered']);

/** Words that make a death an obituary, not a report of harm: illness, old age. */
/** "heart attack", "asthma attack", "cardiac arrest": an illness's attack or arrest, which is no violence. */
const BODILY_ATTACKS: ReadonlySet<string> = new Set(['attack', 'attacks', 'arrest', 'failure']);
const BODILY: ReadonlySet<string> = new Set(['heart', 'asthma', 'panic', 'cardiac', 'respiratory']);
const INDIVIDUAL_ILLNESS = new Set(['collapsing', 'cancer', 'cancers', 'illness', 'illnesses', 'aged', 'age', 'obituary', 'peacefully', 'natural', 'stroke', 'dementia', 'leukemia', 'leukaemia', 'alzheimer', "alzheimer's", 'pneumonia', 'infection', 'infections', 'sepsis', 'tumour', 'tumor', 'tumours', 'tumors']);
