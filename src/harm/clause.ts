// Who is around a harm verb: its subject (through auxiliaries, relative pronouns,
// coordination and -ing adjuncts) and its object (shared across "shot and killed").

import { lexiconAllows } from '../nlp/tag-lexicon';
import { type HarmContext, tokenRange } from './context';
import type { PassiveAnnotation } from '../types';
import { type Phrase, isNounish, isPeople, isPopulated, lastOfPhrase, npEndingAt, npStartingAt, openingCountry, verbWithObject } from './phrases';
import { isHeadlineForms } from '../nlp/tagger';
import { ADJUNCT_PREPOSITIONS, SAYING_FORMS, AND_OR, PREPOSITIONS_BEFORE_OF, RELATIVE_SUBJECTS, ASPECTUAL_VERBS, BE_FORMS, COMPASS_POINTS, CLAUSE_BREAKS, CLAUSE_PREPOSITIONS, DO_FORMS, FINITE_BE, GET_FORMS, HAVE_FORMS, MODALS, NOMINATIVE_PRONOUNS, PLACING_PREPOSITIONS, OPENING_QUOTE_MARKS, QUOTE_MARKS, RELATIVES, SUBORDINATORS, DURATIONS, FOR, FROM, CLOSING_QUOTE_MARKS, NUMBER_WORDS, OF, QUANTIFIER_OPENERS, SAYING_PRESENT, TIME_WORDS } from '../nlp/grammar/function-words';
import { wordList } from '../nlp/grammar/word-lists';
import { wordForms } from '../nlp/grammar/inflect';
import { resultLength } from '../nlp/grammar/results';

/** How the subject was found: a doer may not hide inside a prepositional phrase, but the
 * one harmed by a reduced relative may ("Medics among dozens wounded"). */
export type Role = 'doer' | 'patient';

const MAX_DEPTH = 4;
const MAX_HOPS = 3;

export function isAuxiliary(w: string): boolean {
  return BE_FORMS.has(w) || HAVE_FORMS.has(w) || GET_FORMS.has(w) || DO_FORMS.has(w) || MODALS.has(w) || w === 'not' || w === "n't";
}

/** A verb token: by its tag, or a harm word read as a verb. */
export function isVerb(ctx: HarmContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  // (not a harm verb's noun reading after a determiner, a number or a verb: "their surprise Oct.
  // 7 attack", "launched attacks, killing dozens")
  // (nor after an adjective, unless an object follows: "launched brazen attacks on the town", but "Russian attacks Kyiv")
  if (ctx.verbs.has(i)) return !(/^NNS?$/.test(token.tag) && (/^(DT|PRP\$|CD|VB[DPZNG]?)$/.test(ctx.tokens[i - 1]?.tag ?? '') || (ctx.tokens[i - 1]?.tag === 'JJ' && !/^(DT|PRP\$|CD|NNPS?)$/.test(ctx.tokens[i + 1]?.tag ?? ''))));
  // a participle before a noun modifies it ("displaced families"), unless a subject stands
  // before it ("Israeli airstrikes hit/VBN Rafah", "someone in a sedan fired/VBN shots")
  // (nor after a perfect's "have": "have launched attacks, killing dozens")
  const modifier = /^VB[GN]$/.test(token.tag) && isNounish(ctx, i + 1) && !/^(NN|NNS|NNP|NNPS|PRP)$/.test(ctx.tokens[i - 1]?.tag ?? '') && !HAVE_FORMS.has(ctx.words[i - 1] ?? '');
  return (/^VB/.test(token.tag) || verbWithObject(ctx, i)) && !isNounish(ctx, i) && !modifier;
}

/** The verb before token j in the same clause (the first word of a harm wording). */
export function previousVerb(ctx: HarmContext, j: number): number {
  for (let k = j - 1; k >= 0; k--) {
    const w = ctx.words[k] as string;
    if (CLAUSE_BREAKS.has(w) || (RELATIVES.has(w) && !thatAsDeterminer(ctx, k))) return -1;
    // ("got out of a van, shot him": "get" with no participle after it is the clause's verb)
    const mainGet = GET_FORMS.has(w) && !/^VBN/.test(ctx.tokens[k + 1]?.tag ?? '');
    if (!isVerb(ctx, k) || (isAuxiliary(w) && !mainGet) || insideNounModifier(ctx, k)) continue;
    for (const [start, end] of ctx.verbs) if (start <= k && k < end) return start;
    return k;
  }
  return -1;
}

/**
 * The passive, with its auxiliary, of the clause an -ing adjunct at `start` follows after a
 * comma ("had been hit by Israeli airstrikes, killing many"), or null.
 */
export function passiveBeforeAdjunct(ctx: HarmContext, start: number): PassiveAnnotation | null {
  if (ctx.words[start - 1] !== ',' || !/ing$/.test(ctx.words[start] ?? '')) return null;
  const verb = previousVerb(ctx, start - 1);
  const passive = verb >= 0 ? ctx.passives.get(verb) : undefined;
  return passive && passive.form !== 'reduced' ? passive : null;
}

/**
 * "a convoy of vehicles trying to flee the north, killing 70": an infinitive, or an -ing form
 * right after a noun and before "to", belongs to the noun's modifier, not to the clause whose
 * subject the -ing adjunct after the comma shares (but "militants stalking civilians, killing
 * 1,000": the -ing with its object is that clause's).
 */
function insideNounModifier(ctx: HarmContext, k: number): boolean {
  const tag = ctx.tokens[k]?.tag;
  return (tag === 'VB' && ctx.words[k - 1] === 'to') || (tag === 'VBG' && /^NNS?$/.test(ctx.tokens[k - 1]?.tag ?? '') && ctx.words[k + 1] === 'to');
}

/** "hit their home that night, injuring ...": "that" before a noun that ends its clause determines the noun; it opens no relative. */
function thatAsDeterminer(ctx: HarmContext, k: number): boolean {
  return ctx.tokens[k]?.tag === 'DT' || (ctx.words[k] === 'that' && /^NN/.test(ctx.tokens[k + 1]?.tag ?? '') && (ctx.words[k + 2] === ',' || ctx.words[k + 2] === undefined));
}

const REMAIN_FORMS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed', 'staying']);

/** People right before the passive verb of reporting at `j` ("400 feared"), or null. */
function reportedPeopleBefore(ctx: HarmContext, j: number): Phrase | null {
  const np = ctx.passives.has(j) ? npEndingAt(ctx, j - 1) : null;
  // (not a preposition's object: "executive linked to energy giant Gazprom found shot dead")
  // (nor a floating quantifier: "were both ordered held")
  return np && np.end === j && /^(NN|CD)/.test(ctx.tokens[np.head]?.tag ?? '') && isPeople(ctx, np, true) && !insidePrepositionalPhrase(ctx, np) ? withHeadlineConjunct(ctx, np, 'patient') : null;
}

