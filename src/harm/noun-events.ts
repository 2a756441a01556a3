// Harm nouns → events, always agency "nominalization": "the killing of three journalists",
// "the army's killing of ...", "Police killings", "Civilian deaths", "violence erupted".
// docs/harm.md, rules 3 and 4.

import { findByAgent } from '../detectors/by-agent';
import type { Span } from '../types';
import type { Candidate } from './candidates';
import { type HarmContext, spanOf, tokenRange } from './context';
import type { HarmEvent } from './event';
import { CONVEYING_VERBS, HARMED_NOUNS, HOSPITALS, VICTIM_WORDS, type Phrase, causeOf, doersBeforeViolence, isHomes, isPeople, isVehicle, isYear, npEndingAt, npStartingAt, possessorBefore } from './phrases';
import { loadGroups, matchAll } from './groups';
import type { NounEntry } from './types';
import { isPeopleWord } from '../nlp/grammar/people';
import { wordForms } from '../nlp/grammar/inflect';
import { BE_FORMS, CLOSING_QUOTE_MARKS, DURATIONS, TIME_WORDS } from '../nlp/grammar/function-words';
import { caredForOf, governingVerb, gerundDoer, lightVerbSubject, objectOf, previousVerb, subjectOf, survivorsOf, undergoerOf } from './clause';

type Noun = Candidate & { entry: NounEntry };

interface Around {
  /** "of three journalists" */
  of: Phrase | null;
  /** "the army's", "his" */
  genitive: Phrase | null;
  /** "Police" in "Police killings", "Civilian" in "Civilian deaths" */
  modifier: { phrase: Phrase; doer: boolean } | null;
  /** "by security forces" */
  by: Span | null;
}

const LIVES: ReadonlySet<string> = new Set(['life', 'lives']);

/** A phrase naming a time: a year ("2013") or a time word ("last week", "the night"). */
function isTime(ctx: HarmContext, p: Phrase): boolean {
  const head = ctx.words[p.head] as string;
  return TIME_WORDS.has(head) || (ctx.tokens[p.head]?.tag === 'CD' && isYear(head));
}