/** The subject of the verb whose first token is `start`. */
export function subjectOf(ctx: HarmContext, start: number, role: Role, depth = 0): Phrase | null {
  if (depth > MAX_DEPTH) return null;
  // 'were "lightly injured"': a quote opening the harm's own words is passed over too
  let j = pastAuxiliaries(ctx, start - 1, start - 2);
  // the word before the verb and its auxiliaries, before any aside is passed over
  const beforeVerbGroup = j;
  // "A man remains hospitalized": "remain" and "stay" before a participle are copulas, as "be" is
  if (REMAIN_FORMS.has(ctx.words[j] ?? '') && ctx.tokens[start]?.tag === 'VBN') j = pastAuxiliaries(ctx, j - 1, start - 2);
  // "who shot his neighbour two years ago was jailed": a span of time before "ago" is when, not who
  if (ctx.words[j + 1] === 'ago' && DURATIONS.has(ctx.words[j] as string)) j = pastAuxiliaries(ctx, beforeTimeSpan(ctx, j), j);
  const aside = beforeParenthetical(ctx, j);
  // "Mai Afanah, 29, from Abu Dis, was shot": a name and its apposition before the aside
  if (aside !== j && ctx.words[aside + 1] === ',') {
    const named = appositionBefore(ctx, aside + 1);
    if (named) return named;
  }
  j = aside;
  const w = ctx.words[j];
  if (w === undefined) return null;
  // "A chemical attack was said to have killed 49", "The strike appears to have killed 12":
  // the subject raised past a verb of saying or seeming is the harm verb's own
  // (and a verb of beginning or going on before "to": "he began to attack our deputy", "one of
  // the robbers proceeded to slap a woman": its subject does the harm)
  // (and a passive verb of compelling: "officers were forced to open fire", its subject made to do it)
  // "Suspect confesses to killing journalist", "pleaded guilty to stabbing his neighbour": the
  // one who owns to a deed, by an admission or a plea, is the understood subject of its -ing
  const owned = role === 'doer' && w === 'to' && j === start - 1 && /ing$/.test(ctx.words[start] ?? '') ? ownedBy(ctx, j - 1) : -1;
  if (owned >= 0) return subjectOf(ctx, owned, role, depth + 1);
  if (w === 'to' && j > 0 && (RAISING.has(ctx.words[j - 1] as string) || (role === 'doer' && (ASPECTUAL_VERBS.has(ctx.words[j - 1] as string) || PROCEEDING.has(ctx.words[j - 1] as string) || compelledBefore(ctx, j - 1))))) return subjectOf(ctx, j - 1, role, depth + 1);
  // "The man then began shooting at the bondsman": the subject of a verb of beginning does its -ing complement
  if (role === 'doer' && j === start - 1 && ASPECTUAL_VERBS.has(w) && /ing$/.test(ctx.words[start] ?? '')) return subjectOf(ctx, j, role, depth + 1);
  // "Dozens reported killed", "Teen found shot in park": a verb of reporting or finding right
  // before the harm participle says it of its own subject
  // (not before a noun the participle modifies: "said killed suspects were armed")
  // (people right before a passive verb of reporting are its subject, even as another verb's object:
  // "avalanche kills 3 12 feared injured", a headline whose comma was stripped)
  if (role === 'patient' && j === start - 1 && REPORTED_OF.has(w) && !/^NN/.test(ctx.tokens[start + 1]?.tag ?? '')) return reportedPeopleBefore(ctx, j) ?? subjectOf(ctx, j, role, depth + 1);
  // "900 Israelis listed as killed", "counted as dead": a verb of listing and "as" say it of their subject
  if (role === 'patient' && j === start - 1 && w === 'as' && LISTED_AS.has(ctx.words[j - 1] ?? '')) return subjectOf(ctx, j - 1, role, depth + 1);
  // "the attacks, which he said killed", "a barrage that health authorities said killed": a
  // reporting clause inside a relative one; the relative pronoun is the harm verb's subject
  // ("Ortiz, who witnesses said was shot": past the harm verb's auxiliaries too)
  const reported = (j === start - 1 || j === beforeVerbGroup) && ctx.lexicon.lists.get('reporting')?.has(w) === true ? npEndingAt(ctx, j - 1, false) : null;
  if (reported && RELATIVES.has(ctx.words[reported.start - 1] ?? '')) j = reported.start - 1;
  const rel = ctx.words[j] as string;
  if (RELATIVES.has(rel) && (reported !== null || !isNounish(ctx, j + 1))) {
    // "the soldiers who killed", "The protesters, who were detained"
    let before = ctx.words[j - 1] === ',' ? j - 2 : j - 1;
    // "the Hamas attack on Israel a week ago that killed": past a span of time before "ago"
    if (ctx.words[before] === 'ago' && DURATIONS.has(ctx.words[before - 1] as string)) before = beforeTimeSpan(ctx, before - 1);
    const np = npEndingAt(ctx, before);
    // "the strike on a refugee camp that killed eight": a place in a noun's prepositional
    // phrase does no harm; the noun it follows is the antecedent
    // ("attacks in the north that killed 40", "the attack by the militia on the town that killed 40":
    // an attack or weapon before the prepositional phrases is what "that" or "which" stands for)
    const attack = np && role === 'doer' && rel !== 'who' ? attackBeforePhrases(ctx, np) : null;
    if (attack) return attack;
    if (np && role === 'doer' && ctx.tokens[np.start - 1]?.tag === 'IN' && isPopulated(ctx, np.start, np.end)) return npEndingAt(ctx, np.start - 2) ?? np;
    // "a correctional officer at the prison who died": "who" is said of people, so of the noun
    // the place's preposition follows
    if (np && rel === 'which') return whichStandsFor(ctx, np);
    return np && rel === 'who' ? whoStandsFor(ctx, np) : np;
  }
  if (w === ',') {
    // "Andriy Portnov, Former Ukrainian Official, Is Shot Dead": a name and its apposition
    const named = appositionBefore(ctx, j);
    if (named) return named;
    // "Amal Haddad, killed by soldiers in the raid, was a teacher": a participle set off after
    // the people opening the clause says what befell them
    if (role === 'patient' && j === start - 1 && ctx.tokens[start]?.tag === 'VBN') {
      const np = npEndingAt(ctx, j - 1);
      if (np && isPeople(ctx, np, false) && (np.start === 0 || CLAUSE_BREAKS.has(ctx.words[np.start - 1] as string))) return np;
    }
  }
  // ("tried to escape but was detained": "but" joins a predicate with no subject of its own too)
  if (w === ',' || AND_OR.has(w) || w === 'but') {
    // "Gunmen stormed the village and abducted", "opened fire on protesters, killing two"
    const verb = previousVerb(ctx, j);
    if (verb < 0) return null;
    // "officers found a man in the road, suffering gunshot wounds": an -ing adjunct after a verb of
    // finding or seeing says what befell the one found
    const found = role === 'patient' && /ing$/.test(ctx.words[start] ?? '') && FINDING_VERBS.has(ctx.words[verb] as string) ? npStartingAt(ctx, verb + 1) : null;
    if (found && isPeople(ctx, found, true)) return found;
    // "Khan Younis was hit by airstrikes, killing many", "the house was hit, killing his
    // brother": after a passive, an -ing adjunct's doer is the passive's agent, if it has one,
    // not its subject, the one the passive befell
    const passive = role === 'doer' ? passiveBeforeAdjunct(ctx, start) : null;
    if (passive) return passive.agent ? npStartingAt(ctx, tokenRange(ctx, passive.agent)[0]) : null;
    return subjectOf(ctx, verb, role, depth + 1);
  }
  if (ADJUNCT_PREPOSITIONS.has(w) && /ing$/.test(ctx.words[start] ?? '')) return adjunctSubject(ctx, j, role, depth);
  // "Troops filmed executing women": the one seen or filmed doing it, the perception verb's
  // subject in the passive, is the -ing verb's doer
  if (role === 'doer' && /ing$/.test(ctx.words[start] ?? '') && j === start - 1 && PERCEPTION_VERBS.has(w) && /^VB[ND]$/.test(ctx.tokens[j]?.tag ?? '')) {
    return subjectOf(ctx, j, 'patient', depth + 1);
  }
  // ("Driver caught on video punching deputy": past what recorded it)
  const recorded = role === 'doer' && /ing$/.test(ctx.words[start] ?? '') && j === start - 1 && RECORDINGS.has(w) && ctx.words[j - 1] === 'on' ? j - 2 : -1;
  if (recorded >= 0 && PERCEPTION_VERBS.has(ctx.words[recorded] as string) && /^VB[ND]$/.test(ctx.tokens[recorded]?.tag ?? '')) {
    return subjectOf(ctx, recorded, 'patient', depth + 1);
  }
  // "Israel admits killing 2 Palestinians": the doer of the -ing complement is the verb's subject
  if (role === 'doer' && /ing$/.test(ctx.words[start] ?? '') && ctx.lexicon.lists.get('gerund-subject')?.has(w) && isVerb(ctx, j)) {
    return subjectOf(ctx, j, role, depth + 1);
  }
  if (ADJUNCT_PREPOSITIONS.has(w) && BE_FORMS.has(ctx.words[start - 1] ?? '') && ctx.words[start - 1] === 'being') {
    return adjunctSubject(ctx, j, role, depth); // "died hours after being shot"
  }
  // (or a country's name opening a headline, read as an adjective: "Turkey/JJ shells/NNS village")
  const np = npEndingAt(ctx, j) ?? openingCountry(ctx, j + 1);
  if (!np) return null;
  // "footage of villagers being shot": "being" and a participle are said of the noun phrase
  // right before them, even one that is a preposition's object
  if (role === 'patient' && j === start - 2 && ctx.words[start - 1] === 'being') {
    const of = ctx.words.lastIndexOf('of', j);
    const own = of >= np.start ? npStartingAt(ctx, of + 1, false) : np;
    if (own && own.end === j + 1 && isPeople(ctx, own, false)) return own;
  }
  // "soldiers firing into the crowd": a participle right after a noun phrase is said of it;
  // so is a headline's reduced passive ("investigates claim British-Israeli hostage killed",
  // "mourn woman allegedly beheaded"), unless the phrase is a preposition's object inside
  // another and names no people ("soldier who spied for Iran sentenced", but "in honor of an
  // alumnus killed in action"), or is the group the victims are among ("Two athletes among 5
  // arrested")
  const adjacent = depth === 0 && ctx.tokens.slice(j + 1, start).every((t) => /^RB/.test(t.tag));
  // "Israel strikes Gaza killing 13": a place a verb acts on does not kill; the -ing adjunct
  // after it, with no comma, is said of that verb's subject, as with one
  if (adjacent && j === start - 1 && role === 'doer' && /ing$/.test(ctx.words[start] ?? '') && placeActedOn(ctx, np)) return subjectOf(ctx, np.start - 1, role, depth + 1);
  // "Soldiers raid village in Gaza killing four", "Blast hits market in Baghdad killing 12": nor
  // does the object of a preposition of place that names no people; the clause's subject does it
  // (but people the place is said of do: "with police in Turkey firing teargas")
  const placed = adjacent && j === start - 1 && role === 'doer' && /ing$/.test(ctx.words[start] ?? '') && PLACING_PREPOSITIONS.has(ctx.words[np.start - 1] ?? '') && insidePrepositionalPhrase(ctx, np) && !isPeople(ctx, np, false);
  const placedPeople = placed ? npEndingAt(ctx, np.start - 2) : null;
  if (placedPeople && isPeople(ctx, placedPeople, false)) return placedPeople;
  const clauseVerb = placed ? previousVerb(ctx, np.start - 1) : -1;
  if (clauseVerb >= 0) return subjectOf(ctx, clauseVerb, role, depth + 1);
  if (adjacent && j === start - 1 && /ing$/.test(ctx.words[start] ?? '')) return np;
  // "Several Palestinians including teen killed": the group before "including" is the subject,
  // the one singled out among them too (as "15 civilians, including four children, were")
  const group = ctx.words[np.start - 1] === 'including' ? npEndingAt(ctx, np.start - 2) : null;
  if (adjacent && group && isPeople(ctx, group, false)) return group;
  if (adjacent && role === 'patient' && ctx.passives.has(start) && objectInRelative(ctx, np)) return subjectOf(ctx, np.start - 1, role, depth + 1);
  if (adjacent && role === 'patient' && ctx.passives.has(start) && !(insidePrepositionalPhrase(ctx, np) && (ctx.words[np.start - 1] === 'among' || !isPeople(ctx, { start: np.head, end: np.head + 1, head: np.head }, true)))) return withHeadlineConjunct(ctx, np, role);
  // "Police identified the man shot to death": a verb's object, people, right before the
  // participle is the one it befell (the passive detector may have missed a participle the
  // tagger read as a noun)
  if (adjacent && role === 'patient' && j === start - 1 && isPeople(ctx, np, true) && /^VB[DPZ]?$/.test(ctx.tokens[np.start - 1]?.tag ?? '') && isVerb(ctx, np.start - 1) && !isAuxiliary(ctx.words[np.start - 1] as string)) return np;
  // "answered a report of shots fired at a house": a participle right after an of-phrase's
  // thing is said of that thing, not of the clause's subject
  if (adjacent && role === 'patient' && thingOfPhraseEndingAt(ctx, np)) return np;
  return residentBefore(ctx, np) ?? outerSubject(ctx, np, role, depth);
}

/**
 * "Activist who opposed dam killed in Honduras", "Gunman who attacked synagogue shot dead": a
 * phrase that is the object of the verb right after "who" or "that" ends the relative clause; the
 * headline's participle after it is said of the phrase the clause follows, not of the object.
 * Not people, who may be the one the participle befell ("a crash that left two riders hurt").
 */
function objectInRelative(ctx: HarmContext, np: Phrase): boolean {
  const verb = np.start - 1;
  if (isPeople(ctx, np, false)) return false;
  // (a past form after "who" is finite, whatever the tagger read: "who exposed/VBN corruption")
  return /^VB[DZPN]$/.test(ctx.tokens[verb]?.tag ?? '') && !isAuxiliary(ctx.words[verb] as string) && RELATIVE_SUBJECTS.has(ctx.words[verb - 1] ?? '') && verb - 1 > 0;
}

/**
 * The phrase with the first conjunct before its comma, where a headline opens with them: doers
 * ("Quake, tsunamis kill"), or people who befall a harm together ("Ninety-four militants, 14
 * troops killed"); else the phrase itself.
 */
function withHeadlineConjunct(ctx: HarmContext, phrase: Phrase, role: Role): Phrase {
  const first = ctx.words[phrase.start - 1] === ',' ? headlineConjunctBefore(ctx, phrase.start - 1) : null;
  if (!first || (role !== 'doer' && !(isPeople(ctx, first, false) && isPeople(ctx, phrase, false)))) return phrase;
  return { ...phrase, start: first.start };
}

/**
 * The noun phrase that opens a headline (no final stop), or the clause a headline's verb of
 * saying reports ("Army says 15 rebels, 3 troops killed"), and ends at the comma at `comma`, a
 * first conjunct of the phrase after it; not a time ("Monday, police say").
 */
function headlineConjunctBefore(ctx: HarmContext, comma: number): Phrase | null {
  if (!isHeadlineForms(ctx.words)) return null;
  const np = npEndingAt(ctx, comma - 1, false);
  const opens = np !== null && (np.start === 0 || (SAYING_PRESENT.has(ctx.words[np.start - 1] ?? '') && np.start - 1 > 0));
  return np && opens && !TIME_WORDS.has(ctx.words[np.head] as string) ? np : null;
}

/** The phrase ends in an of-phrase naming a thing, not people: "a report of shots", "reports of gunfire". */
function thingOfPhraseEndingAt(ctx: HarmContext, np: Phrase): boolean {
  const of = lastOfPhrase(ctx, np);
  return of !== null && /^NNS?$/.test(ctx.tokens[of.head]?.tag ?? '') && !isPeople(ctx, of, false);
}

/** A populated place that is a finite verb's object: "strikes Gaza", "shelled the camp". */
function placeActedOn(ctx: HarmContext, np: Phrase): boolean {
  const verb = np.start - 1;
  return /^VB[DPZN]$/.test(ctx.tokens[verb]?.tag ?? '') && !ctx.passives.has(verb) && isVerb(ctx, verb) && !isAuxiliary(ctx.words[verb] as string) && isPopulated(ctx, np.start, np.end) && !isPeople(ctx, np, false);
}

/** Past auxiliaries and adverbs before `j` (and an opening quote mark at `quoteFrom` or later): the index left. */
function pastAuxiliaries(ctx: HarmContext, j: number, quoteFrom: number): number {
  let k = j;
  for (;;) {
    // (an adverb in quotes: "its soldiers may have ‘accidentally’ killed")
    if (CLOSING_QUOTE_MARKS.has(ctx.words[k] ?? '') && /^RB/.test(ctx.tokens[k - 1]?.tag ?? '') && OPENING_QUOTE_MARKS.has(ctx.words[k - 2] ?? '')) k -= 3;
    // (not "more" after a count, which ends the subject: "five more arrested")
    else if (k >= 0 && (isAuxiliary(ctx.words[k] as string) || (/^RB/.test(ctx.tokens[k]?.tag ?? '') && !countedMore(ctx, k)) || (k >= quoteFrom && OPENING_QUOTE_MARKS.has(ctx.words[k] as string)))) k--;
    else return k;
  }
}

/** "more" after a number at k: "five more", "dozens more". */
function countedMore(ctx: HarmContext, k: number): boolean {
  return ctx.words[k] === 'more' && (ctx.tokens[k - 1]?.tag === 'CD' || NUMBER_WORDS.has(ctx.words[k - 1] ?? ''));
}

/**
 * What "who" stands for after the phrase `np` before it: people, so the noun a place's
 * preposition follows ("a correctional officer at the prison who died"), a name before its
 * apposition ("Mark Anthony Conditt, the suspected bomber who died", the apposition kept as the
 * phrase's tail), or the people of an of-phrase ("The funeral of Yuri and Roza Yadgarov, who
 * were murdered"); else `np`.
 */
function whoStandsFor(ctx: HarmContext, np: Phrase): Phrase {
  // "a camera of a gunman who was later killed": the people after "of", wherever the phrase stands
  const people = lastOfPhrase(ctx, np);
  if (people && !isPeople(ctx, { start: np.start, end: people.start - 1, head: people.start - 2 }, false) && isPeople(ctx, people, false)) return people;
  if (ctx.tokens[np.start - 1]?.tag === 'IN' && !isPeople(ctx, np, false)) return npEndingAt(ctx, np.start - 2) ?? extraposedFrom(ctx, np.start - 2) ?? np;
  const before = ctx.words[np.start - 1] === ',' ? npEndingAt(ctx, np.start - 2, false) : null;
  // (the name after "of" in "the funeral of Dana Levi, 24, who ...")
  const ofName = before ? ctx.words.lastIndexOf('of', before.end - 1) : -1;
  const named = before && ofName > before.start && age(ctx, np) ? { start: ofName + 1, end: before.end, head: before.head } : before;
  // (an age in apposition belongs to the name wherever it stands: "The funeral of May Naim, 24, who was among those killed")
  if (named && /^NNP/.test(ctx.tokens[named.head]?.tag ?? '') && isPeople(ctx, named, false) && (named.start === 0 || age(ctx, np) || CLAUSE_BREAKS.has(ctx.words[named.start - 1] as string))) return { ...named, tail: np.end };
  return np;
}

/**
 * "a ferry with 40 passengers which was hijacked": "which" is not said of people, so when
 * people follow "with" it stands for the noun before them (but "his family, which was
 * displaced": a group of people may be "which").
 */
function whichStandsFor(ctx: HarmContext, np: Phrase): Phrase {
  // ("with 40 passengers and crew": past the first of two joined by "and")
  const first = AND_OR.has(ctx.words[np.start - 1] ?? '') ? npEndingAt(ctx, np.start - 2) : np;
  if (!first || ctx.words[first.start - 1] !== 'with' || !isPeople(ctx, np, false)) return np;
  return npEndingAt(ctx, first.start - 2) ?? np;
}

/**
 * "A second victim was found at the scene who had been shot": a relative clause moved past the
 * verb's place is said of the verb's subject, when people (the verb's last word at `verb`).
 */
function extraposedFrom(ctx: HarmContext, verb: number): Phrase | null {
  if (!/^VB[DN]$/.test(ctx.tokens[verb]?.tag ?? '')) return null;
  const subject = subjectOf(ctx, verbChainStart(ctx, verb), 'patient', MAX_DEPTH);
  return subject && isPeople(ctx, subject, true) ? subject : null;
}

/** The index before the span of time whose duration word is at `duration` ("[a] week", "[two] years" before "ago"). */
function beforeTimeSpan(ctx: HarmContext, duration: number): number {
  let k = duration - 1;
  while (k >= 0 && /^(DT|CD|JJ)$/.test(ctx.tokens[k]?.tag ?? '')) k--;
  return k;
}

/** A phrase that is one number: an age in apposition ("Dana Levi, 24,"). */
function age(ctx: Pick<HarmContext, 'tokens'>, np: Phrase): boolean {
  return np.end === np.start + 1 && ctx.tokens[np.start]?.tag === 'CD';
}

/**
 * The attack or weapon noun phrase that `np` ends a prepositional phrase of, past up to three
 * ("strikes on a hospital in Gaza"), or null: "that" after a place or a party in an attack's
 * phrases stands for the attack, which is what kills ("attacks in the north that killed").
 */
function attackBeforePhrases(ctx: HarmContext, np: Phrase): Phrase | null {
  // "the attacks on the town on Oct. 7 that killed": a date's day number with its month
  const dated = ctx.tokens[np.start]?.tag === 'CD' && np.end === np.start + 1 && TIME_WORDS.has(ctx.words[np.start - 1] ?? '');
  let inner = dated ? { start: np.start - 1, end: np.end, head: np.head } : np;
  for (let hops = 0; hops < 3 && ctx.tokens[inner.start - 1]?.tag === 'IN'; hops++) {
    const outer = npEndingAt(ctx, inner.start - 2);
    if (!outer) return null;
    const cls = ctx.lexicon.causes.get(ctx.words[outer.head] as string);
    if (cls === 'attack' || cls === 'weapon') return outer;
    inner = outer;
  }
  return null;
}

/** A phrase headed by a name: a proper noun, or in running text any capitalised noun ("Stephen Childers/NNS"). */
function nameHead(ctx: Pick<HarmContext, 'tokens' | 'sentence'>, np: Phrase): boolean {
  const head = ctx.tokens[np.head];
  return head !== undefined && (/^NNP/.test(head.tag) || (ctx.sentence.casing === 'sentence' && /^NN/.test(head.tag) && /^\p{Lu}/u.test(head.text)));
}

/**
 * "Charles Beard, 34, of 361 Revere Beach Parkway in Revere was arrested", "Carl Jones, age 46
 * of Dayton, Ohio was arrested", "Dana Pruitt, of Maple Court, was charged": the place after
 * a name (and its age) is where the named one
 * lives; the name is the subject.
 */