export function nounEvent(ctx: HarmContext, c: Noun): HarmEvent | null {
  const around = phrasesAround(ctx, c);
  const { entry } = c;
  if (entry.victim === 'home' && !hasHomes(ctx, around)) return null;
  if (entry.victim === 'vehicle' && !hasVehicle(ctx, around, c.start)) return null;
  // ("carbon capture", "the capture of the town": no one taken)
  if (entry.needsOwnVictim && !ownVictims(ctx, around)) return null;
  // only people are arrested: any common noun will do ("the arrest of tycoons")
  const arrested = entry.harm === 'arrest' && around.of !== null && /^NNS?$/.test(ctx.tokens[around.of.head]?.tag ?? '');
  // ("massacre of civilian life": lives are people's)
  if (entry.victim === 'person' && around.of && !isPeople(ctx, around.of, false) && !arrested && !LIVES.has(ctx.words[around.of.head] ?? '')) return null;
  // a genitive is the doer beside an of-phrase ("the army's killing of"), else the one harmed ("his arrest");
  // an event that stands alone names its victims only by an of-phrase of people ("their deadly conflict")
  const namedPhrase =
    entry.victim === 'any' || entry.victim === 'vehicle'
      ? around.of && isPeople(ctx, around.of, false) ? around.of : null
      : around.of ?? (around.genitive && !isPlace(ctx, around.genitive) && !ofAThing(ctx, around.genitive) ? around.genitive : null) ?? (around.modifier && !around.modifier.doer && !isHomes(ctx, around.modifier.phrase) ? around.modifier.phrase : null) ?? (around.modifier?.doer && entry.frame === 'intransitive' && entry.harm === 'killing' ? diedModifier(ctx, around.modifier.phrase) : null) ?? tollIncluding(ctx, c) ?? (entry.harm === 'wounding' ? bearerOf(ctx, c.start) : null) ?? survivorsOf(ctx, c.start) ?? treatedAfter(ctx, c.start) ?? leftBy(ctx, c.end) ?? namedVictims(ctx, c.start);
  // "Child casualties", "civilian casualties": a noun for the harmed themselves is part of their phrase
  const victimPhrase = casualtiesWith(ctx, c, namedPhrase);
  const doerPhrase =
    entry.frame === 'transitive' ? ((around.of ? around.genitive : null) ?? (around.modifier?.doer ? around.modifier.phrase : null)) : null;
  const agent = doerPhrase ? spanOf(ctx, doerPhrase.start, doerPhrase.end) : entry.frame === 'transitive' ? around.by : null;
  // "Hamas launches rocket attack", "Israel carried out strike in Damascus": a light verb's
  // subject does what its object names (the manual's `active`)
  // ("Two youths were seen shooting at a parked van": the one seen doing it)
  const doer = agent === null ? lightVerbSubject(ctx, c.start) ?? gerundDoer(ctx, c.start) : null;
  if (doer) {
    return { start: c.start, end: c.end, harm: entry.harm, agency: 'active', agent: spanOf(ctx, doer.start, doer.end), victim: victimPhrase ? spanOf(ctx, victimPhrase.start, victimPhrase.end) : null, cause: null, covers: [] };
  }
  // "a man who suffered an eye injury", "survived the shooting": the victims undergo the harm
  // as the subject of a verb with no doer (the manual's `intransitive`)
  const undergoer = agent === null ? undergoerOf(ctx, c.start, entry.harm) : null;
  if (undergoer !== undefined && undergoer !== null) {
    return { start: c.start, end: c.end, harm: entry.harm, agency: 'intransitive', agent: null, victim: victimPhrase ? spanOf(ctx, victimPhrase.start, victimPhrase.end) : spanOf(ctx, undergoer.start, undergoer.end), cause: null, covers: [] };
  }
  // "Rohingya Muslims flee systemic violence": those who flee it are its victims
  const fleeing = agent === null && victimPhrase === null ? fleerOf(ctx, c.start) : null;
  // "was being treated for stab wounds": the one cared for
  const victim = victimPhrase ?? fleeing ?? (agent === null ? caredForOf(ctx, c.start) : null);
  return {
    start: c.start,
    end: c.end,
    harm: entry.harm,
    agency: 'nominalization',
    agent,
    victim: victim ? spanOf(ctx, victim.start, victim.end) : null,
    cause: null,
    covers: [],
  };
}

/** The people who flee or escape a harm noun: the subject of the verb that governs it. */
/** People named as the noun's own victims: its of-phrase, else its genitive ("the capture of two soldiers", "his capture"). */
function ownVictims(ctx: HarmContext, around: Around): boolean {
  const own = around.of ?? around.genitive;
  return own !== null && (isPeople(ctx, own, false) || PERSONAL_GENITIVES.has(ctx.words[own.head] as string));
}
const PERSONAL_GENITIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

function fleerOf(ctx: HarmContext, start: number): Phrase | null {
  const k = governingVerb(ctx, start, FLEEING);
  const subject = k === undefined ? null : subjectOf(ctx, k, 'patient');
  return subject && isPeople(ctx, subject, true) ? subject : null;
}

const FLEEING: ReadonlySet<string> = new Set(['flee~v', 'fled', 'escape~v'].flatMap(wordForms));

/**
 * "Young Gazans with severe leg injuries", "Three people remain in hospital with gunshot
 * wounds": the people who have the injuries "with" gives them, before it or the clause's subject.
 */