export function residentBefore(ctx: Pick<HarmContext, 'words' | 'tokens' | 'lexicon' | 'sentence'>, np: Phrase): Phrase | null {
  let k = ageOfPlace(ctx, np) ?? np.start - 1;
  let head = np.head;
  for (let hops = 0; hops < 4; hops++) {
    // ("of Dayton, Ohio": a state after its town)
    if (ctx.words[k] === ',' && /^NNP/.test(ctx.tokens[head]?.tag ?? '')) {
      const town = npEndingAt(ctx, k - 1);
      if (!town || !/^NNP/.test(ctx.tokens[town.head]?.tag ?? '')) return null;
      k = ageOfPlace(ctx, town) ?? town.start - 1;
      head = town.head;
      continue;
    }
    if (!RESIDENCE_PREPOSITIONS.has(ctx.words[k] ?? '')) return null;
    // the age: ", 34, of", ", 34 of", ", age 34 of"
    const age = ctx.words[k - 1] === ',' ? k - 2 : k - 1;
    if (ctx.tokens[age]?.tag === 'CD') {
      const comma = AGE_WORDS.has(ctx.words[age - 1] ?? '') ? age - 2 : age - 1;
      if (ctx.words[comma] !== ',') return null;
      const name = npEndingAt(ctx, comma - 1);
      return name && nameHead(ctx, name) ? name : null;
    }
    // ("Dana Pruitt, of Maple Court, was charged": a name set off before the place, with no age)
    if (ctx.words[k - 1] === ',') {
      const name = npEndingAt(ctx, k - 2);
      return name && nameHead(ctx, name) ? name : null;
    }
    const before = npEndingAt(ctx, k - 1);
    if (!before) return null;
    k = ageOfPlace(ctx, before) ?? before.start - 1;
    head = before.head;
  }
  return null;
}

/** "46 of Dayton", read as one phrase as "two of them" is: the index of its "of", an age's before a place; else null. */
function ageOfPlace(ctx: Pick<HarmContext, 'words' | 'tokens'>, p: Phrase): number | null {
  const of = ctx.words.indexOf('of', p.start);
  return of > p.start && of < p.end && ctx.tokens[of - 1]?.tag === 'CD' && /^NNP/.test(ctx.tokens[p.head]?.tag ?? '') ? of : null;
}

/** Prepositions of where someone lives, after their name and age. */
const RESIDENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'from']);
const AGE_WORDS: ReadonlySet<string> = new Set(['age', 'aged', 'ages']);

/**
 * "15 civilians, including four children, were", "The victims, all of them women, were": the
 * index before a parenthetical that singles out some of the subject (or `j` when none ends at it).
 */
export function beforeParenthetical(ctx: HarmContext, j: number): number {
  // (a quoted name closes the aside: 'identified by family members as "Autumn," was pronounced dead')
  if (CLOSING_QUOTE_MARKS.has(ctx.words[j] as string) && ctx.words[j - 1] === ',') j--;
  const mark = ctx.words[j] as string;
  if (!PARENTHETICAL_MARKS.has(mark)) return j;
  // (an aside may be long: "The bombardment, in response to the rebels' deadly attack on the city, has killed")
  for (let k = j - 2; k >= j - 12 && k > 0; k--) {
    if (ctx.words[k] !== mark) continue;
    // (a pair of dashes sets off an aside whatever it holds: "14 citizens — three more than previously known — had been killed")
    if (mark !== ',' || PARENTHETICAL_OPENERS.has(ctx.words[k + 1] as string) || adverbialAside(ctx, k + 1, j) || describingAside(ctx, k + 1, j) || partitiveAside(ctx, k + 1, j) || ageAside(ctx, k + 1) || participialAside(ctx, k + 1, j)) return k - 1;
    // (before an -ing adjunct, the comma that opens a speaker's aside, after the clause the adjunct follows: "fired, he said, killing two")
    if (mark === ',' && reportingAside(ctx, k + 1, j)) return ctx.tokens[j + 1]?.tag === 'VBG' ? k : k - 1;
    // (a relative clause may hold a comma of its own: "Dana and Omar Haddad, who were nurses and the parents of a doctor, Lina, were killed")
    for (let r = k - 2; r >= j - MAX_ASIDE_WITH_COMMA && r > 0; r--) if (ctx.words[r] === ',' && RELATIVE_ASIDE_OPENERS.has(ctx.words[r + 1] as string)) return describingAside(ctx, r + 1, j) ? r - 1 : j;
    return j;
  }
  return j;
}

/** "11,000 Palestinians, two-thirds of them women and children, were": an aside that counts a part "of them" (or "of whom"). */
function partitiveAside(ctx: HarmContext, from: number, to: number): boolean {
  for (let k = from + 1; k < Math.min(to - 1, from + PARTITIVE_REACH); k++) if (ctx.words[k] === 'of' && PARTITIVE_PRONOUNS.has(ctx.words[k + 1] as string)) return true;
  return false;
}
const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'whom']);
/** Words from an aside's start to its "of them": "two - thirds of them". */
const PARTITIVE_REACH = 5;

/** The longest aside with a comma inside it that is passed over, in tokens. */
const MAX_ASIDE_WITH_COMMA = 20;
const RELATIVE_ASIDE_OPENERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/**
 * "The blast, apparently from a rocket, killed dozens", "Police, in a statement, said": an
 * aside that opens with an adverb or a preposition and has no verb, between the subject and its verb.
 */
function adverbialAside(ctx: HarmContext, from: number, to: number): boolean {
  if (!/^(RB|IN)$/.test(ctx.tokens[from]?.tag ?? '') || SUBORDINATORS.has(ctx.words[from] as string)) return false;
  for (let k = from; k < to; k++) if (/^(VB|MD)/.test(ctx.tokens[k]?.tag ?? '') && !attributiveParticiple(ctx, k)) return false;
  return true;
}

/** A participle between a determiner and a noun, which modifies the noun: "near the closed border crossing", "a burned-out car". */
function attributiveParticiple(ctx: HarmContext, k: number): boolean {
  return /^VB[NG]$/.test(ctx.tokens[k]?.tag ?? '') && /^(DT|PRP\$)$/.test(ctx.tokens[k - 1]?.tag ?? '') && /^NN/.test(ctx.tokens[k + 1]?.tag ?? '');
}

/**
 * "Dana and Omar Haddad, who were nurses, were killed", "Ortiz, known as 'Chino,' was shot": a
 * relative clause or a participle phrase set off by commas, describing the subject before its verb.
 */
function describingAside(ctx: HarmContext, from: number, closing: number): boolean {
  // (not before an -ing adjunct, whose doer the relative clause names: "the gunmen, who stormed the town, killing")
  if (ctx.tokens[closing + 1]?.tag === 'VBG') return false;
  const w = ctx.words[from] as string;
  // (and a raising participle before "to": "Two hikers, said to be cousins, were found dead")
  return RELATIVE_ASIDE_OPENERS.has(w) || DESCRIBING_PARTICIPLES.has(w) || (RAISING_PARTICIPLES.has(w) && ctx.words[from + 1] === 'to');
}

/**
 * "detectives, acting on a warrant, detained nine people": an aside that opens with an -ing
 * participle and has no finite verb, before a finite verb (not an -ing adjunct after the
 * clause: "breached the border, overrunning villages, killing 1,200").
 */
function participialAside(ctx: HarmContext, from: number, to: number): boolean {
  if (ctx.tokens[from]?.tag !== 'VBG' || !/^(VBD|VBZ|VBP|MD)$/.test(ctx.tokens[to + 1]?.tag ?? '')) return false;
  for (let k = from + 1; k < to; k++) if (/^(VBD|VBZ|VBP|MD)$/.test(ctx.tokens[k]?.tag ?? '')) return false;
  return true;
}

/**
 * "A cashier, deputies said, was stabbed twice", "the man, officers say, was": a speaker and a
 * verb of saying between the subject and its verb, and nothing else.
 */
function reportingAside(ctx: HarmContext, from: number, to: number): boolean {
  const verb = to - 1;
  if (verb <= from || verb - from > MAX_REPORTING_SPEAKER || ctx.lexicon.lists.get('reporting')?.has(ctx.words[verb] ?? '') !== true) return false;
  return ctx.tokens.slice(from, verb).every((t) => /^(DT|JJ|NN|NNS|NNP|NNPS|PRP|POS)$/.test(t.tag));
}

/** Words naming the speaker of a reporting aside, at most: "the county sheriff's office". */
const MAX_REPORTING_SPEAKER = 5;

/** "Mary Smith, age 36 of Elkhart, was arrested", ", aged 19,", ", ages 3 to 70,": an aside that gives an age. */
function ageAside(ctx: HarmContext, from: number): boolean {
  return AGE_WORDS.has(ctx.words[from] as string) && ctx.tokens[from + 1]?.tag === 'CD';
}

/** Participles that open an aside naming or describing someone ("known as", "identified as"). */
const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'identified', 'described', 'named', 'nicknamed', 'dubbed', 'called', 'listed', 'believed']);

/** What sets a parenthetical off, the same before and after it: "60 people -- including 41 children -- died". */
const PARENTHETICAL_MARKS: ReadonlySet<string> = new Set([',', '--', '—', '–']);

const PARENTHETICAL_OPENERS = new Set(['including', 'among', 'all', 'most', 'many', 'some', 'both', 'mostly', 'mainly', 'several']);

/**
 * "Tyree Barba, 25, of East Orange, was found dead", "The man, 31, was standing ... when he was
 * shot": a phrase that is only an age set off by commas stands for the one named before it
 * (that phrase, the age its tail); null when `np` is no such age.
 */
export function namedBeforeAge(ctx: Pick<HarmContext, 'tokens' | 'words' | 'lexicon' | 'sentence'>, np: Phrase): Phrase | null {
  if (np.end !== np.start + 1 || ctx.tokens[np.start]?.tag !== 'CD' || ctx.words[np.start - 1] !== ',' || ctx.words[np.end] !== ',') return null;
  const apposition = appositionBefore(ctx, np.end);
  if (apposition) return apposition;
  // (a name anywhere else too, an object's: "Medics rushed Dana Ruiz, 23, to a clinic, where he
  // died", "pronounced Dana Ruiz, 30, dead": the age is the tail of the named one)
  const name = npEndingAt(ctx, np.start - 2, false);
  return name && /^NNP/.test(ctx.tokens[name.head]?.tag ?? '') && ctx.sentence.casing === 'sentence' ? { ...name, tail: np.end } : null;
}

/**
 * A subject with an apposition between commas, opening the sentence or a clause: "Andriy
 * Portnov, Former Ukrainian Official, | Is Shot Dead", "Boy, 14, | stabbed". The phrase runs from the name to the
 * end of the apposition, as the manual's victim spans do.
 */