function bearerOf(ctx: HarmContext, start: number): Phrase | null {
  let k = start - 1;
  // (past an article or possessive too: "with a gunshot wound", "with his wounds"; and joined
  // modifiers: "with head and body trauma")
  // ("non/FW life-threatening", "non/AFX life threatening": the tagger's affix or foreign word)
  while (k >= 0 && (/^(JJ|NN|HYPH|VBN|VBG|AFX|FW|RB|DT|PRP\$|CD)/.test(ctx.tokens[k]?.tag ?? '') || (ctx.words[k] === 'and' && /^(NN|JJ)/.test(ctx.tokens[k - 1]?.tag ?? '')))) k--;
  if (ctx.words[k] === 'for') return treatedFor(ctx, k);
  if (ctx.words[k] !== 'with') return null;
  const before = npEndingAt(ctx, k - 1);
  // (not a passive's doer: "was found by officers with a gunshot wound" is said of the one found)
  if (before && isPeople(ctx, before, true) && ctx.words[before.start - 1] !== 'by') return before;
  const verb = previousVerb(ctx, k);
  // a name in running text will do: "Duane Graham, 21, arrived at a clinic ... with two stab wounds"
  const named = (p: Phrase | null): p is Phrase => p !== null && isPeople(ctx, p, ctx.sentence.casing !== 'sentence');
  // "put one driver in the clinic with a stab wound": the verb's object; first for a verb of
  // finding, whose subject found the wounded ("Deputies found a man outside with stab wounds")
  const object = verb >= 0 ? objectOf(ctx, verb + 1) : null;
  if (FINDING.has(ctx.words[verb] ?? '') && named(object)) return object;
  const subject = verb >= 0 ? subjectOf(ctx, verb, 'patient') : null;
  if (named(subject)) return subject;
  return named(object) ? object : null;
}

const FINDING: ReadonlySet<string> = new Set(['find~v', 'found', 'discover~v', 'locate~v'].flatMap(wordForms));

/**
 * "He is being treated for serious injuries", "found a teenager being treated for a gunshot
 * wound": the one treated for the injury has it (the phrase before "being", else the subject).
 */
function treatedFor(ctx: HarmContext, forAt: number): Phrase | null {
  const verb = forAt - 1;
  if (!TREATED_FOR.has(ctx.words[verb] ?? '')) return null;
  const before = ctx.words[verb - 1] === 'being' ? npEndingAt(ctx, verb - 2) : null;
  const bearer = before && isPeople(ctx, before, true) ? before : subjectOf(ctx, verb, 'patient');
  return bearer && isPeople(ctx, bearer, true) ? bearer : null;
}

/** Verbs of treatment: "treated for", "hospitalised for". */
const TREATED_FOR: ReadonlySet<string> = new Set(['treat~v', 'hospitalize~v', 'hospitalise~v'].flatMap(wordForms));
const ADMITTED: ReadonlySet<string> = new Set(wordForms('admit~v'));
/** Verbs that take the harmed to a hospital, or keep them there. */
const TREATED: ReadonlySet<string> = new Set([...TREATED_FOR, ...ADMITTED, ...CONVEYING_VERBS]);
/** Verbs that say only where someone was taken: they take the harmed only to a hospital. */
const TAKEN_TO_HOSPITAL = CONVEYING_VERBS;

/**
 * "A driver went to hospital after a late-night shooting", "remains hospitalized
 * after the stabbing": the one taken to a hospital, or kept there, after a harm is its victim
 * (the subject of that verb).
 */
function treatedAfter(ctx: HarmContext, start: number): Phrase | null {
  let k = start - 1;
  while (k >= 0 && /^(DT|JJ|NN|HYPH|VBN|RB|CD)/.test(ctx.tokens[k]?.tag ?? '')) k--;
  if (ctx.words[k] !== 'after' && ctx.words[k] !== 'following') return null;
  const verb = previousVerb(ctx, k);
  const w = ctx.words[verb] ?? '';
  if (verb < 0 || !TREATED.has(w)) return null;
  if (TAKEN_TO_HOSPITAL.has(w) && !ctx.words.slice(verb + 1, k).some((x) => HOSPITALS.has(x))) return null;
  const subject = subjectOf(ctx, verb, 'patient');
  return subject && isPeople(ctx, subject, true) ? subject : null;
}

/**
 * "a shooting that left a couple injured", "an explosion, leaving two workers dead", "a shooting
 * that sent a woman to the hospital": the people the harm left in a state, or sent to a
 * hospital, are its victims.
 */