export function appositionBefore(ctx: Pick<HarmContext, 'tokens' | 'words' | 'lexicon' | 'sentence'>, comma: number): Phrase | null {
  const apposition = npEndingAt(ctx, comma - 1, false);
  if (!apposition || ctx.words[apposition.start - 1] !== ',') return null;
  const name = npEndingAt(ctx, apposition.start - 2, false);
  // a name, or anyone given an age: "Boy, 14, stabbed to death"
  // or a word for people and another for the same ("The second victim, 41-year-old man, was hit")
  // or a word for people and the name of the one it describes ("an Argentine citizen, Rodrigo Paz, was killed")
  const described = name !== null && isPeople(ctx, name, true) && (isPeople(ctx, apposition, true) || /^NNP/.test(ctx.tokens[apposition.head]?.tag ?? ''));
  if (!name || !(/^NNP/.test(ctx.tokens[name.head]?.tag ?? '') || age(ctx, apposition) || described)) return null;
  const before = ctx.words[name.start - 1];
  // "Lena Ortiz, 24, and Sam Reyes, 25, were arrested": two named with their ages, joined; the
  // phrase runs from the first name to the last age, as the manual's victim spans do
  if (before === 'and' && ctx.words[name.start - 2] === ',' && /^NNP/.test(ctx.tokens[name.head]?.tag ?? '') && age(ctx, apposition)) {
    const first = appositionBefore(ctx, name.start - 2);
    if (first) return { start: first.start, end: apposition.end, head: apposition.head };
  }
  const reporting = (k: number): boolean => ctx.lexicon.lists.get('reporting')?.has(ctx.words[k] ?? '') === true;
  const named = ctx.tokens[name.head]?.tag.startsWith('NNP') === true;
  // (at a clause's start, or after a verb of saying that opens the clause: "said a citizen, ..., was killed",
  // "Police said Chad Murray, 31, was shot", "said that ...", or after a subordinator that does: "the
  // site where Omar Haddad, 16, was shot")
  const afterSaying = reporting(name.start - 1) || (before === 'that' && reporting(name.start - 2));
  // (or after a comma, for a name given its age: "On Wednesday afternoon, Tyree Barba, 25, of East Orange, was found dead")
  const agedAfterComma = named && before === ',' && age(ctx, apposition);
  if (before !== undefined && !CLAUSE_BREAKS.has(before) && !(named && SUBORDINATORS.has(before) && before !== 'that') && !(described && (before === 'that' || afterSaying)) && !(named && afterSaying) && !agedAfterComma) return null;
  // (the name after a description is an aside of it: the victims are the description's, the name its tail)
  if (described && /^NNP/.test(ctx.tokens[apposition.head]?.tag ?? '') && !/^NNP/.test(ctx.tokens[name.head]?.tag ?? '')) return { ...name, tail: apposition.end };
  // (after a name, an age names no one: the words naming the victims are the name's, the age
  // its tail: "Omar Haddad, 31,"; after a common noun it is part of the naming: "Girl, 12,")
  if (age(ctx, apposition) && /^NNP/.test(ctx.tokens[name.head]?.tag ?? '')) return { ...name, tail: apposition.end };
  // (after a name, a description of its bearer is its tail too: "Dana Lee, a veteran
  // reporter, was shot dead": the dev coders' span is the name, in 4 of the 5 dev items that moved)
  if (named && !/^NNP/.test(ctx.tokens[apposition.head]?.tag ?? '')) return { ...name, tail: apposition.end };
  return { start: name.start, end: apposition.end, head: apposition.head };
}

/** "for Iran" in "soldier who spied for Iran": the object of a preposition other than "of". */
function insidePrepositionalPhrase(ctx: HarmContext, np: Phrase): boolean {
  const before = ctx.tokens[np.start - 1];
  return before?.tag === 'IN' && ctx.words[np.start - 1] !== 'of' && !SUBORDINATORS.has(ctx.words[np.start - 1] as string);
}

/** "arrested after shooting three people": the doer of the -ing verb is the main subject;
 * "accuse the security forces of torturing": it is the object before "of". */
function adjunctSubject(ctx: HarmContext, preposition: number, role: Role, depth: number): Phrase | null {
  const verb = previousVerb(ctx, preposition);
  if (verb < 0) return copulaSubject(ctx, preposition);
  if (ctx.words[preposition] === 'of') {
    // "held three men suspected of beating a girl", "a gunman convicted of bombing a
    // airliner": a participle right after a noun phrase, with no auxiliary, modifies it (a
    // reduced relative); the -ing is said of that phrase, as in "the men were suspected of"
    const modified = ctx.tokens[verb]?.tag === 'VBN' && verb === preposition - 1 && /^NN/.test(ctx.tokens[verb - 1]?.tag ?? '') ? npEndingAt(ctx, verb - 1) : null;
    if (modified && isPeople(ctx, modified, true)) return modified;
    const end = ctx.verbs.get(verb) ?? verb + 1;
    const object = npStartingAt(ctx, end);
    // "accuses Israel of targeting aid workers": the one blamed is no grammatical doer (the
    // manual's "object of blame"); "accused the guard of beating": neither is the accuser
    if (object && object.end === preposition) return BLAME_VERBS.has(ctx.words[verb] as string) ? null : object;
    // "after finding the pair guilty of killing a farmer": the object a verdict is found of did it
    if (object && object.end === preposition - 1 && VERDICT_WORDS.has(ctx.words[preposition - 1] as string)) return object;
  }
  // "retaliating against Hamas for killing 1,300": the one acted against for a deed did it
  if (ctx.words[preposition] === 'for') {
    const against = npEndingAt(ctx, preposition - 1);
    if (against && ctx.words[against.start - 1] === 'against' && against.start - 1 > verb) return against;
  }
  return subjectOf(ctx, verb, role, depth + 1);
}

/**
 * "The victim is in stable condition after being shot", "Man in hospital after being
 * stabbed": with no verb but "be", or none at all, before the adjunct, the clause's subject
 * is the noun phrase before "be", or the one the clause opens with.
 */
function copulaSubject(ctx: HarmContext, preposition: number): Phrase | null {
  for (let k = preposition - 1; k >= 0; k--) {
    const w = ctx.words[k] as string;
    if (CLAUSE_BREAKS.has(w) || RELATIVES.has(w) || w === ',') return null;
    if (FINITE_BE.has(w)) return npEndingAt(ctx, k - 1);
  }
  // ("Russia likely responsible for poisoning spy": past an adjective predicate, and its adverb)
  const opening = npStartingAt(ctx, 0);
  if (!opening || opening.end >= preposition) return null;
  for (let k = opening.end; k < preposition; k++) if (!/^(RB|JJ)/.test(ctx.tokens[k]?.tag ?? '')) return k === opening.end && ctx.tokens[k]?.tag === 'IN' ? opening : null;
  return opening;
}

/** Verbs of saying and believing whose passive says what is said of its subject (raising-participles.yml). */
const RAISING_PARTICIPLES = wordList('raising-participles');

/** Participles that report a state of their subject: "reported killed", "found shot", "feared dead". */
// ("was ordered held without bail": a court's order said of the one held)
const REPORTED_OF: ReadonlySet<string> = new Set([...RAISING_PARTICIPLES, 'found', 'discovered', 'confirmed', 'feared', 'presumed', 'ordered']);
/** Participles that, with "as", report a harm of their subject: "listed as killed". */
const LISTED_AS: ReadonlySet<string> = new Set(['listed', 'counted', 'registered', 'recorded', 'classified', 'confirmed']);

/** Seeming: intransitive, so a noun phrase after it opens the clause it takes ("it appears the man was shot"). */
const SEEMING: ReadonlySet<string> = new Set(['seem~v', 'appear~v'].flatMap(wordForms));

/**
 * Verbs whose subject is raised from the infinitive after them: saying and believing in the
 * passive, seeming, likelihood, and "able", whose subject does what follows "to" ("the sergeant
 * was able to detain the suspect").
 */
// ("is expected to recover": a passive "expected" raises its subject, as "likely" does)
const RAISING: ReadonlySet<string> = new Set([...RAISING_PARTICIPLES, ...SEEMING, 'likely', 'unlikely', 'able', 'expected']);

/** Verbs that blame their object for what follows "of" or "for" ("accuses X of killing", "punish Russia for ex-spy's poisoning"). */
export const BLAME_VERBS: ReadonlySet<string> = new Set(['accuse~v', 'blame~v', 'condemn~v', 'sue~v', 'punish~v', 'criticize~v', 'criticise~v', 'slam~v', 'blast~v', 'denounce~v', 'rebuke~v', 'censure~v'].flatMap(wordForms));

/**
 * "blames the deadly strike on", "blamed 'the killings' on": the harm phrase at `start` is the
 * object of "blame", past its article, modifiers and quote marks; what follows "on" is who it
 * is blamed on, not its target.
 */
export function blamedHarm(ctx: Pick<HarmContext, 'tokens' | 'words'>, start: number): boolean {
  let b = start - 1;
  while (b >= 0 && b > start - MAX_BLAMED_MODIFIERS && (/^(DT|JJ|PRP\$|``|''|VBN|NN|NNP|POS|CD)$/.test(ctx.tokens[b]?.tag ?? '') || QUOTE_MARKS.has(ctx.words[b] as string)) && !BLAMING_ON.has(ctx.words[b] as string)) b--;
  return BLAMING_ON.has(ctx.words[b] ?? '');
}

/** Forms of "blame", whose object a harm is blamed on someone: "blames the strike on". */
const BLAMING_ON: ReadonlySet<string> = new Set(wordForms('blame~v'));
/** Words of a harm's modifiers at most between "blame" and the harm: "blamed the deadly Rafah strike". */
const MAX_BLAMED_MODIFIERS = 6;

/** The index of the last word before `start` that is no adverb ("of deliberately targeting": "of"), or -1. */
export function beforeAdverbs(ctx: Pick<HarmContext, 'tokens'>, start: number): number {
  let p = start - 1;
  while (p >= 0 && /^RB/.test(ctx.tokens[p]?.tag ?? '')) p--;
  return p;
}

/** "accuses Israel of deliberately targeting aid workers": an -ing harm verb the text blames someone for. */
export function blamedGerund(ctx: HarmContext, start: number): boolean {
  const p = beforeAdverbs(ctx, start);
  if (!/ing$/.test(ctx.words[start] ?? '') || ctx.words[p] !== 'of') return false;
  const verb = previousVerb(ctx, p);
  return verb >= 0 && BLAME_VERBS.has(ctx.words[verb] as string);
}