function leftBy(ctx: HarmContext, end: number): Phrase | null {
  let k = end;
  if (ctx.words[k] === ',') k++;
  if (ctx.words[k] === 'that' || ctx.words[k] === 'which') k++;
  // ("A shooting at a bar sent two to the hospital": past the harm's place)
  if (ctx.words[k] === 'at' || ctx.words[k] === 'in') k = (npStartingAt(ctx, k + 1)?.end ?? k);
  const sending = SENDING.has(ctx.words[k] ?? '');
  if (!LEAVING.has(ctx.words[k] ?? '') && !sending) return null;
  const people = npStartingAt(ctx, k + 1);
  if (!people || !isPeople(ctx, people, true)) return null;
  return !sending || ctx.words.slice(people.end, people.end + SENT_TO_HOSPITAL_REACH).some((w) => HOSPITALS.has(w)) ? people : null;
}

const LEAVING: ReadonlySet<string> = new Set(['left', 'leaves', 'leaving']);
const SENDING: ReadonlySet<string> = new Set(['sent', 'sends', 'sending']);
/** Words from the people sent to the hospital word ("sent a woman to a local hospital"). */
const SENT_TO_HOSPITAL_REACH = 4;

/**
 * "Hero In Waffle House Shooting Is Raising Funds For Victims", "the victim wasn't hit in the
 * shooting", "Parkland Shooting Survivor": a harm that names no victims of its own is said of
 * those the sentence calls its victims, or the survivors of it.
 */
function namedVictims(ctx: HarmContext, start: number): Phrase | null {
  let best: Phrase | null = null;
  ctx.words.forEach((w, i) => {
    if (!HARMED_NOUNS.has(w) || !/^NN/.test(ctx.tokens[i]?.tag ?? '')) return;
    const np = npEndingAt(ctx, i);
    // survivors only of the harm their own phrase names ("School Shooting Survivors"), not those searched for
    if (!VICTIM_WORDS.has(w) && !(np && np.start <= start && start < i)) return;
    if (np && (!best || Math.abs(i - start) < Math.abs(best.head - start))) best = np;
  });
  // "The woman, 48, was the victim of a shooting": the subject the victim is said of
  const found = best as Phrase | null;
  if (found && BE_FORMS.has(ctx.words[found.start - 1] ?? '')) {
    const subject = npEndingAt(ctx, found.start - 2);
    if (subject && /^NN/.test(ctx.tokens[subject.head]?.tag ?? '') && isPeople(ctx, subject, true)) return subject;
  }
  return found;
}

/** "Israel's efforts to deflect blame for its atrocities": "its" stands for a thing, a state or a body, never for people harmed. */
function ofAThing(ctx: HarmContext, genitive: Phrase): boolean {
  return genitive.end - genitive.start === 1 && ctx.words[genitive.start] === 'its';
}

function phrasesAround(ctx: HarmContext, c: Noun): Around {
  // "the killing of three journalists", "sexual assaults against Palestinians"; "death toll of
  // Palestinians", "death toll for women and children", "malnutrition among children" (people only)
  // (past a closing quote: '"horrific massacre" against civilians')
  const toll = ctx.words[c.end] === 'toll' || CLOSING_QUOTE_MARKS.has(ctx.words[c.end] ?? '') ? c.end + 1 : c.end;
  const preposition = ctx.words[toll] ?? '';
  const direct = preposition === 'of' || preposition === 'against';
  const after = direct || preposition === 'among' || (preposition === 'for' && toll > c.end) ? npStartingAt(ctx, toll + 1) : placedOfPhrase(ctx, toll);
  // (not a time: "the city's last homicide of 2013", "the killings of last week")
  const of = after && (direct || isPeople(ctx, after, false)) && !isTime(ctx, after) ? after : null;
  const prev = ctx.tokens[c.start - 1];
  let genitive: Phrase | null = null;
  if (prev?.tag === 'PRP$') genitive = { start: c.start - 1, end: c.start, head: c.start - 1 };
  else if (prev?.tag === 'POS') genitive = npEndingAt(ctx, c.start - 2);
  // "the aid workers' deaths": a plural's apostrophe the tagger read as a closing quote
  else if (prev?.tag === "''" && (ctx.words[c.start - 1] === "'" || ctx.words[c.start - 1] === '’') && ctx.tokens[c.start - 2]?.tag === 'NNS') genitive = possessorBefore(ctx, c.start);
  // past a place named between them: "the businessman's London death"
  else if (prev?.tag === 'NNP' && ctx.tokens[c.start - 2]?.tag === 'POS') genitive = npEndingAt(ctx, c.start - 3);
  // past adjectives and a span of time: "Israel's 10-day bombardment", "Russia's brutal three-year war"
  else {
    let j = c.start - 1;
    while (j > c.start - 5 && (/^(JJ|CD|HYPH)$/.test(ctx.tokens[j]?.tag ?? '') || DURATIONS.has(ctx.words[j] ?? '') || ctx.words[j] === 'long')) j--;
    if (j < c.start - 1 && ctx.tokens[j]?.tag === 'POS') genitive = npEndingAt(ctx, j - 1);
  }
  // "Saturday's massacre", "last week's attack": a time is when, not who
  if (genitive && TIME_WORDS.has(ctx.words[genitive.head] as string)) genitive = null;
  return { of, genitive, modifier: modifierOf(ctx, c.start), by: doerBy(ctx, of ? of.end - 1 : c.end - 1) };
}

/**
 * "Arrests at Columbia of Gaza protesters", "the killing in Gaza of three aid workers": an
 * of-phrase of people after the harm's place names those it befell.
 */
function placedOfPhrase(ctx: HarmContext, k: number): Phrase | null {
  if (!PLACING.has(ctx.words[k] ?? '')) return null;
  const place = npStartingAt(ctx, k + 1, false);
  // (the chunker may have joined the of-phrase to the place: "Columbia of Gaza protesters")
  const of = place ? ctx.words.indexOf('of', place.start) : -1;
  if (!place || of < 0 || of > place.end || !/^NNP/.test(ctx.tokens[of - 1]?.tag ?? '')) return null;
  const people = npStartingAt(ctx, of + 1);
  return people && isPeople(ctx, people, true) ? people : null;
}

const PLACING: ReadonlySet<string> = new Set(['at', 'in', 'on', 'near']);

/**
 * "soldiers death brings toll to 20", "student officers death": a force's noun before a death,
 * which no one does, names those it befell, with the words before it in their phrase (not
 * before a displacement, whose "forces" may be a headline's verb: "gas leak forces evacuation").
 */
function diedModifier(ctx: HarmContext, word: Phrase): Phrase {
  const np = npEndingAt(ctx, word.start);
  return np && np.end === word.end ? np : word;
}

/** A noun right before the harm noun: a security force is its doer, people or homes what is harmed. */
function modifierOf(ctx: HarmContext, start: number): Around['modifier'] {
  const i = start - 1;
  const w = ctx.words[i];
  if (w === undefined || ctx.tokens[i]?.tag === 'POS') return null;
  const phrase = { start: i, end: i + 1, head: i };
  if (ctx.lexicon.forces.has(w)) return { phrase, doer: true };
  // "Palestinian deaths": the group of the victims (victimGroup), not a span naming them
  if (matchAll(loadGroups().demonyms, ctx.words, i, i + 1).length > 0) return null;
  const named = namedPersonEndingAt(ctx, i);
  if (named && ctx.lexicon.lists.get('done-to-a-person')?.has(ctx.words[start] ?? '') === true) return { phrase: named, doer: false };
  // "anarchist violence", "fan violence", "tribal fighting": violence by a crowd or a side names its doers before it
  if (doersBeforeViolence(ctx, i)) return { phrase, doer: true };
  if (ctx.lexicon.people.has(w) || ctx.lexicon.homes.has(w) || /ians?$/.test(w)) {
    // "Gaza aid worker death": the whole noun phrase before the harm noun names the victim
    const np = npEndingAt(ctx, i);
    return { phrase: np && np.end === i + 1 ? np : phrase, doer: false };
  }
  return null;
}