/** Verbs of perception, whose object is the subject of a bare infinitive or -ing complement (Huddleston & Pullum 2002, ch. 14). */
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(['see~v', 'saw', 'seen', 'watch~v', 'witness~v', 'show~v', 'shown', 'hear~v', 'heard', 'film~v', 'caught'].flatMap(wordForms));
/** What records a deed: "caught on video", "filmed on camera". */
const RECORDINGS: ReadonlySet<string> = new Set(['video', 'camera', 'tape', 'film', 'cctv']);

/** Verbs whose object can be followed by a participle said of it ("sees 16 arrested"). */
const SMALL_CLAUSE_VERBS = wordList('small-clause-verbs');

/** A noun phrase right before a verb is its subject, unless it is the object of an earlier
 * verb ("A man who stabbed two commuters was arrested") or, for a doer, inside a
 * prepositional phrase ("Men in uniform abducted", "Missile strike on apartment block kills"). */
function outerSubject(ctx: HarmContext, np: Phrase, role: Role, depth: number): Phrase | null {
  let phrase = np;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const before = phrase.start - 1;
    const w = ctx.words[before];
    const token = ctx.tokens[before];
    if (w === undefined || !token) return phrase;
    // "Woman shot by police after calling 911 dies": the phrase is the object in an -ing
    // adjunct; the subject is what the adjunct follows
    // (or the -ing read as the phrase's modifier: "after leaving/VBG depot")
    const adjunct = token.tag === 'VBG' ? before - 1 : ctx.tokens[phrase.start]?.tag === 'VBG' ? before : -1;
    if (role === 'doer' && adjunct > 0 && ctx.tokens[adjunct]?.tag === 'IN' && ADJUNCT_PREPOSITIONS.has(ctx.words[adjunct] as string)) {
      const outer = npEndingAt(ctx, adjunct - 1);
      if (outer) {
        phrase = outer;
        continue;
      }
    }
    if (SUBORDINATORS.has(w) || CLAUSE_PREPOSITIONS.has(w) || NOMINATIVE_PRONOUNS.has(ctx.words[phrase.start] as string)) return phrase;
    // "U.S., Iraqi forces kill 250": a headline's conjuncts listed from its first word (withHeadlineConjunct)
    const joined = w === ',' ? withHeadlineConjunct(ctx, phrase, role) : phrase;
    if (joined !== phrase) return joined;
    // "Israeli assault on Jenin, Tulkarm displaces thousands": names listed with a comma in a
    // noun's prepositional phrase; the subject is that noun ("In Jenin, Israel kills" has none)
    const listed = w === ',' ? placesListedAfter(ctx, phrase, before) : w === 'and' ? targetsJoinedAfter(ctx, phrase, before) : null;
    if (listed) {
      phrase = listed;
      continue;
    }
    // "school sheltering families": an -ing form after a noun opens a reduced relative, even
    // where the tagger's reading makes it look like a modifier of the noun after it
    const relative = token.tag === 'VBG' && /^NN/.test(ctx.tokens[before - 1]?.tag ?? '');
    if ((isVerb(ctx, before) || relative) && !isAuxiliary(w)) {
      if (ctx.lexicon.lists.get('reporting')?.has(w)) return phrase;
      // "it appears the man had been shot": no object after seeming; the phrase opens its clause
      if (SEEMING.has(w)) return phrase;
      // "protest sees 16 arrested", "had his brother detained": the object of a verb of
      // perception or causation is the one the participle after it befell
      if (role === 'patient' && SMALL_CLAUSE_VERBS.has(w)) return phrase;
      // "witnesses saw tanks fire at civilians", "video shows soldiers beating detainees": the
      // object of a verb of perception does what the verb after it says
      if (role === 'doer' && PERCEPTION_VERBS.has(w)) return phrase;
      // "Two journalists covering the protest were detained": a participle's noun phrase is
      // inside a reduced relative; the subject is the noun it modifies
      if (/^VB[GN]$/.test(token.tag)) {
        const head = npEndingAt(ctx, before - 1);
        if (head) {
          phrase = role === 'patient' ? { ...head, tail: np.tail ?? np.end } : head;
          continue;
        }
      }
      // "A man trying to sell a car was beaten": the object of an infinitive in a reduced
      // relative; the one harmed is the noun the relative follows
      const relative = role === 'patient' && token.tag === 'VB' && ctx.words[before - 1] === 'to' ? describedBy(ctx, before - 2) : null;
      if (relative) {
        phrase = { ...relative, tail: np.tail ?? np.end };
        continue;
      }
      // "A man who stabbed two commuters was arrested": the phrase is that verb's object
      return subjectOf(ctx, ctx.verbs.has(before) ? before : verbStart(ctx, before), role, depth + 1);
    }
    // "Car bombs east of Mosul kill 9": "of" after a compass point opens a place, as "in" does
    // (and after "inside" or "outside": "The man inside of his car fired"; or "ahead", "because")
    if (w === 'of' && (COMPASS_POINTS.has(ctx.words[before - 1] ?? '') || PREPOSITIONS_BEFORE_OF.has(ctx.words[before - 1] ?? ''))) {
      const outer = npEndingAt(ctx, before - 2);
      if (outer) {
        phrase = role === 'patient' ? { ...outer, tail: np.tail ?? np.end } : outer;
        continue;
      }
    }
    // "Two men from the village were killed", "52 people belonging to the minority were
    // executed": the phrase before the verb is inside a post-modifier of the real subject;
    // the one harmed is the whole of it, head and modifier
    // (not an article the tagger read as a preposition: "claims/NNS a/IN Gaza hostage died")
    // (or a preposition the tagger read as an adverb: "someone inside/RB a red car fired")
    if ((token.tag === 'IN' || (token.tag === 'RB' && lexiconAllows(w, 'IN') && ctx.tokens[phrase.start]?.tag === 'DT')) && w !== 'of' && w !== 'a' && w !== 'an' && w !== 'the') {
      // "A teenager armed with a knife was shot": the phrase is the object in a participle's
      // prepositional phrase, the participle said of the noun before it
      const outer = npEndingAt(ctx, before - 1) ?? (role === 'patient' ? describedBy(ctx, before - 1) : null);
      if (outer) {
        phrase = role === 'patient' ? { ...outer, tail: np.tail ?? np.end } : outer;
        continue;
      }
      if (isVerb(ctx, before - 1)) {
        const head = subjectOf(ctx, verbChainStart(ctx, verbStart(ctx, before - 1)), 'patient', depth + 1);
        return head && role === 'patient' ? { ...head, tail: np.tail ?? np.end } : head;
      }
    }
    return phrase;
  }
  return phrase;
}

/**
 * The verb of an admission or a plea that ends at `k`, before "to": "confesses", "admitted",
 * "pleaded guilty", "pleads not guilty"; -1 when there is none.
 */
function ownedBy(ctx: HarmContext, k: number): number {
  if (ADMISSIONS.has(ctx.words[k] ?? '')) return k;
  if (ctx.words[k] !== 'guilty') return -1;
  const plea = ctx.words[k - 1] === 'not' ? k - 2 : k - 1;
  return PLEAS.has(ctx.words[plea] ?? '') ? plea : -1;
}

/** Verbs of owning to a deed: "admitted to the shooting", "confesses to killing". */
export const ADMISSIONS: ReadonlySet<string> = new Set(['admit~v', 'confess~v'].flatMap(wordForms));
/** Verbs of a plea, before "guilty": "pleaded guilty to". */
const PLEAS: ReadonlySet<string> = new Set(['plead~v', 'pled'].flatMap(wordForms));

/**
 * The people a participle or adjective at `k` describes, right after them: "A teenager armed
 * (with a knife)", "A man trying (to sell a car)", "a 17-year-old armed"; null when the word
 * at `k` is no such modifier or no people come before it.
 */
function describedBy(ctx: HarmContext, k: number): Phrase | null {
  if (!/^(VBN|VBG|JJ)$/.test(ctx.tokens[k]?.tag ?? '')) return null;
  const np = npEndingAt(ctx, k - 1);
  return np && isPeople(ctx, np, true) ? np : null;
}

/** The first of two names joined by a comma inside a prepositional phrase after a noun, as one phrase with the second. */
function placesListedAfter(ctx: HarmContext, second: Phrase, comma: number): Phrase | null {
  const isName = (p: Phrase): boolean => /^NNP/.test(ctx.tokens[p.head]?.tag ?? '');
  const first = npEndingAt(ctx, comma - 1);
  if (!first || !isName(first) || !isName(second) || ctx.tokens[first.start - 1]?.tag !== 'IN') return null;
  // not a day and then counted people: "began its shelling on Monday, at least 90 villagers have been killed"
  if (TIME_WORDS.has(ctx.words[first.head] as string) || ctx.tokens.slice(second.start, second.head).some((t) => t.tag === 'CD')) return null;
  return npEndingAt(ctx, first.start - 2) ? { start: first.start, end: second.end, head: second.head } : null;
}

/**
 * "Missile strikes on apartments and a recreation centre kill 17": the second of two targets
 * joined by "and" in an attack's prepositional phrase, as one phrase with the first, so that the
 * attack before them is the subject. Only after an attack or a weapon (causes.yml), and not
 * people: "Soldiers in the town and police killed three" has two subjects.
 */
function targetsJoinedAfter(ctx: HarmContext, second: Phrase, and: number): Phrase | null {
  const first = npEndingAt(ctx, and - 1);
  if (!first || ctx.tokens[first.start - 1]?.tag !== 'IN' || !isPopulated(ctx, first.start, first.end) || isPeople(ctx, second, true)) return null;
  const attack = npEndingAt(ctx, first.start - 2);
  const kind = attack ? ctx.lexicon.causes.get(ctx.words[attack.head] as string) : undefined;
  return kind === 'attack' || kind === 'weapon' ? { start: first.start, end: second.end, head: second.head } : null;
}

/** "who went missing in the hills": the first of the verbs and adverbs that end at `i`, so its subject is the chain's. */
function verbChainStart(ctx: HarmContext, i: number): number {
  let k = i;
  while (k > 0 && /^(VB[DZP]?|RB)$/.test(ctx.tokens[k - 1]?.tag ?? '') && !isAuxiliary(ctx.words[k - 1] as string)) k--;
  return k;
}

function verbStart(ctx: HarmContext, i: number): number {
  for (const [start, end] of ctx.verbs) if (start <= i && i < end) return start;
  return i;
}

/** The object after a verb ending at token `end`: "kill hundreds", "shot dead a man";
 * shared by coordinated verbs ("shot and killed a man"). */
export function objectOf(ctx: HarmContext, end: number, depth = 0): Phrase | null {
  let k = end;
  // past a result: "shot dead two men", "stabbed to death a judge" (a determiner, a count or a
  // possessive after "to death": not "stabbed to death 'after a row'", "shot to death near 5 a.m.")
  const result = resultLength((j) => ctx.words[j], k);
  if (result > 0 && (ctx.words[k] === 'dead' || /^(DT|CD|PRP\$)$/.test(ctx.tokens[k + result]?.tag ?? ''))) k += result;
  // past a day, the object moved after it: "hanged on Friday a convicted smuggler" (wire style)
  else if (ctx.words[k] === 'on' && WEEKDAYS.has(ctx.words[k + 1] ?? '') && /^(DT|CD|PRP\$)$/.test(ctx.tokens[k + 2]?.tag ?? '')) k += 2;
  const w = ctx.words[k];
  if (w !== undefined && (AND_OR.has(w) || commaBetweenGerunds(ctx, end, k)) && depth < MAX_DEPTH) {
    // "shot and wounded a guard", "arrested and questioned the student", "of detaining,
    // coercing staffers": one object for both
    const next = ctx.verbs.get(k + 1) ?? (/^VB[DNG]$/.test(ctx.tokens[k + 1]?.tag ?? '') && /^(DT|PRP|CD|NN)/.test(ctx.tokens[k + 2]?.tag ?? '') ? k + 2 : undefined);
    if (next !== undefined) return objectOf(ctx, next, depth + 1);
    return null;
  }
  if (w !== undefined && NOMINATIVE_PRONOUNS.has(w)) return null;
  // "was stabbed, killed north of the old market": a point of the compass before "of" places the verb, no object
  if (w !== undefined && COMPASS_POINTS.has(w) && ctx.words[k + 1] === 'of') return null;
  // "shot dead ahead of the vote": "ahead of", which the tagger may read as a noun and "of", is a preposition
  if (w === 'ahead' && ctx.words[k + 1] === 'of') return null;
  // "remanded over alleged drug smuggling": "over" opens a count ("killed over 200"), else a preposition's phrase
  if (w !== undefined && APPROXIMATORS.has(w)) {
    if (ctx.tokens[k + 1]?.tag !== 'CD' && !NUMBER_WORDS.has(ctx.words[k + 1] ?? '') && !APPROXIMATED_COUNTS.has(ctx.words[k + 1] ?? '')) return null;
    // ("killed nearly a dozen people": the count after it, with it)
    const counted = npStartingAt(ctx, k) ?? npStartingAt(ctx, k + 1);
    return counted ? withoutSourceTag(ctx, withPossessed(ctx, { ...counted, start: k })) : null;
  }
  // ("hospitalised briefly/NN": an adverb in -ly the tagger read as a noun is no object)
  if (/ly$/.test(w ?? '') && lexiconAllows(w as string, 'RB') && !/^NN/.test(ctx.tokens[k + 1]?.tag ?? '')) return null;
  return withoutSourceTag(ctx, withPossessed(ctx, npStartingAt(ctx, k)));
}

/** A verdict said of a verb's object before "of": "found them guilty of killing". */
const VERDICT_WORDS: ReadonlySet<string> = new Set(['guilty', 'culpable']);

/** The days of the week (function-words.ts TIME_WORDS holds them among other time words). */
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Words before a count that say it is about so many, or no more ("over 200", "nearly a dozen",
 * "kills just 65"); before anything else a preposition or an adverb.
 */
const APPROXIMATORS: ReadonlySet<string> = new Set(['over', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'just', 'only']);
const APPROXIMATED_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'half', 'all', 'entire', 'every', 'dozens', 'hundreds', 'thousands', 'scores']);

/** "hit children's hospital": a possessor's phrase goes on to what it possesses, the object's head. */
function withPossessed(ctx: HarmContext, np: Phrase | null): Phrase | null {
  if (!np || ctx.tokens[np.end]?.tag !== 'POS') return np;
  const possessed = npStartingAt(ctx, np.end + 1);
  return possessed ? { start: np.start, end: possessed.end, head: possessed.head } : np;
}

/** "accident kills 70 report": a lower-case wire headline's last word "report" names its source, not the object's head. */
function withoutSourceTag(ctx: HarmContext, np: Phrase | null): Phrase | null {
  if (!np || np.end - np.start < 2 || !isSourceTag(ctx, np.end - 1)) return np;
  return { start: np.start, end: np.end - 1, head: np.end - 2 };
}

/**
 * "rebel leader captured report", "accident kills 70 report": a headline's last word "report"
 * names its source, its colon left out (as lower-case wire headlines do); it is no object.
 */
export function isSourceTag(ctx: Pick<HarmContext, 'words'>, k: number): boolean {
  return (ctx.words[k] === 'report' || ctx.words[k] === 'reports') && k === ctx.words.length - 1;
}

/** "detaining, coercing staffers": a comma between two -ing forms coordinates them. */
function commaBetweenGerunds(ctx: HarmContext, end: number, k: number): boolean {
  return ctx.words[k] === ',' && /ing$/.test(ctx.words[end - 1] ?? '') && /ing$/.test(ctx.words[k + 1] ?? '');
}

/**
 * "Two youths were seen shooting at a parked van", "someone started shooting": the doer of an -ing
 * harm word read as a noun, right after a verb of perceiving (the one seen) or one whose -ing
 * complement has its subject as doer (`gerund-subject`).
 */
export function gerundDoer(ctx: HarmContext, start: number): Phrase | null {
  const before = ctx.words[start - 1] ?? '';
  if (ctx.tokens[start]?.tag !== 'VBG' || !(PERCEPTION_VERBS.has(before) || ctx.lexicon.lists.get('gerund-subject')?.has(before))) return null;
  return subjectOf(ctx, start, 'doer');
}

/** The subject of a light verb whose object the harm noun heads: "launches rocket attack", "carried out strike", "committed massacre", "lays siege", "imposed a siege". */
export function lightVerbSubject(ctx: HarmContext, start: number): Phrase | null {
  // "Cops make arrest": "make" is light before an arrest only
  const k = governingVerb(ctx, start, LIGHT_VERBS) ?? (ARRESTS.has(ctx.words[start] as string) ? governingVerb(ctx, start, MAKE) : undefined);
  if (k === undefined) return null;
  // "carry out": the verb before its particle
  const verb = ctx.words[k] === 'out' ? k - 1 : k;
  // ("Iran says makes arrests": a wire headline's verb right after "says", its subject dropped, is the speaker's)
  return subjectOf(ctx, verb, 'doer') ?? (SAYING_FORMS.has(ctx.words[verb - 1] ?? '') && /^VB[DZP]?$/.test(ctx.tokens[verb]?.tag ?? '') ? subjectOf(ctx, verb - 1, 'doer') : null);
}

/** "at" of "at least", "than" of "more than": a preposition inside a quantifier's opener. */
function quantifierWord(ctx: Pick<HarmContext, 'words'>, k: number): boolean {
  return QUANTIFIER_OPENERS.some(([a, b]) => (ctx.words[k] === a && ctx.words[k + 1] === b) || (ctx.words[k] === b && ctx.words[k - 1] === a));
}

/** The index of the verb of `verbs` whose object starts a phrase headed at `start`, past its modifiers. */
export function governingVerb(ctx: Pick<HarmContext, 'tokens' | 'words' | 'sentence'>, start: number, verbs: ReadonlySet<string>): number | undefined {
  let k = start - 1;
  // (past quotes too: 'committed "horrific massacre"')
  // (and past a hyphened modifier, whatever its parts: "from non-life-threatening injuries")
  // (and an -ing modifier: "received non-life threatening injuries", "sustained crushing injuries";
  // and "non" as the tagger's affix or foreign word: "had non life threatening injuries")
  // (and a quantifier's opener: "suffering from at least two stab wounds", "more than two")
  while (k >= start - 6 && k >= 0 && (/^(DT|JJ|NN|PRP\$|CD|HYPH|RB|VBG|AFX|FW|``|'')/.test(ctx.tokens[k]?.tag ?? '') || OPENING_QUOTE_MARKS.has(ctx.words[k] as string) || inHyphened(ctx, k) || quantifierWord(ctx, k)) && !verbs.has(ctx.words[k] as string)) k--;
  if (!verbs.has(ctx.words[k] ?? '')) return undefined;
  // (not a name's word in running text: "by Mount Holly Road regarding a shooting")
  if (ctx.sentence.casing === 'sentence' && /^NNP/.test(ctx.tokens[k]?.tag ?? '') && /^\p{Lu}/u.test(ctx.tokens[k]?.text ?? '')) return undefined;
  // "carry out": only with its verb
  if (ctx.words[k] === 'out' && !CARRY.has(ctx.words[k - 1] ?? '')) return undefined;
  return k;
}

/** A part of a hyphened word ("non", "threatening" in "non-life-threatening"): a hyphen beside it. */
function inHyphened(ctx: Pick<HarmContext, 'tokens'>, k: number): boolean {
  return ctx.tokens[k - 1]?.tag === 'HYPH' || ctx.tokens[k + 1]?.tag === 'HYPH';
}

const CARRY: ReadonlySet<string> = new Set(wordForms('carry~v'));
/** Verbs of going on to do a thing, whose subject does it: "proceeded to slap". */
/** "were forced to", "was compelled to": a participle of compelling after "be", whose subject does what it was made to. */
function compelledBefore(ctx: HarmContext, k: number): boolean {
  return COMPELLED.has(ctx.words[k] as string) && BE_FORMS.has(ctx.words[k - 1] ?? '');
}

const COMPELLED: ReadonlySet<string> = new Set(['forced', 'compelled', 'obliged']);