/**
 * "inquiry into Shireen Abu Akleh killing": in running text, two or more capitalised names
 * ending at `i`, none of them a place, people, group or country the lists know, name a person.
 */
function namedPersonEndingAt(ctx: HarmContext, i: number): Phrase | null {
  if (ctx.sentence.casing !== 'sentence') return null;
  let start = i;
  while (start > 0 && ctx.tokens[start - 1]?.tag === 'NNP' && /^\p{Lu}/u.test(ctx.tokens[start - 1]?.text ?? '')) start--;
  if (i - start < 1 || ctx.tokens[i]?.tag !== 'NNP' || !/^\p{Lu}/u.test(ctx.tokens[i]?.text ?? '')) return null;
  const groups = loadGroups();
  for (const list of [groups.places, groups.territories, groups.demonyms, groups.organisations, groups.armed, groups.countries]) {
    if (matchAll(list, ctx.words, start, i + 1).length > 0) return null;
  }
  return { start, end: i + 1, head: i };
}

/** "Gaza's death toll": a place is where, not who. */
function isPlace(ctx: HarmContext, p: Phrase): boolean {
  return matchAll(loadGroups().places, ctx.words, p.start, p.end).length > 0;
}

/** "death toll ... including 4650 children", "death toll reaches 30000 Palestinians": the counted victims. */
function tollIncluding(ctx: HarmContext, c: Noun): Phrase | null {
  if (ctx.words[c.end] !== 'toll') return null;
  for (let k = c.end + 1; k < ctx.words.length && k < c.end + 12; k++) {
    const w = ctx.words[k] as string;
    if (w === 'as' || w === 'while' || w === ',' || w === ';') return null;
    const counted = ctx.tokens[k]?.tag === 'CD' && isPeopleWord(ctx.words[k + 1] ?? '') ? npStartingAt(ctx, k) : null;
    if (counted) return counted;
    if (w !== 'including') continue;
    const np = npStartingAt(ctx, k + 1);
    return np && isPeople(ctx, np, true) ? np : null;
  }
  return null;
}

/** "killings by security forces": a by-phrase naming a doer, not a weapon. */
function doerBy(ctx: HarmContext, from: number): Span | null {
  const by = findByAgent(ctx.sentence, from, ctx.text);
  if (!by) return null;
  const [s, e] = tokenRange(ctx, by);
  return s >= 0 && causeOf(ctx, s, e) ? null : by;
}

function hasHomes(ctx: HarmContext, around: Around): boolean {
  return aroundPhrases(around).some((p) => isHomes(ctx, p));
}

/** "ferry hijacking", "the hijacking of a plane": the vehicle seized is named (a vehicle before the noun is no modifierOf: "bus deaths" names no victims). */
function hasVehicle(ctx: HarmContext, around: Around, start: number): boolean {
  return isVehicle(ctx, { start: start - 1, end: start, head: start - 1 }) || aroundPhrases(around).some((p) => isVehicle(ctx, p));
}

function aroundPhrases(around: Around): Phrase[] {
  return [around.of, around.genitive, around.modifier?.phrase ?? null].filter((p): p is Phrase => p !== null);
}

/** Nouns for those a harm befell, not for the harm: "casualties" are people, "deaths" events. */
const HARMED_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['casualty', 'casualties', 'fatality', 'fatalities']);

/** The victims' phrase, with the noun when the noun itself names them and the phrase modifies it ("Child casualties"). */
function casualtiesWith(ctx: HarmContext, c: { start: number; end: number }, phrase: Phrase | null): Phrase | null {
  if (!phrase || phrase.end !== c.start || !HARMED_PEOPLE_NOUNS.has(ctx.words[c.start] as string)) return phrase;
  return { start: phrase.start, end: c.end, head: c.end - 1 };
}