const PROCEEDING: ReadonlySet<string> = new Set(wordForms('proceed~v'));
/** Verbs of finding or seeing someone, whose object a following -ing adjunct describes. */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['found', 'discovered', 'located', 'saw', 'spotted', 'observed']);
/** Verbs of coming upon someone or something, every form: find, discover, locate, recover, retrieve (a body, a gun, a suspect). */
export const COMING_UPON: ReadonlySet<string> = new Set(['find~v', 'found', 'discover~v', 'locate~v', 'recover~v', 'retrieve~v'].flatMap(wordForms));
const MAKE: ReadonlySet<string> = new Set(wordForms('make~v'));
const ARRESTS: ReadonlySet<string> = new Set(['arrest', 'arrests']);
// ("Israel extends detention of Palestinian prisoner": who extends a detention detains; not
// "continues", "intensifies", "resumes": the dev coders read "Israel continues assault" as a
// doer named and "Israel continues strikes in Gaza" as not, 5 to 9)
const LIGHT_VERBS: ReadonlySet<string> = new Set([...['launch~v', 'conduct~v', 'mount~v', 'stage~v', 'commit~v', 'perpetrate~v', 'unleash~v', 'lay~v', 'impose~v', 'extend~v'].flatMap(wordForms), 'out']);

/**
 * The people who undergo a harm noun as the object of "suffer", "sustain", "survive",
 * "endure" or "face" ("sustained injuries", "survived the attack", "face starvation"), or a
 * wound (`harm` wounding) as the object of "have": the verb's subject; undefined when no such
 * verb governs the noun.
 */
export function undergoerOf(ctx: HarmContext, start: number, harm?: string): Phrase | null | undefined {
  // "faces a murder charge", "will face a murder trial": the charge or trial is faced, not the harm it names
  if (LEGAL_NOUNS.has(ctx.words[start + 1] ?? '')) return undefined;
  const brink = onTheBrinkOf(ctx, start);
  if (brink !== undefined) return brink;
  // ("the cyclist had a stab wound": a wound had is one borne)
  // ("is serving a 15-year prison sentence", "gets life sentence": a penalty served or got is borne)
  const k = governingVerb(ctx, start, UNDERGOING) ?? sufferingFrom(ctx, start) ?? (harm === 'wounding' ? governingVerb(ctx, start, HAVE_FORMS) : undefined) ??
    (harm === 'arrest' ? governingVerb(ctx, start, SERVING) : undefined);
  if (k === undefined) return undefined;
  // ("faces several charges including sexual abuse": the charges are faced)
  if (ctx.words.slice(k + 1, start).some((w) => COUNTS.has(w))) return undefined;
  return peopleUndergoing(ctx, k);
}

/** "suffered gunshot wounds/VBZ after ...": a harm word that is the object of a verb of suffering is a noun, whatever its tag. */
export function undergoneObject(ctx: Pick<HarmContext, 'tokens' | 'words' | 'sentence'>, start: number): boolean {
  return governingVerb(ctx, start, UNDERGOING) !== undefined;
}

/**
 * The people the verb at `k` (of suffering or of care) is said of: its subject, when people; for
 * an -ing adjunct after a place ("a cyclist arrived at the clinic suffering from a stab wound"),
 * its clause's subject, or the one found after a verb of finding ("Deputies located a teenager
 * near the park suffering from"); else null.
 */
function peopleUndergoing(ctx: HarmContext, k: number): Phrase | null {
  const subject = subjectOf(ctx, k, 'patient');
  if (subject && isPeople(ctx, subject, false)) return subject;
  if (!subject || !/ing$/.test(ctx.words[k] as string) || subject.end !== k) return null;
  const verb = previousVerb(ctx, subject.start);
  const outer = verb < 0 ? null : FINDING_VERBS.has(ctx.words[verb] as string) ? npStartingAt(ctx, verb + 1) : subjectOf(ctx, verb, 'patient');
  return outer && isPeople(ctx, outer, false) ? outer : null;
}

/**
 * "infants in Gaza are on the brink of death", "Afghans on 'verge of death'": those on the
 * brink of the harm undergo it (the manual's intransitive); undefined when no brink is named.
 */
function onTheBrinkOf(ctx: HarmContext, start: number): Phrase | null | undefined {
  let k = start - 1;
  if (OPENING_QUOTE_MARKS.has(ctx.words[k] ?? '')) k--;
  if (ctx.words[k] !== 'of' || !BRINKS.has(ctx.words[k - 1] ?? '')) return undefined;
  let on = k - 2;
  if (OPENING_QUOTE_MARKS.has(ctx.words[on] ?? '')) on--;
  if (ctx.words[on] === 'the') on--;
  if (ctx.words[on] !== 'on') return undefined;
  let end = on - 1;
  while (end >= 0 && ctx.tokens[end]?.tag === 'RB') end--;
  // (the subject of "be" on the brink, past its modifiers: "infants in Gaza are on the brink of death")
  const people = BE_FORMS.has(ctx.words[end] ?? '') ? subjectOf(ctx, end, 'patient') : npEndingAt(ctx, end);
  return people && isPeople(ctx, people, true) ? people : null;
}

const BRINKS: ReadonlySet<string> = new Set(['brink', 'verge', 'edge', 'cusp']);

/** "suffered from a stab wound", "suffers from burns": the verb of suffering before "from" and the harm noun. */
function sufferingFrom(ctx: HarmContext, start: number): number | undefined {
  const from = governingVerb(ctx, start, FROM);
  return from !== undefined && SUFFERING.has(ctx.words[from - 1] ?? '') ? from - 1 : undefined;
}

const SUFFERING: ReadonlySet<string> = new Set(['suffer~v', 'recover~v'].flatMap(wordForms));

/**
 * "was being treated for stab wounds", "was flown to a trauma centre for treatment of a serious
 * injury": the one a verb of care (before "for", and "treatment of", and the harm noun, past the
 * place of care) is said of underwent the harm; null when there is none.
 */
export function caredForOf(ctx: HarmContext, start: number): Phrase | null {
  let at = governingVerb(ctx, start, FOR);
  if (at === undefined) {
    const of = governingVerb(ctx, start, OF);
    if (of !== undefined && TREATMENT.has(ctx.words[of - 1] ?? '') && ctx.words[of - 2] === 'for') at = of - 2;
  }
  if (at === undefined) return null;
  // right before "for" ("treated for"), or before the place of care ("taken to a local hospital for", "treated at the scene for")
  let k = at - 1;
  // "The bystander received treatment for a stab wound": the one who receives care for it
  if (TREATMENT.has(ctx.words[k] ?? '')) {
    let verb = k - 1;
    while (verb >= 0 && /^(DT|JJ|PRP\$)$/.test(ctx.tokens[verb]?.tag ?? '')) verb--;
    return GETTING_CARE.has(ctx.words[verb] ?? '') && /^VB/.test(ctx.tokens[verb]?.tag ?? '') ? peopleUndergoing(ctx, verb) : null;
  }
  if (!CARE_VERBS.has(ctx.words[k] ?? '')) {
    let place = k;
    while (place > at - 8 && place >= 0 && /^(DT|JJ|NN|CD|HYPH|POS)/.test(ctx.tokens[place]?.tag ?? '')) place--;
    if (!PLACE_OF_CARE.has(ctx.words[place] ?? '')) return null;
    k = place - 1;
  }
  if (!CARE_VERBS.has(ctx.words[k] ?? '') || !/^VB/.test(ctx.tokens[k]?.tag ?? '')) return null;
  return peopleUndergoing(ctx, k);
}

const TREATMENT: ReadonlySet<string> = new Set(['treatment', 'treatments']);
/** Verbs of getting care: "received treatment for", "underwent treatment for". */
const GETTING_CARE: ReadonlySet<string> = new Set(['receive~v', 'get~v', 'undergo~v', 'need~v', 'require~v', 'seek~v'].flatMap(wordForms));
const PLACE_OF_CARE: ReadonlySet<string> = new Set(['to', 'at', 'in']);
/** Verbs of caring for someone hurt, or of bringing them to care. */
export const CARE_VERBS: ReadonlySet<string> = new Set(['treat~v', 'hospitalize~v', 'hospitalise~v', 'take~v', 'transport~v', 'rush~v', 'airlift~v', 'fly~v', 'admit~v'].flatMap(wordForms));

/** Nouns of a charge: "two counts of murder", "murder charges". */
export const COUNTS: ReadonlySet<string> = new Set(['count', 'counts', 'charge', 'charges']);
/** Nouns of the law that a harm noun before them names the crime of: "murder trial", "rape conviction", "assault charge". */
export const LEGAL_NOUNS: ReadonlySet<string> = new Set([...COUNTS, 'trial', 'trials', 'retrial', 'conviction', 'convictions', 'case', 'cases', 'verdict', 'verdicts']);

/**
 * Nouns of what follows a crime, besides the law's own (LEGAL_NOUNS), that a harm
 * noun before them names the crime of: its hearings and appeals, its inquiries, the claims made
 * of it, and the weapon it was done with.
 */
export const PROCEEDINGS: ReadonlySet<string> = new Set([
  'hearing', 'hearings', 'appeal', 'appeals', 'inquiry', 'inquiries', 'inquest', 'inquests', 'investigation', 'investigations', 'probe', 'probes',
  'committal', 'prosecution', 'prosecutions', 'allegation', 'allegations', 'accusation', 'accusations', 'claims', 'plea', 'sentencing', 'weapon',
]);

const UNDERGOING: ReadonlySet<string> = new Set(['suffer~v', 'sustain~v', 'survive~v', 'endure~v', 'face~v', 'receive~v'].flatMap(wordForms));
/** Verbs whose object a legal penalty is, borne by their subject: "serves a sentence", "got a life term". */
const SERVING: ReadonlySet<string> = new Set(['serve~v', 'get~v'].flatMap(wordForms));

const SURVIVORS: ReadonlySet<string> = new Set(['survivor', 'survivors']);

/** "Child survivor of Gaza family strike", "survivors of the shooting": those who survived the harm after "of" were its victims. */
export function survivorsOf(ctx: HarmContext, start: number): Phrase | null {
  let k = start - 1;
  while (k >= 0 && k > start - 6 && /^(DT|JJ|NN|CD|HYPH|POS|PRP\$)/.test(ctx.tokens[k]?.tag ?? '')) k--;
  if (ctx.words[k] !== 'of' || !SURVIVORS.has(ctx.words[k - 1] ?? '')) return null;
  return npEndingAt(ctx, k - 1);
}

/** "officer shot at Home Depot [dies]": the end of the noun a harm participle before `k` follows, else `k`. */
export function beforeReducedRelative(ctx: HarmContext, k: number): number {
  for (const [start] of ctx.verbs) if (start < k && start > k - 6 && /^(NNS?|NNPS?)$/.test(ctx.tokens[start - 1]?.tag ?? '')) return start - 1;
  return k;
}
