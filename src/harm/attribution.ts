// Beyond the grammar of one harm word (issue 13, docs/harm.md "Responsibility" and
// "Victims"): which party the text holds responsible and how it links it, who the victims
// are, and what caused the harm. Reads the event the grammar found and the sentence around it.

import type { HarmCause, Responsibility, Span, VictimGroup } from '../types';
import { joiningHyphen, spanOf, tokenRange, type HarmContext } from './context';
import { isPhrasalHarmVerb } from './cause';
import type { HarmEvent } from './event';
import { isFemalePronoun } from './antecedent';
import { isHeadline } from '../detectors/clause';
import { loadGroups, matchAll, type PhraseMatch } from './groups';
import { lexiconAllows } from '../nlp/tag-lexicon';
import { COUNTRY_DEMONYMS, COURTS, type Phrase, doersBeforeViolence, sidesBeforeFighting, TOLLS, hitByVehicle, isArmedGroupName, isNerveAgent, isPeople, isWildfire, npEndingAt, npStartingAt, verbWithObject } from './phrases';
import { wordForms } from '../nlp/grammar/inflect';
import { ADMISSIONS, BLAME_VERBS, COMING_UPON, blamedHarm, COUNTS, LEGAL_NOUNS, appositionBefore, residentBefore, subjectOf } from './clause';
import { ATTACK_PREPOSITIONS, BE_FORMS, CLAUSE_BREAKS, COMPASS_POINTS, DAY_WORDS, RELATIVES, HAVE_FORMS, INDEFINITE_PERSONS, LOCATIVE_PREPOSITIONS, MODALS, NEGATORS, NOMINATIVE_PRONOUNS, NUMBER_WORDS, ORDINAL_WORDS, QUANTIFIER_WORDS, PASSIVE_AUXILIARIES, PLACING_PREPOSITIONS, POSSESSIVE_CLITICS, QUOTE_MARKS, REFLEXIVES, SAYING_FORMS, SUBORDINATE_OPENERS, TARGET_PREPOSITIONS, TIME_WORDS, DURATIONS } from '../nlp/grammar/function-words';
import { DETERMINER_TAGS, OBJECT_OPENER_TAGS } from '../nlp/grammar/tags';
import { ACTING_GROUPS, isPeopleWord } from '../nlp/grammar/people';
import { canBeSForm } from './headline-verb';

type Ctx = Pick<HarmContext, 'tokens' | 'words' | 'text' | 'lexicon' | 'verbs' | 'passives' | 'sentence'>;
type Range = readonly [number, number];

const NO_RANGE: Range = [-1, -1];
const rangeOf = (ctx: Ctx, span: Span | null): Range => (span ? tokenRange(ctx, span) : NO_RANGE);
const inside = (i: number, [s, e]: Range): boolean => i >= s && i < e;

/**
 * Parties named in the sentence: forces, organisations, countries, demonyms used as
 * modifiers. Not a party: a place ("killed in Israel"), half of a compound or a headline's
 * label ("Hamas-run Gaza", "Israel-Gaza war:"), or a modifier of some other thing ("state TV",
 * "terrorist act").
 */
function partiesIn(ctx: Ctx): PhraseMatch[] {
  const g = loadGroups();
  const found = [
    ...matchAll(g.organisations, ctx.words).filter((m) => m.value !== 'unstated' || !NOT_PARTIES.has(ctx.words[m.start] as string)),
    // "halt to Israel's offensive": a country with a genitive is a possessor, not a place
    // (but "condemnation of Israel" blames it)
    // and one before the attack it modifies is its owner ("killed in Israel air raids on Gaza")
    // (not a region of it, after a compass point: "in south Thailand attack")
    ...matchAll(g.countries, ctx.words).filter((m) => (!LOCATIVE_PREPOSITIONS.has(ctx.words[placeWordBefore(ctx, m.start)] ?? '') || POSSESSIVE_CLITICS.has(ctx.words[m.end] ?? '') || condemned(ctx, m) || modifiesAttack(ctx, m)) && !COMPASS_POINTS.has(ctx.words[m.start - 1] ?? '')),
    // "find care in US": a demonym that names a country is a place after a locative preposition
    // (but, as a country's name, the owner of the attack it modifies: "killed in US strikes on the west";
    // and the abbreviations, adjectives before a noun, own an attack as "Israeli" does: "two dead in a U.S. raid")
    // (and one before a settlement's noun or a compass point there names where: "in Iraqi provincial capital", "in Thai south",
    // past other peoples and adjectives: "in Muslim Thai south", "in a flooded Chinese mine/PRP")
    ...matchAll(g.demonyms, ctx.words).filter((m) => !(COUNTRY_DEMONYMS.has(ctx.words[m.start] as string) && m.end === m.start + 1 && LOCATIVE_PREPOSITIONS.has(ctx.words[placeWordBefore(ctx, m.start)] ?? '') && !modifiesAttack(ctx, m) && !abbreviationBeforeAttack(ctx, m)) && !isPronounUs(ctx, m) && !(settlementAfter(ctx, m.end, true) && afterPlacing(ctx, m))),
    // "as paramilitary group storms ministry", "militia fighters"
    ...matchAll(g.armed, ctx.words).filter((m) => !matchAll(g.organisations, ctx.words, m.start, m.end).length).map((m) => withGroupNoun(ctx, m)),
  ];
  ctx.words.forEach((w, i) => {
    // not "nerve agent", a poison
    // and those held for a harm: "Suspect In Custody After Shooting" (wordlists.yml offenders)
    if (((ctx.lexicon.forces.has(w) && (!SERVICES.has(w) || securityService(ctx, i))) || isListed(ctx, 'offenders', i)) && !isNerveAgent(ctx.words, i) && !found.some((m) => inside(i, [m.start, m.end]))) found.push({ start: i, end: i + 1, value: 'force' });
    else if (isNaturalForce(ctx, i)) found.push(namedForce(ctx, i));
    // "Tribal fighting kills 40": the doers named before violence, as the cause's modifier
    else if (doersBeforeViolence(ctx, i) && !found.some((m) => inside(i, [m.start, m.end]))) found.push({ start: i, end: i + 1, value: 'doers' });
    // ("Three killed as rival fans clash": the sides, the subject of a verb of fighting, with their modifiers)
    else if (sidesBeforeFighting(ctx, i) && !found.some((m) => inside(i, [m.start, m.end]))) found.push({ start: Math.min(i, npEndingAt(ctx, i, false)?.start ?? i), end: i + 1, value: 'doers' });
  });
  return pairsOf(ctx, mergeAdjacent(found.sort((a, b) => a.start - b.start)))
    .filter((m) => !inCompound(ctx, m) && (m.value === PAIR || (!modifiesOtherThing(ctx, m) && !describesHarmed(ctx, m))))
    .map((m) => withModifiers(ctx, m))
    .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && m.end <= o.end));
}

const SERVICES: ReadonlySet<string> = new Set(['service', 'services']);

/** "Secret Service", "security services", "Israel Prison Service": a service of security, or an agency's name (wordlists.yml security-services). */
function securityService(ctx: Ctx, i: number): boolean {
  return isListed(ctx, 'security-services', i - 1) || (ctx.sentence.casing === 'sentence' && /^\p{Lu}/u.test(ctx.tokens[i]?.text ?? ''));
}

/** The value of a natural force as a party: the manual counts natural forces as parties. */
const NATURAL = 'natural';

/** "storm", "earthquake", "rainfall": a natural force, not an accident ("crash") nor an illness ("cancer"). */
function isNaturalForce(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i] as string;
  return isNatural(ctx, i) && ctx.lexicon.lists.get('accident')?.has(w) !== true && !ILLNESSES.has(w);
}

/** A word the lexicon files as a natural cause, used as a noun, not as a verb ("Ben-Gvir storms Al-Aqsa"). */
function isNatural(ctx: Ctx, i: number): boolean {
  return (ctx.lexicon.causes.get(ctx.words[i] as string) === 'natural' && !verbWithObject(ctx, i)) || animalAttack(ctx, i) || isWildfire(ctx, i);
}

/** "shark attack", "dog bites", "after buffalo attack": an animal before an attack noun is its doer (wordlists.yml animals). */
function animalAttack(ctx: Ctx, i: number): boolean {
  return ANIMAL_ATTACKS.has(ctx.words[i + 1] ?? '') && isListed(ctx, 'animals', i) && !/^NNP/.test(ctx.tokens[i]?.tag ?? '');
}

const ANIMAL_ATTACKS: ReadonlySet<string> = new Set(['attack', 'attacks', 'bite', 'bites', 'mauling', 'maulings']);

/** A party span that names a natural force ("Peru quake"). */
function naturalForceSpan(ctx: Ctx, party: Span | null): boolean {
  const [start, end] = rangeOf(ctx, party);
  for (let i = Math.max(start, 0); i < end; i++) if (isNaturalForce(ctx, i)) return true;
  return false;
}

/** Causes the lexicon files as natural that are one person's illness or a mishap, not a force that strikes a place. */
export const ILLNESSES: ReadonlySet<string> = new Set(['illness', 'illnesses', 'cancer', 'cancers', 'disease', 'diseases', 'overdose', 'overdoses', 'heat', 'cold']);

/** A natural force with its modifiers and name: "record-breaking rainfall", "Typhoon Mitag", "Turkey-Syria earthquakes". */
function namedForce(ctx: Ctx, i: number): PhraseMatch {
  let start = i;
  // (not a comparative's "more": "three more sars deaths"; nor an ordinal: "fourth bird flu death")
  while (start > 0 && start > i - 3 && /^(JJ|NN|NNS|NNPS?|HYPH|VBG)$/.test(ctx.tokens[start - 1]?.tag ?? '') && !ctx.lexicon.harmNouns.has(ctx.words[start - 1] as string) && !ORDINAL_WORDS.has(ctx.words[start - 1] as string)) start--;
  let end = i + 1;
  while (end < i + 3 && /^NNP/.test(ctx.tokens[end]?.tag ?? '')) end++;
  return { start, end, value: NATURAL };
}

/**
 * The word before a place name, past an article and region adjectives: "in [eastern] Ukraine",
 * "across [the occupied] West Bank". A demonym is no region ("in Israeli Gaza" keeps "Israeli").
 */
function placeWordBefore(ctx: Ctx, start: number): number {
  let k = start - 1;
  while (k >= start - 3 && /^(JJ|DT)$/.test(ctx.tokens[k]?.tag ?? '') && !loadGroups().demonyms.byFirst.has(ctx.words[k] as string)) k--;
  // "shot in Vermont, US": a country after a place and its comma is that place's country, at
  // the same preposition
  // (not the source after it: "killed in Gaza, Israel says")
  if (ctx.words[k] === ',' && ctx.tokens[k - 1]?.tag === 'NNP' && !SAYING_FORMS.has(ctx.words[start + 1] ?? '')) {
    let p = k - 1;
    while (p > k - 4 && ctx.tokens[p - 1]?.tag === 'NNP') p--;
    if (LOCATIVE_PREPOSITIONS.has(ctx.words[p - 1] ?? '')) return p - 1;
  }
  return k;
}

/** "paramilitary group", "militia fighters": an armed group with the noun it qualifies. */
function withGroupNoun(ctx: Ctx, m: PhraseMatch): PhraseMatch {
  return GROUP_NOUNS.has(ctx.words[m.end] ?? '') ? { ...m, end: m.end + 1 } : m;
}

const GROUP_NOUNS = new Set(['group', 'groups', 'members', 'fighters', 'unit', 'units', 'cell', 'cells', 'faction', 'factions', 'leader', 'leaders', 'commander', 'commanders']);

/** "Air force", "Syria security forces", "riot police": the words that say which force. */
function withModifiers(ctx: Ctx, m: PhraseMatch): PhraseMatch {
  if (m.value !== 'force') return m;
  let start = m.start;
  const lx = ctx.lexicon;
  while (start > 0 && start > m.start - 3) {
    const w = ctx.words[start - 1] as string;
    const cls = lx.causes.get(w);
    if (!/^(NN|JJ)/.test(ctx.tokens[start - 1]?.tag ?? '') || cls === 'attack' || cls === 'weapon' || lx.harmNouns.has(w) || (lx.people.has(w) && !lx.forces.has(w))) break;
    start--;
  }
  return { ...m, start };
}

/** The value of two parties written as one compound ("Israel-Hamas", "Thailand-Cambodia"). */
const PAIR = 'pair';

/**
 * "israel-hamas war death toll", "Thailand-Cambodia border clashes": two parties joined by a
 * hyphen name both sides of the conflict; as one party they count only as a modifier of the
 * event (responsibilityOf), never as a label of the whole headline ("Israel-Gaza war: ...").
 * So do two after "between" ("since the war between the army and the rebels began").
 */
function pairsOf(ctx: Ctx, matches: PhraseMatch[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && last.value !== PAIR && ((m.start === last.end + 1 && ctx.tokens[last.end]?.tag === 'HYPH') || betweenPair(ctx, last, m))) {
      out[out.length - 1] = { start: last.start, end: m.end, value: PAIR };
    } else out.push(m);
  }
  return out;
}

/** "between Israel and Hamas", "between the army and the rebels": the two sides after "between". */
function betweenPair(ctx: Ctx, a: PhraseMatch, b: PhraseMatch): boolean {
  const determinerAt = (k: number): boolean => DETERMINER_TAGS.has(ctx.tokens[k]?.tag ?? '');
  const before = determinerAt(a.start - 1) ? a.start - 2 : a.start - 1;
  if (ctx.words[before] !== 'between' || ctx.words[a.end] !== 'and') return false;
  return b.start === a.end + 1 || (b.start === a.end + 2 && determinerAt(a.end + 1));
}

/** A country's name, not a force, organisation or demonym: "Egypt", "Israel". */
function isCountry(ctx: Ctx, m: PhraseMatch): boolean {
  return isWholeMatch(ctx, m, loadGroups().countries);
}

/** Is the party's phrase, all of it, one of a group list's phrases (groups.yml)? */
function isWholeMatch(ctx: Ctx, m: PhraseMatch, list: Parameters<typeof matchAll>[0]): boolean {
  return matchAll(list, ctx.words, m.start, m.end).some((c) => c.start === m.start && c.end === m.end);
}

/**
 * Named in another clause, a country is held responsible there only when it acts: as the
 * subject of a verb ("as Israel launches strikes") or the owner of an attack or force
 * ("Israel's offensive"); not where a clause only mentions it ("talks in Egypt", "meeting
 * with Jordan's king").
 */
function actsAsParty(ctx: Ctx, m: PhraseMatch): boolean {
  if (/^(VB|MD)/.test(ctx.tokens[m.end]?.tag ?? '')) return true;
  // "killed as Israel intensifies/NNS strikes", "as Israel bombs/NNS a camp": after a
  // subordinator the word after a country is its verb, though the tagger read a plural noun
  if (SUBORDINATE_OPENERS.has(ctx.words[m.start - 1] ?? '') && canBeSForm(ctx.words[m.end] ?? '')) return true;
  // blamed: "accuses Israel of", "genocide case against Israel"
  if (BLAMING.has(ctx.words[m.start - 1] ?? '') && !isTargeted(ctx, m)) return true;
  // the doer of a passive harm: "taken captive by Russia", "hit by Israel" (not a place: "were held in Israel")
  if (passiveDoer(ctx, m)) return true;
  // "hold Israel accountable after Rafah strike", "holds Russia responsible"; "condemnation of Israel after ..."
  if (HELD_TO_ACCOUNT.has(ctx.words[m.end] ?? '') || condemned(ctx, m)) return true;
  return ownsAttack(ctx, m);
}

/**
 * "taken captive by Russia", "detained by Iran": the by-phrase of a passive harm verb (a result
 * word may stand between), whose doer acts in the harm; a verb after it is the clause
 * subject's ("Men detained by Iran say"), not the doer's as a speaker. (Not a passive of
 * saying: "described by Israel as", "declared dead by".)
 */
function passiveDoer(ctx: Ctx, m: PhraseMatch): boolean {
  const by = m.start - 1;
  if (ctx.words[by] !== 'by') return false;
  const participle = ctx.tokens[by - 1]?.tag === 'VBN' ? by - 1 : by - 2;
  return ctx.passives.has(participle) && ctx.verbs.has(participle);
}

/**
 * "Israel's military recovers bodies of 3 hostages", "Families mourn", "Police struggle to find
 * motives for bombings", "Minister urges calm": a party whose verb recovers, mourns, treats,
 * urges or seeks does something after the harm or about it, and is not held responsible in
 * that clause.
 */
function tendsTheHarmed(ctx: Ctx, m: PhraseMatch): boolean {
  let k = m.end;
  // past the rest of its phrase ("Israel's military", its head a force the tagger may read as an adjective) and "has", an adverb
  const restOfPhrase = (at: number): boolean => /^(RB|NN|POS)/.test(ctx.tokens[at]?.tag ?? '') || (ctx.tokens[at]?.tag === 'JJ' && ctx.lexicon.forces.has(ctx.words[at] as string));
  while (k < m.end + 4 && (restOfPhrase(k) || HAVE_FORMS.has(ctx.words[k] as string)) && !AFTERMATH_VERBS.has(ctx.words[k] as string)) k++;
  return AFTERMATH_VERBS.has(ctx.words[k] ?? '');
}

const AFTERMATH_VERBS: ReadonlySet<string> = new Set(
  ['recover~v', 'retrieve~v', 'mourn~v', 'bury~v', 'treat~v', 'urge~v', 'struggle~v', 'instruct~v', 'quit~v', 'resign~v', 'rally~v', 'welcome~v', 'thank~v', 'honour~v', 'honor~v', 'visit~v', 'search~v', 'seek~v', 'sought'].flatMap(wordForms),
);

/**
 * "Deputies arrested a man after the stabbing", "police arrest man after double murder": a party
 * whose verb arrests someone acts after another harm and is not its doer (the one arrested may
 * be: chargedObject); it is the doer of the arrest itself.
 */
function arrestsAfter(ctx: Ctx, m: PhraseMatch): boolean {
  let k = m.end;
  while (k < m.end + 3 && /^(RB|NN)/.test(ctx.tokens[k]?.tag ?? '') && !ARRESTING.has(ctx.words[k] as string)) k++;
  return ARRESTING.has(ctx.words[k] ?? '');
}

const ARRESTING: ReadonlySet<string> = new Set(['arrest~v', 'apprehend~v', 'detain~v'].flatMap(wordForms));

/** "condemnation of Israel", "criticism of Russia": the of-phrase of a noun of blame. */
function condemned(ctx: Ctx, m: PhraseMatch): boolean {
  return ctx.words[m.start - 1] === 'of' && CONDEMNATION.has(ctx.words[m.start - 2] ?? '');
}

/** "Israel's offensive", "Russia's missiles", "Israel's war on Gaza": a genitive owning an attack, force or harm; not a fate ("Gaza's death toll"). */
function ownsAttack(ctx: Ctx, m: PhraseMatch): boolean {
  if (!POSSESSIVE_CLITICS.has(ctx.words[m.end] ?? '')) return false;
  const lx = ctx.lexicon;
  for (let k = m.end + 1; k < m.end + 5 && /^(NN|JJ|HYPH|VBN|CD)/.test(ctx.tokens[k]?.tag ?? ''); k++) {
    const w = ctx.words[k] as string;
    if (FATE_NOUNS.has(w)) return false;
    if (w === 'war' || lx.forces.has(w) || lx.harmNouns.has(w) || OWNED_CAUSES.has(lx.causes.get(w) ?? 'natural')) return true;
  }
  return false;
}

/**
 * "killed in Israel air raids on Gaza": a country right before an attack or weapon noun (a
 * compound of nouns up to it) whose target follows ("on", "against") owns the attack; with no
 * target named it may be the place hit ("in Lebanon blast", "Damascus strike").
 */
function modifiesAttack(ctx: Ctx, m: PhraseMatch): boolean {
  let owned = false;
  let k = m.end;
  for (; k < m.end + 3 && /^(NN|JJ|HYPH)/.test(ctx.tokens[k]?.tag ?? ''); k++) {
    const cls = ctx.lexicon.causes.get(ctx.words[k] as string);
    owned = cls === 'attack' || cls === 'weapon';
  }
  return owned && TARGET_PREPOSITIONS.has(ctx.words[k] ?? '');
}

/**
 * "two dead in a U.S. raid", "in US air raid", "in UK drone strike": an abbreviated
 * country's name before an attack noun (past an air or weapon word) is its adjective, its owner.
 * Not before a place's noun ("in us school shooting"), nor a fire, which may be a blaze.
 */
function abbreviationBeforeAttack(ctx: Ctx, m: PhraseMatch): boolean {
  if (m.end !== m.start + 1 || !COUNTRY_ABBREVIATIONS.has(ctx.words[m.start] as string)) return false;
  let k = m.end;
  while (k < m.end + 2 && (ctx.words[k] === 'air' || ctx.lexicon.causes.get(ctx.words[k] as string) === 'weapon')) k++;
  return /^NN/.test(ctx.tokens[k]?.tag ?? '') && ctx.words[k] !== 'fire' && ctx.lexicon.causes.get(ctx.words[k] as string) === 'attack';
}

const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(['us', 'u.s.', 'uk', 'u.k.']);

/** What a country owns when it acts: "Israel's offensive", "Russia's missiles", "Iran's war". */
const OWNED_CAUSES: ReadonlySet<string> = new Set(['attack', 'weapon', 'abstraction']);

/**
 * "support of Israel in war against Hamas", "strikes against the Houthis": the party a war or
 * an attack is waged against is its target, not its doer (unlike "case against Israel").
 */
function isTargeted(ctx: Ctx, m: PhraseMatch): boolean {
  // (not the modifier of a harm noun after it: "strike against Russian siege" names the siege's doer)
  const next = ctx.words[m.end] ?? '';
  if (ctx.lexicon.harmNouns.has(next) || ctx.lexicon.causes.get(next) === 'attack') return false;
  // ("to defeat Hamas", "vowed to destroy the militia": the object of a verb of defeating is its target)
  return (ctx.words[m.start - 1] === 'against' && WAGED.has(ctx.words[m.start - 2] ?? '')) || DEFEATING.has(ctx.words[wordBefore(ctx, m)] ?? '');
}

const DEFEATING: ReadonlySet<string> = new Set(['defeat~v', 'destroy~v', 'eliminate~v', 'crush~v', 'dismantle~v', 'eradicate~v', 'annihilate~v'].flatMap(wordForms));

const WAGED: ReadonlySet<string> = new Set(['war', 'wars', 'offensive', 'campaign', 'fight', 'operation', 'operations', 'strike', 'strikes', 'attack', 'attacks', 'battle', 'crackdown', 'retaliation', 'airstrikes']);

/**
 * "killed in blast at Palestinian hospital", "attacks on the Indonesian Hospital": a demonym or
 * country before a populated place (places.yml) says whose place it is or where it stands, not
 * who did the harm; not when the place opens a compound of harm ("Israel hospital raid").
 */
function namesPlaceOwner(ctx: Ctx, m: PhraseMatch): boolean {
  return ctx.lexicon.places.has(ctx.words[m.end] ?? '') && !/^NN/.test(ctx.tokens[m.end + 1]?.tag ?? '');
}

/**
 * "Somalia blast kills four", "chechen blast kills one", "Iraq truck bomb", "China mine explosion",
 * "Sri Lanka cafe bomb": a country or a people named before a blast, a bomb someone planted, a
 * fight (LOCATED_FIGHTS) or an accident says where it happened, not who set it off (the dev coders name no party in 21 of 26
 * such headlines). Not before a state's own weapons ("Israeli bombs", "Israeli fire", "US
 * strikes"), nor as their owner ("Israel's bombs").
 */
function locatesBlast(ctx: Ctx, m: PhraseMatch): boolean {
  if (POSSESSIVE_CLITICS.has(ctx.words[m.end] ?? '')) return false;
  let k = m.end;
  while (k < m.end + MAX_BLAST_MODIFIERS && /^(NN|JJ)/.test(ctx.tokens[k]?.tag ?? '') && !BLASTS.has(ctx.words[k] as string) && !BOMBS.has(ctx.words[k] as string) && !LOCATED_FIGHTS.has(ctx.words[k] as string)) k++;
  const w = ctx.words[k] ?? '';
  // (the words first: the group lists are asked only of a party before a blast or a bomb)
  // (a fight as a noun, not the verb of its sides: "Christian factions clash in the north"; nor
  // violence against others, which is done: "Israeli violence against Palestinians")
  // (inside a prepositional phrase the fight is a noun whatever its tag: "toll from Nigeria clashes/VBZ rises")
  const inPhrase = ctx.tokens[m.start - 1]?.tag === 'IN';
  if (LOCATED_FIGHTS.has(w)) return (/^NN/.test(ctx.tokens[k]?.tag ?? '') || inPhrase) && ctx.words[k + 1] !== 'against' && namesPlaceOrPeople(ctx, m);
  if (BLASTS.has(w) || ctx.lexicon.lists.get('accident')?.has(w) === true) return (k > m.end || /^NN/.test(ctx.tokens[k]?.tag ?? '')) && namesPlaceOrPeople(ctx, m);
  // a bomb by what carried it or where it was left ("car bomb", "cafe bomb"), or right after a
  // country's name as the subject of a verb ("Iraq bombs kill 10"; not the verb: "Israel bombs camps")
  if (!BOMBS.has(w)) return false;
  const before = ctx.words[k - 1] ?? '';
  if (k > m.end) return (PLANTED_BOMBS.has(before) || ctx.lexicon.places.has(before) || ctx.lexicon.homes.has(before)) && namesPlaceOrPeople(ctx, m);
  return /^(VB|MD)/.test(ctx.tokens[k + 1]?.tag ?? '') && isCountry(ctx, m);
}

/**
 * "Fighting kills 76, mostly rebels": after a count and a comma, "mostly" or "mainly" and a party
 * say who the counted were; they are among the harmed.
 */
function describesCount(ctx: Ctx, m: PhraseMatch): boolean {
  let k = m.start - 1;
  while (k > 0 && /^(DT|JJ|CD)$/.test(ctx.tokens[k]?.tag ?? '') && !COUNT_QUALIFIERS.has(ctx.words[k] ?? '')) k--;
  return COUNT_QUALIFIERS.has(ctx.words[k] ?? '') && ctx.words[k - 1] === ',' && ctx.tokens[k - 2]?.tag === 'CD';
}

const COUNT_QUALIFIERS: ReadonlySet<string> = new Set(['mostly', 'mainly', 'largely', 'chiefly', 'predominantly', 'including', 'all']);

/** A country's name or a people's ("Somalia", "chechen"): where a blast before which it stands happened. */
function namesPlaceOrPeople(ctx: Ctx, m: PhraseMatch): boolean {
  return isCountry(ctx, m) || isWholeMatch(ctx, m, loadGroups().demonyms);
}

const BLASTS: ReadonlySet<string> = new Set(['blast', 'blasts', 'explosion', 'explosions']);
const BOMBS: ReadonlySet<string> = new Set(['bomb', 'bombs']);
/** What carried a bomb or set it off, where no army's weapon is meant: "car bomb", "suicide bomb". */
const PLANTED_BOMBS: ReadonlySet<string> = new Set(['car', 'truck', 'lorry', 'suicide', 'roadside', 'parcel', 'letter', 'bicycle', 'motorcycle', 'motorbike', 'nail', 'pipe', 'homemade']);
/** Words looked past between a place's name and its blast: "China chemical plant blast". */
const MAX_BLAST_MODIFIERS = 4;

/**
 * "Israel recovers bodies of 3 hostages", "Rescuers find remains": who recovers, finds or
 * buries the dead did not kill them (unlike who holds and hands them over).
 */
function recoversTheDead(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  if (event.agency !== 'other') return false;
  // (past the rest of a subject it opens: "U.S., Iraq forces find 14 bodies")
  let k = m.end;
  while (k < m.end + 4 && (/^(NN|NNS|NNP|NNPS|JJ|CC|,)$/.test(ctx.tokens[k]?.tag ?? '')) && !RECOVERING.has(ctx.words[k] as string)) k++;
  return RECOVERING.has(ctx.words[k] ?? '');
}

const RECOVERING: ReadonlySet<string> = new Set(['recover~v', 'find~v', 'retrieve~v', 'exhume~v', 'identify~v', 'discover~v', 'receive~v', 'bury~v', 'mourn~v'].flatMap(wordForms));

/** Words before a party asked to do something: "urge Hamas to", "call for Israel to", "presses Russia to". */
const ASKING: ReadonlySet<string> = new Set(['urge~v', 'press~v', 'ask~v', 'tell~v', 'told', 'pressure~v', 'for', 'on', 'implore~v', 'encourage~v', 'invite~v', 'order~v', 'direct~v', 'instruct~v'].flatMap(wordForms));

/** "call for Hamas to accept", "urge Hamas and Israel to close this deal": asked to act, not acting in the harm. */
function askedToAct(ctx: Ctx, m: PhraseMatch): boolean {
  return ASKING.has(ctx.words[wordBefore(ctx, m)] ?? '') && ctx.words[pairEnd(ctx, m)] === 'to';
}

/**
 * "tells the junta to end 'the shelling of villages'", "presses Serbia on civilian deaths in the north", "warns
 * Russia over strikes on cities": a party asked to stop the harm, or pressed or warned about it,
 * is the one the speaker holds responsible for it (not one asked to act otherwise: "urges Israel
 * to conclude its probe into the killing").
 */
function toldToStop(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  const before = ctx.words[wordBefore(ctx, m)] ?? '';
  if (!ASKING.has(before) && !WARNING.has(before)) return false;
  let k = pairEnd(ctx, m);
  if (ctx.words[k] === 'to' && STOPPING.has(ctx.words[k + 1] ?? '')) k += 2;
  else if (PRESSED_ON.has(ctx.words[k] ?? '')) k += 1;
  else return false;
  // past the harm's article, modifiers and quote marks: "to end 'the killing of"
  while (k < event.start && k < pairEnd(ctx, m) + MAX_STOP_REACH && (/^(DT|JJ|PRP\$|``|'')$/.test(ctx.tokens[k]?.tag ?? '') || QUOTE_MARKS.has(ctx.words[k] as string))) k++;
  return k === event.start;
}

/** Verbs of warning a party about a harm: "warns Israel about bombing". */
const WARNING: ReadonlySet<string> = new Set(['warn~v', 'caution~v'].flatMap(wordForms));
/** Verbs of stopping after "to": "to end", "to halt". */
const STOPPING: ReadonlySet<string> = new Set(['end', 'stop', 'halt', 'cease', 'curb', 'limit', 'minimise', 'minimize', 'reduce']);
/** What a party is pressed or warned on: "presses Israel on", "warns Israel about", "over". */
const PRESSED_ON: ReadonlySet<string> = new Set(['on', 'about', 'over']);
/** Words at most from the party to the harm it is told to stop. */
const MAX_STOP_REACH = 6;

/**
 * The party in the phrase a harm or its cause is blamed on: "blames deadly strike on Russia",
 * "blamed the killings on an Israeli airstrike", "dead in attack blamed on separatists"; null when that phrase
 * names no party ("blames shootings on video games").
 */
function blamedOn(ctx: Ctx, event: HarmEvent, cause: Range, parties: readonly PhraseMatch[]): Span | null {
  let k = event.end;
  // past the harm's of-phrase: "blames the wave of killings on"
  if (ctx.words[k] === 'of') k = npStartingAt(ctx, k + 1)?.end ?? k;
  // (or its cause's: "Nine dead in attack blamed on separatists")
  if (ctx.words[k] !== 'blamed' && cause[0] >= 0 && ctx.words[cause[1]] === 'blamed') k = cause[1];
  // (or a relative clause's: "the attack that officials blamed on the militia")
  if (RELATIVES.has(ctx.words[k] ?? '')) k = blamedInRelative(ctx, k) ?? k;
  if (ctx.words[k] === 'blamed' && ctx.words[k + 1] === 'on') k++;
  else if (!blamedHarm(ctx, event.start)) return null;
  if (ctx.words[k] !== 'on') return null;
  const np = npStartingAt(ctx, k + 1);
  if (!np) return null;
  // (a country there is no place the harm befell: "blames the strike on Russia")
  const party = parties.find((m) => m.value !== PAIR && m.start >= np.start && m.end <= np.end) ?? matchAll(loadGroups().countries, ctx.words, np.start, np.end)[0];
  if (party) return spanOf(ctx, party.start, party.end);
  // (or people named otherwise: "blames the stabbing on a neighbour")
  return isPeople(ctx, np, false) ? spanOf(ctx, np.start, np.end) : null;
}

/**
 * The party that releases or frees the people a detention or abduction befell, named right
 * before the verb or the noun of release ("Israel to release", "China's release of", "Hamas frees"),
 * the held people or the participle that says they are held coming right after it, past
 * determiners and counts ("free most of the detained Albanians"); null when there is none.
 */
function releaserOf(ctx: Ctx, event: HarmEvent, parties: readonly PhraseMatch[]): PhraseMatch | null {
  const victim = rangeOf(ctx, event.victimExtent ?? event.victim);
  const heldFrom = Math.min(event.start, victim[0] >= 0 ? victim[0] : event.start);
  let k = heldFrom - 1;
  // (not past the verb itself, which the tagger may read as an adjective: "to free/JJ most of")
  while (k >= 0 && k > heldFrom - MAX_RELEASED_WORDS && !RELEASING.has(ctx.words[k] as string) && (/^(DT|PDT|CD|JJS?|PRP\$)$/.test(ctx.tokens[k]?.tag ?? '') || ctx.words[k] === 'of' || QUANTIFIER_WORDS.has(ctx.words[k] as string))) k--;
  if (!RELEASING.has(ctx.words[k] ?? '')) return null;
  // past "to" and a modal, or the possessive of the noun "release"
  let before = k - 1;
  if (ctx.words[before] === 'to' || MODALS.has(ctx.words[before] as string)) before--;
  // (and a verb of saying before "to": "insurgents say to free six hostages")
  if (ctx.words[before + 1] === 'to' && SAYING_FORMS.has(ctx.words[before] as string)) before--;
  if (POSSESSIVE_CLITICS.has(ctx.words[before] ?? '')) before--;
  return parties.find((m) => m.end - 1 === before && m.value !== PAIR && m.value !== NATURAL) ?? null;
}

/** Verbs and the noun of setting the held free: "release", "frees". */
export const RELEASING: ReadonlySet<string> = new Set([...wordForms('release~v'), ...wordForms('free~v')]);
/**
 * "two hostages freed by the rebels": the party in the by-phrase of the participle of release
 * right after the held people, who held them; null when there is none.
 */
function passiveReleaserOf(ctx: Ctx, event: HarmEvent, parties: readonly PhraseMatch[]): PhraseMatch | null {
  const after = Math.max(event.end, rangeOf(ctx, event.victim)[1]);
  if (!RELEASING.has(ctx.words[after] ?? '') || ctx.words[after + 1] !== 'by') return null;
  let k = after + 2;
  while (/^(DT|PRP\$)$/.test(ctx.tokens[k]?.tag ?? '')) k++;
  return parties.find((m) => m.start >= after + 2 && m.start <= k && m.value !== PAIR && m.value !== NATURAL) ?? null;
}

/** Words at most between the release and the held people or the participle that says they are held. */
const MAX_RELEASED_WORDS = 5;

/**
 * The subject of "claim" whose object is the harm, or an attack the harm is the relative clause
 * of, past "responsibility for" and modifiers ("Separatists claim attack on Indian troops", "Rebels
 * claimed responsibility for the bombing"): people, a group or a name; null when there is none
 * ("claims 30 lives" is a harm's own wording, no claimant's).
 */
function claimantOf(ctx: Ctx, event: HarmEvent, responsibilityOnly = false): Span | null {
  const attack = attackBeforeRelative(ctx, event.start);
  // (the object noun itself, not a clause after "claim": "Hamas claim hostage killed", "claim massacre militants shot dead")
  // (a noun the verb analysis also read as a verb is the noun its event says it is: "Qaeda group claims attacks on tourists")
  if (attack === null && ((ctx.verbs.has(event.start) && event.agency !== 'nominalization') || /^NN/.test(ctx.tokens[event.end]?.tag ?? ''))) return null;
  let k = (attack ?? event.start) - 1;
  // (an arrest its maker announces, approves or orders: "Israel announces arrest of bombing suspect", "Court approves arrest of")
  // (or a harm its subject denies, held to it as the one blamed: "Ruritania rebels deny mass killings", stop 74)
  const claiming = event.harm === 'arrest' ? ARREST_OWNING : CLAIMING_OR_DENYING;
  while (k >= 0 && /^(DT|JJ|NN|NNP|CD|POS|PRP\$|HYPH)$/.test(ctx.tokens[k]?.tag ?? '') && !claiming.has(ctx.words[k] as string) && ctx.words[k] !== 'for') k--;
  const forResponsibility = ctx.words[k] === 'for' && ctx.words[k - 1] === 'responsibility';
  if (forResponsibility) k -= 2;
  // ("Group says behind Ruritania bombing", "Rebels claim they were behind the attack": one who says it was behind a harm owns it)
  const behind = !responsibilityOnly && ctx.words[k] === 'behind' ? saidBehind(ctx, k) : -1;
  if (behind >= 0) k = behind;
  else if (!claiming.has(ctx.words[k] ?? '') || (responsibilityOnly && !forResponsibility)) return null;
  const np = npEndingAt(ctx, k - 1);
  // (or a group: "Indian group claims responsibility for"; or a court that approves an arrest)
  // (or a group an armed group's name modifies: "Qaeda group claims attacks on tourists")
  const armedName = np !== null && [...Array(np.head - np.start).keys()].some((j) => isArmedGroupName(ctx, np.start + j));
  if (!np || !(isPeople(ctx, np, false) || /^NNP/.test(ctx.tokens[np.head]?.tag ?? '') || isArmedGroupName(ctx, np.head) || armedName || ACTING_GROUPS.has(ctx.words[np.head] as string) || (event.harm === 'arrest' && COURTS.has(ctx.words[np.head] as string)))) return null;
  return spanOf(ctx, np.start, np.end);
}

/** Forms of "claim", whose object is a deed its subject owns: "claim attack", "claimed the bombing". */
const CLAIMING: ReadonlySet<string> = new Set(wordForms('claim~v'));
/**
 * Forms of "claim" and of "deny" or "disown": who denies a harm is the one it is blamed on, as the
 * dev coders link it (stop 74, with saidBehind: 5 dev links mended, 2 lost, a mother denying her
 * son's murder among them).
 */
const CLAIMING_OR_DENYING: ReadonlySet<string> = new Set([...CLAIMING, ...wordForms('deny~v'), ...wordForms('disown~v')]);

/**
 * "Group says behind bombing", "Rebels claim it was behind attack": before "behind" at `k`, a
 * verb of saying with the words of its clause (a pronoun, "was", "were") between: the
 * index of that verb, whose subject owns the harm; -1 when none.
 */
function saidBehind(ctx: Ctx, k: number): number {
  let j = k - 1;
  while (j > 0 && (BE_FORMS.has(ctx.words[j] as string) || NOMINATIVE_PRONOUNS.has(ctx.words[j] as string) || ctx.words[j] === 'it')) j--;
  return SAYING_FORMS.has(ctx.words[j] ?? '') ? j : -1;
}
/** Verbs whose subject owns the arrest that is their object: its maker announces, approves or orders it. */
const ARREST_OWNING: ReadonlySet<string> = new Set([...CLAIMING, ...['announce~v', 'approve~v', 'order~v', 'confirm~v'].flatMap(wordForms)]);

/** The index of "blamed" in a relative clause opening at `k` with only its subject between ("that Iran blamed on"), or null. */
function blamedInRelative(ctx: Ctx, k: number): number | null {
  for (let j = k + 1; j < k + MAX_RELATIVE_SUBJECT_WORDS; j++) {
    if (ctx.words[j] === 'blamed') return j > k + 1 ? j : null;
    if (!/^(DT|JJ|NN|NNS|NNP|NNPS)$/.test(ctx.tokens[j]?.tag ?? '')) return null;
  }
  return null;
}
/** Words at most in the subject of a relative clause that blames a harm on someone. */
const MAX_RELATIVE_SUBJECT_WORDS = 6;

/** The word before a party, past an article: "ordered [the] police to", "run by [the] Taliban". */
function wordBefore(ctx: Ctx, m: PhraseMatch): number {
  return ctx.tokens[m.start - 1]?.tag === 'DT' ? m.start - 2 : m.start - 1;
}

/** The end of a party and any party joined to it by "and": "Hamas and Israel [to]". */
function pairEnd(ctx: Ctx, m: PhraseMatch): number {
  return ctx.words[m.end] === 'and' && /^NNP/.test(ctx.tokens[m.end + 1]?.tag ?? '') ? m.end + 2 : m.end;
}

/** Words after a party held to account: "hold Israel accountable". */
const HELD_TO_ACCOUNT: ReadonlySet<string> = new Set(['accountable', 'responsible', 'culpable', 'liable']);
/** Nouns of blame whose of-phrase is the party blamed: "condemnation of Israel". */
const CONDEMNATION: ReadonlySet<string> = new Set(['condemnation', 'condemnations', 'criticism', 'censure', 'accusations', 'accusation']);

/** Words before a party that the text blames. */
const BLAMING = new Set(['against', ...BLAME_VERBS]);

/** Bodies that report and mediate more than they harm: not parties on their own (NATO, an alliance whose forces strike, is one). */
const NOT_PARTIES = new Set(['un', 'united']);

/**
 * "Panama Lane", "Glasgow Drive": a place's name at the head of a street's names a street, which
 * places its victims in the street's own town, not in the country or city it is named after.
 * So does one after a sea's noun and "of": "in the Gulf of Zenda", "Sea of Ruritania" are
 * waters, no one's country (the dev coders gave no people to any of the 8 harmed there, stop 77).
 */
function namesAnotherPlace(ctx: Ctx, m: PhraseMatch): boolean {
  return (STREETS.has(ctx.words[m.end] ?? '') && /^\p{Lu}/u.test(ctx.tokens[m.end]?.text ?? '')) || (ctx.words[m.start - 1] === 'of' && WATERS.has(ctx.words[m.start - 2] ?? ''));
}

/** Nouns for a sea or part of one before the name it takes with "of": "Gulf of", "Bay of", "Straits of". */
const WATERS: ReadonlySet<string> = new Set(['gulf', 'sea', 'bay', 'strait', 'straits', 'ocean', 'lake']);

/** Nouns that end the name of a street, or of a park, square or building named after a place ("near Norway Park"). */
const STREETS: ReadonlySet<string> = new Set(['street', 'st', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'avenue', 'ave', 'boulevard', 'blvd', 'highway', 'hwy', 'parkway', 'pkwy', 'terrace', 'crescent', 'court', 'ct', 'park', 'square', 'plaza', 'bridge', 'station', 'mall', 'hotel']);

function inCompound(ctx: Ctx, m: PhraseMatch): boolean {
  if (doerCompound(ctx, m)) return false;
  return joiningHyphen(ctx, m.end) || joiningHyphen(ctx, m.start - 1);
}

/**
 * "a police-involved shooting", "rebel-planted mine": a party hyphened to a participle that
 * modifies a harm, an attack or a weapon names its doer (the manual's modifier), where
 * "Hamas-run Gaza" names a place.
 */
function doerCompound(ctx: Ctx, m: PhraseMatch): boolean {
  if (!joiningHyphen(ctx, m.end) || !/(ed|en)$/.test(ctx.words[m.end + 1] ?? '')) return false;
  const next = ctx.words[m.end + 2] ?? '';
  const cls = ctx.lexicon.causes.get(next);
  return ctx.lexicon.harmNouns.has(next) || cls === 'attack' || cls === 'weapon';
}

/**
 * "state TV", "terrorist act", "Hamas health ministry", "French NGO", "Israeli anger": the
 * party word describes a thing that is neither a party, an attack nor a place of custody
 * ("died in Israeli prison" names Israel as responsible).
 */
function modifiesOtherThing(ctx: Ctx, m: PhraseMatch): boolean {
  const next = ctx.words[m.end] ?? '';
  // singular only: a plural after a party is often a headline's verb ("army launches strikes")
  if (!/^NNP?$/.test(ctx.tokens[m.end]?.tag ?? '') || next === '' || verbWithObject(ctx, m.end)) return false;
  // (after a subordinator the word after a party is its verb, whatever its tag: "killed as Israel pummels/NNP Gaza")
  if (SUBORDINATE_OPENERS.has(ctx.words[m.start - 1] ?? '') && canBeSForm(next)) return false;
  // (nor a day the tagger read as a noun it modifies: "released by Hamas today")
  if (DAY_WORDS.has(next)) return false;
  const lx = ctx.lexicon;
  if (lx.forces.has(next) || lx.causes.has(next) || lx.harmNouns.has(next) || CUSTODY.has(next) || MILITARY_ACTIONS.has(next)) return false;
  // ("quake toll", "flood toll": a natural force before the count of its dead is the toll's modifier, the manual's party)
  if (m.value === NATURAL && TOLLS.has(next)) return false;
  // "Israeli military investigating/NN deadly strike": a verb's -ing the tagger read as a noun, before its object
  if (/ing$/.test(next) && /^(JJ|DT|CD)/.test(ctx.tokens[m.end + 1]?.tag ?? '')) return false;
  // a weapon or attack later in the compound: "Israeli tank fire", "Russian cluster munitions",
  // "Saudi coalition airstrike" (its word is asked before its tag, which headlines mistag: "airstrike/IN")
  for (let k = m.end + 1; k < m.end + 3; k++) {
    const cls = lx.causes.get(ctx.words[k] as string);
    if (cls === 'weapon' || cls === 'attack') return false;
    if (!/^NN/.test(ctx.tokens[k]?.tag ?? '')) break;
  }
  return m.value === 'force' || !lx.people.has(next);
}

/**
 * "Army spokesperson responds to ...", "French foreign minister visits", "What Syrian leaders
 * are saying": a group word right before an official or a spokesperson (groups.yml roles
 * official) says whose the official is; officials speak and meet, and such a word names no party
 * to a harm told elsewhere in the sentence (the dev coders: no party in 12 of 14 such texts).
 */
function describesOfficial(ctx: Ctx, m: PhraseMatch): boolean {
  if (m.value === 'force' || !/^NN/.test(ctx.tokens[m.end]?.tag ?? '')) return false;
  if (SPOKESPEOPLE.has(ctx.words[m.end] as string)) return true;
  return matchAll(loadGroups().roles, ctx.words, m.end, m.end + 2).some((r) => r.start === m.end && r.value === 'official');
}

const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesperson', 'spokespersons', 'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokespeople']);

/**
 * "released Israeli hostages", "Palestinian prisoners", "Ukrainian children", "British aid
 * workers": a group word before people whom the roles list only as the harmed describes them,
 * never a party that harms.
 */
function describesHarmed(ctx: Ctx, m: PhraseMatch): boolean {
  if (m.value === 'force') return false;
  let k = m.end;
  while (ctx.tokens[k]?.tag === 'JJ' && k < m.end + 2) k++;
  return matchAll(loadGroups().roles, ctx.words, k, Math.min(ctx.words.length, k + 3)).some((r) => r.start === k && ONLY_HARMED.has(r.value));
}

/** Roles of people who are harmed, held or helping, never of those who harm (data/harm/groups.yml, roles). */
const ONLY_HARMED: ReadonlySet<string> = new Set(['hostage', 'prisoner', 'child', 'journalist', 'aid_worker']);

/** What a force does that is no attack: "after IDF withdrawal", "Israeli advance". */
const MILITARY_ACTIONS = new Set(['withdrawal', 'withdrawals', 'pullout', 'invasion', 'invasions', 'advance', 'advances', 'occupation', 'deployment', 'deployments', 'retreat']);

/** Places of custody: a party before them holds the people in them ("Israeli prison"). */
const CUSTODY = new Set(['prison', 'prisons', 'custody', 'jail', 'jails', 'detention', 'captivity', 'camp', 'camps', 'hospital']);

/** "Israeli forces", "Russian troops", "Hamas gunmen": one party. */
function mergeAdjacent(matches: PhraseMatch[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && last.end === m.start) out[out.length - 1] = { ...last, end: m.end };
    else out.push({ ...m });
  }
  return out;
}

/**
 * A party that is the subject of a verb of saying is who speaks, not who harmed
 * ("Netanyahu says", "Israel's army says", "the health ministry in Gaza says"); so is the
 * subject of a verb of responding to the harm ("US reviewing report on airstrike", "Egypt
 * probes shooting"; data/harm/wordlists.yml, responding).
 */
/** Whether the word at `i` is in the word list `name` (data/harm/wordlists.yml). */
function isListed(ctx: Ctx, name: string, i: number): boolean {
  return ctx.lexicon.lists.get(name)?.has(ctx.words[i] ?? '') === true;
}

function isSpeaker(ctx: Ctx, m: PhraseMatch): boolean {
  return isCreditedSource(ctx, m) || verbAfter(ctx, m, 'reporting', true) || verbAfter(ctx, m, 'responding') || creditedOrTold(ctx, m) || policeLookingInto(ctx, m) || takesStepInAnswer(ctx, m);
}

/**
 * "Pakistan orders inquiry into killing of five women", "Iraq holds state funeral for murdered
 * lawmaker", "Malaysia steps up security after Jakarta blasts": a party whose verb's object is a
 * step taken in answer to a harm answers it, whatever the verb (unlike "orders strikes").
 */
function takesStepInAnswer(ctx: Ctx, m: PhraseMatch): boolean {
  let k = m.end;
  while (k < m.end + 3 && (ctx.tokens[k]?.tag === 'RB' || ctx.tokens[k]?.tag === 'MD' || AUXILIARIES.has(ctx.words[k] ?? ''))) k++;
  // (not one that faces or appeals a probe, its object: "Russia faces genocide probe")
  if (!/^VB[DPZ]?$/.test(ctx.tokens[k]?.tag ?? '') || FACING.has(ctx.words[k] ?? '')) return false;
  k++;
  if (ctx.tokens[k]?.tag === 'RP') k++;
  // (the object's head: not "jails security officers")
  for (let end = k + ANSWER_OBJECT_REACH; k < end && /^(DT|JJ|CD|NN)/.test(ctx.tokens[k]?.tag ?? ''); k++) {
    if (STEPS_IN_ANSWER.has(ctx.words[k] ?? '') && !/^NN/.test(ctx.tokens[k + 1]?.tag ?? '')) return true;
  }
  return false;
}

/** Words of an object before its head, at most: "a second parliamentary inquiry". */
const ANSWER_OBJECT_REACH = 4;
const STEPS_IN_ANSWER: ReadonlySet<string> = new Set(['inquiry', 'inquiries', 'probe', 'probes', 'investigation', 'investigations', 'inquest', 'funeral', 'funerals', 'security', 'explanation', 'vigil', 'vigils', 'memorial', 'condolences', 'compensation', 'sanctions', 'autopsy', 'arrests', 'charges', 'hunt', 'manhunt', 'checks']);

/**
 * "was detained when troopers found a pistol under the seat", "Deputies located the driver, who
 * was then arrested": the police whose own verb finds a thing or someone, not that something
 * is so ("police found he had a gun"), act in the arrest's story: they are no speakers there.
 */
function policeFindThing(ctx: Ctx, m: PhraseMatch): boolean {
  if (!isListed(ctx, 'police', m.end - 1)) return false;
  let k = m.end;
  while (k < m.end + 3 && (ctx.tokens[k]?.tag === 'RB' || AUXILIARIES.has(ctx.words[k] ?? ''))) k++;
  // (an object: not "that" or a subject pronoun opening a clause)
  return POLICE_FINDING.has(ctx.words[k] ?? '') && /^(DT|CD|JJ|NN|PRP\$|PRP)$/.test(ctx.tokens[k + 1]?.tag ?? '') && ctx.words[k + 1] !== 'that' && !NOMINATIVE_PRONOUNS.has(ctx.words[k + 1] ?? '');
}

/** What police do to a thing or someone they come upon: find, locate, recover, seize. */
const POLICE_FINDING: ReadonlySet<string> = new Set([...COMING_UPON, ...['seize~v', 'spot~v'].flatMap(wordForms)]);

/**
 * "..., according to Bakersfield Police", "she told authorities he pulled a gun": the source a
 * report is credited to, or the one it was told to, speaks or hears; it does not act.
 */
function creditedOrTold(ctx: Ctx, m: PhraseMatch): boolean {
  let b = m.start - 1;
  while (b >= 0 && /^(DT|NNPS?|JJ|POS)$/.test(ctx.tokens[b]?.tag ?? '')) b--;
  return (ctx.words[b] === 'to' && ctx.words[b - 1] === 'according') || isListed(ctx, 'told', b);
}

/**
 * "Dallas Police responded to a shooting call", "Officers with the Hampton Police Division are
 * investigating a shooting", "led authorities to place a school on lockdown", "can contact
 * Gilroy police": the police named in a report of a crime they did not do. They are held
 * responsible only where their own verb is a harm ("after police fire on protesters") or the
 * harm is an arrest.
 */
function policeOnTheScene(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  // ("a police-involved shooting": the police named as its doers)
  if (!isListed(ctx, 'police', m.end - 1) || event.harm === 'arrest' || doerCompound(ctx, m)) return false;
  // "after he was shot by police", "Dead In Confrontation With Police": the doer of another
  // harm, or the other side of a violent encounter
  let b = m.start - 1;
  while (b >= 0 && /^(DT|JJ|NNP)$/.test(ctx.tokens[b]?.tag ?? '')) b--;
  // (but the agent of a verb that harms no one is on the scene: "was found by police with a
  // gunshot wound", "CPR was performed by officers, however the man succumbed")
  if (ctx.words[b] === 'by') return ctx.tokens[b - 1]?.tag === 'VBN' && !ctx.verbs.has(b - 1);
  if (ctx.words[b] === 'with' && ctx.lexicon.violence.has(ctx.words[b - 1] ?? '')) return false;
  for (let k = m.end; k < m.end + 8 && k < ctx.words.length; k++) {
    if (ctx.verbs.has(k)) return false;
    if (/^(VB[DPZ]?|MD)$/.test(ctx.tokens[k]?.tag ?? '') && !AUXILIARIES.has(ctx.words[k] ?? '')) return true;
    if (/^[.;:]$/.test(ctx.words[k] ?? '')) break;
  }
  return true;
}

const LOOKING_INTO: ReadonlySet<string> = new Set(['investigate~v', 'probe~v', 'look~v', 'search~v', 'seek~v', 'hunt~v', 'release~v', 'ask~v', 'identify~v'].flatMap(wordForms));
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'still', 'now']);

/**
 * "Harrisburg police are investigating a shooting", "Police are not releasing suspect
 * information", "police seek the gunman": the police look into a crime others
 * did (an army that probes its own strike is ownOperationSpeaker's).
 */
function policeLookingInto(ctx: Ctx, m: PhraseMatch): boolean {
  if (!isListed(ctx, 'police', m.end - 1)) return false;
  let k = m.end;
  while (AUXILIARIES.has(ctx.words[k] ?? '')) k++;
  return LOOKING_INTO.has(ctx.words[k] ?? '');
}

/**
 * Whether the party's own verb, past nouns and "has", is one of a word list ("Israel's army
 * says"; past a title and a name: "Chinese foreign ministry spokesman Wang Wenbin confirmed").
 */
function verbAfter(ctx: Ctx, m: PhraseMatch, list: 'reporting' | 'responding', pastAdverbs = false): boolean {
  const verbs = ctx.lexicon.lists.get(list);
  if (!verbs) return false;
  let passive = false;
  for (let i = m.end; i < m.end + VERB_AFTER_REACH && i < ctx.words.length; i++) {
    const w = ctx.words[i] as string;
    // (not the participle of a passive: "A suspect is being sought" is sought, no seeker)
    if (verbs.has(w) || (list === 'reporting' && w === 'according')) return !(passive && ctx.tokens[i]?.tag === 'VBN');
    // past nouns, "has", and a party coordinated with it ("France and Germany join ..."; not a
    // second verb phrase: "blamed the blast on an Israeli airstrike and said ...")
    const coordinated = w === 'and' && /^(NN|JJ|DT)/.test(ctx.tokens[i + 1]?.tag ?? '');
    // (a speaker, past an adverb too: "The Israeli prime minister again recounted"; and a
    // sentence's subject past where it is: "Peacekeepers in Kosovo say")
    const where = list === 'reporting' && m.start === 0 && w === 'in' && /^NNP/.test(ctx.tokens[i + 1]?.tag ?? '');
    // (past an auxiliary of the responding verb's progressive or future: "leaders are demanding action", "will review")
    const auxiliary = list === 'responding' && (BE_FORMS.has(w) || MODALS.has(w));
    if (BE_FORMS.has(w)) passive = true;
    if (!(w === 'has' || w === 'have' || coordinated || where || auxiliary || /^(NN|POS|JJ)/.test(ctx.tokens[i]?.tag ?? '') || (pastAdverbs && ctx.tokens[i]?.tag === 'RB'))) return false;
  }
  return false;
}

/**
 * "Child Dies Following Arson at Richmond Hill Home: Police", "... - witnesses", "...: UN
 * chief": a headline's last words after a colon or dash credit the source of the report
 * (AP Stylebook, "headlines": attribution), who speaks rather than acts.
 */
function isCreditedSource(ctx: Ctx, m: PhraseMatch): boolean {
  let end = m.end;
  // not past an attack or a harm word: "...: Israeli attack kills/NNS Samer Abudaqa" reports the harm
  const lx = ctx.lexicon;
  const harmWord = (w: string): boolean => lx.causes.has(w) || lx.harmNouns.has(w) || lx.verbForms.has(w);
  while (end < ctx.words.length && /^(NN|JJ|POS)/.test(ctx.tokens[end]?.tag ?? '') && !harmWord(ctx.words[end] as string)) end++;
  while (end < ctx.words.length && /^[.!?]+$/.test(ctx.words[end] as string)) end++;
  if (end !== ctx.words.length) return false;
  let before = m.start - 1;
  while (before >= 0 && /^(DT|JJ)/.test(ctx.tokens[before]?.tag ?? '')) before--;
  return before > 0 && CREDIT_MARKS.has(ctx.words[before] as string);
}

const CREDIT_MARKS: ReadonlySet<string> = new Set([':', '-', '–', '—']);

/**
 * A party that is the subject of a passive undergoes something rather than does it
 * ("Police officer bitten and five others injured", "Police criticised for response"): it is
 * not who the text holds responsible for another clause's harm.
 */
function isPatient(ctx: Ctx, m: PhraseMatch): boolean {
  let k = m.end;
  while (PASSIVE_AUXILIARIES.has(ctx.words[k] ?? '')) k++;
  // "Armenia loses positions in deadly border clash", "army suffers heavy losses": the side that
  // loses or suffers undergoes the harm (not one that "faces" it: "Israel faces criticism over
  // strike" is the one blamed)
  return ctx.passives.has(k) || LOSING_SIDE.has(ctx.words[k] ?? '');
}

const LOSING_SIDE: ReadonlySet<string> = new Set(['lose', 'loses', 'lost', 'losing', 'suffer', 'suffers', 'suffered', 'suffering']);

/**
 * "held on suspicion of resisting an officer", "accused of an assault on a deputy",
 * "failing to comply with troopers": a force an offence is named against undergoes it; it does no
 * harm the sentence reports.
 */
function offendedAgainst(ctx: Ctx, m: PhraseMatch): boolean {
  let p = m.start - 1;
  while (p >= 0 && /^(DT|JJ|PRP\$)$/.test(ctx.tokens[p]?.tag ?? '')) p--;
  const w = ctx.words[p] ?? '';
  if (OFFENCES_AGAINST.has(w)) return true;
  if (w === 'on') return ASSAULTS.has(ctx.words[p - 1] ?? '');
  return w === 'with' && COMPLYING.has(ctx.words[p - 1] ?? '');
}

const OFFENCES_AGAINST: ReadonlySet<string> = new Set(['resisting', 'eluding', 'evading', 'obstructing', 'assaulting', 'impersonating', 'threatening']);
const ASSAULTS: ReadonlySet<string> = new Set(['assault', 'battery', 'attack', 'assaults', 'attacks']);
const COMPLYING: ReadonlySet<string> = new Set(['comply', 'interfering', 'interference']);

/** A party modifying an attack or weapon noun in a phrase attached to the harm ("killed in Russian shelling"). */
function modifiesAttachedCause(ctx: Ctx, m: PhraseMatch): boolean {
  let k = m.end;
  // "dies in Israeli prison": a place of custody names who holds the victims
  if (CUSTODY.has(ctx.words[k] ?? '') && ATTACK_PREPOSITIONS.has(ctx.words[m.start - 1] ?? '')) return true;
  while (k < ctx.words.length && k < m.end + 3 && !ctx.lexicon.causes.has(ctx.words[k] as string)) {
    // (and a hyphen joining words, whatever the tagger made of it, and the participle after it: "a cyclist hurt in a police-involved crash")
    if (!/^(NN|JJ|HYPH|POS)/.test(ctx.tokens[k]?.tag ?? '') && !joiningHyphen(ctx, k) && !(ctx.tokens[k]?.tag === 'VBN' && joiningHyphen(ctx, k - 1))) return false;
    k++;
  }
  const cls = ctx.lexicon.causes.get(ctx.words[k] ?? '');
  // "after riot police fire on protesters": a verb, so another clause. The tag is not asked
  // for more than "not a verb": lower-case headlines mistag nouns ("israeli airstrike/IN").
  // ("in Houthi shelling on Kharkiv": an -ing form with no object after it is the noun)
  const tag = ctx.tokens[k]?.tag ?? '';
  const gerundNoun = tag === 'VBG' && !/^(DT|NN|PRP|CD)/.test(ctx.tokens[k + 1]?.tag ?? '');
  if (!cls || cls === 'natural' || (/^VB/.test(tag) && !gerundNoun) || isPhrasalHarmVerb(ctx, k)) return false;
  let p = m.start - 1;
  // (past a day's genitive too: "killed in Saturday's terrorist attacks")
  if (POSSESSIVE_CLITICS.has(ctx.words[p] ?? '') && TIME_WORDS.has(ctx.words[p - 1] ?? '')) p -= 2;
  while (p >= 0 && /^(DT|JJ|CD)/.test(ctx.tokens[p]?.tag ?? '')) p--;
  // ("since Israeli assault began": "since" or "after" opening a clause whose subject is the attack)
  if (CONJUNCTIONS_TOO.has(ctx.words[p] ?? '') && /^VB[DPZ]$/.test(ctx.tokens[k + 1]?.tag ?? '')) return false;
  return ATTACK_PREPOSITIONS.has(ctx.words[p] ?? '');
}

/**
 * "injured in dog attack", "killed in shark attack": an animal (groups.yml natural) right before
 * an attack noun, which it modifies as a people's name would; not a natural force that is the
 * cause itself ("killed in quake").
 */
function attackOfAnimal(ctx: Ctx, m: PhraseMatch): boolean {
  return ctx.lexicon.causes.get(ctx.words[m.end] ?? '') === 'attack';
}

/** Prepositions that also open clauses: "since the assault began", "after the strike hit". */
const CONJUNCTIONS_TOO: ReadonlySet<string> = new Set(['since', 'after']);

/**
 * "face attacks by Israeli settlers", "the extrajudicial killing by Israel": a party in a
 * by-phrase right after a harm noun is the noun's own doer, named as its modifier (a verb's
 * by-phrase is its grammatical agent, found before this); so is one after the attack that
 * caused the harm ("an attack by the militia that killed 40", "died in the attacks by
 * rebels").
 */
function byAfterNoun(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  const cause = rangeOf(ctx, event.cause);
  return byPhraseAt(ctx, m, event.end) || (cause[0] >= 0 && byPhraseAt(ctx, m, cause[1])) || byAfterAdjunctAttack(ctx, m, event);
}

/** "killed since the cross-border assault by Hamas militants": after an attack noun in the harm's own adjunct, no verb between. */
function byAfterAdjunctAttack(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  let by = m.start - 1;
  while (by > event.end && /^(DT|JJ|PRP\$)$/.test(ctx.tokens[by]?.tag ?? '')) by--;
  if (ctx.words[by] !== 'by' || by - event.end > 8 || ctx.lexicon.causes.get(ctx.words[by - 1] ?? '') !== 'attack') return false;
  // (an -ing inside the attack's own compound is no verb: "in car ramming attack by a Palestinian")
  return ctx.tokens.slice(event.end, by).every((t, k) => !/^(VB|MD)/.test(t.tag) || (t.tag === 'VBG' && /^NN/.test(ctx.tokens[event.end + k + 1]?.tag ?? '')));
}

/** Whether party `m` opens the by-phrase at `at`, after a noun ("by Israeli settlers"). */
function byPhraseAt(ctx: Ctx, m: PhraseMatch, at: number): boolean {
  if (ctx.words[at] !== 'by' || !/^NN/.test(ctx.tokens[at - 1]?.tag ?? '')) return false;
  let k = at + 1;
  while (k < m.start && /^(DT|JJ|PRP\$)$/.test(ctx.tokens[k]?.tag ?? '')) k++;
  return k === m.start;
}

/** `harmCause`: the harm's cause (causeOfHarm); `victims`: the victims of every harm event in the sentence (none of them is a party). */
export function responsibilityOf(ctx: Ctx, event: HarmEvent, harmCause: HarmCause, victims: readonly Span[] = []): Responsibility {
  if (event.agent && (event.agency === 'active' || event.agency === 'passive-with-agent')) return { party: speakerOfPronoun(ctx, event.agent) ?? event.agent, link: 'grammatical' };
  // an accident has no doer unless the grammar names one: "killed in Sudan military plane
  // crash", "Thailand bus overturns, killing 18" hold no party responsible
  // (but one charged or questioned over it is held to it: "driver questioned over fatal car crash")
  if (harmCause === 'accident') {
    const accused = accusedOf(ctx, event);
    return accused ? { party: accused, link: 'clause' } : { party: null, link: 'none' };
  }
  // "Kidnappers free two": the doers the harm's own noun names
  if (event.doers) return { party: event.doers, link: 'clause' };
  // (with the victims' post-modifier: "A Crusader Against Police Violence" names no party)
  const victim = rangeOf(ctx, event.victimExtent ?? event.victim);
  const harmed = victims.map((v) => rangeOf(ctx, v));
  const cause = rangeOf(ctx, event.cause);
  const own: Range = [event.start, event.end];
  const parties = partiesIn(ctx);
  // within the harm's own words: "come under Israeli fire" (not one that is only their first
  // word, the wording's own: "gang rape")
  const within = parties.find((m) => m.start >= event.start && m.end - 1 > event.start && m.end < event.end && m.value !== PAIR && !inside(m.start, victim));
  if (within) return { party: spanOf(ctx, within.start, within.end), link: 'modifier' };
  // "Serbia to release detained Albanians", "urged Peru to release a reporter jailed for", "hostages
  // freed by the rebels": who frees the held held them
  const releaser = event.harm === 'arrest' || event.harm === 'abduction' ? (passiveReleaserOf(ctx, event, parties) ?? releaserOf(ctx, event, parties)) : null;
  if (releaser) return { party: spanOf(ctx, releaser.start, releaser.end), link: 'clause' };
  // "Killer storm": a natural force whose own noun phrase holds the harm word, which modifies it
  const force = parties.find((m) => m.value === NATURAL && m.start <= event.start && m.end > event.end);
  if (force) return { party: spanOf(ctx, event.end, force.end), link: 'modifier' };
  // "quake toll": a natural force that opens the harm's own words (with its own modifier before them: "Chilean earthquake toll")
  const forceWithin = parties.find((m) => m.value === NATURAL && m.end > event.start && m.end < event.end);
  if (forceWithin) return { party: spanOf(ctx, forceWithin.start, forceWithin.end), link: 'modifier' };
  const candidates = parties.filter(
    (m) => !inside(m.start, victim) && (!harmed.some((r) => inside(m.start, r)) || isOffender(ctx, m)) && !inside(m.start, own) && (!isSpeaker(ctx, m) || (event.harm === 'arrest' && policeFindThing(ctx, m)) || toldToStop(ctx, m, event) || passiveDoer(ctx, m)) &&
      (!isPatient(ctx, m) || isOffender(ctx, m)) && !offendedAgainst(ctx, m) && !victimOwnGroup(ctx, m, victim, event) && !isTargeted(ctx, m) && !recoversTheDead(ctx, m, event) &&
      !policeOnTheScene(ctx, m, event) && !namesPlaceOwner(ctx, m) && !locatesBlast(ctx, m) && !describesCount(ctx, m),
  );
  // "Indian group claims responsibility for India bombings": who claims a harm owns it, whatever
  // modifies the harm (here its place)
  const owns = claimantOf(ctx, event, true);
  if (owns) return { party: owns, link: 'clause' };
  // "Border police deny role in smuggler death": who has a role in a harm is held to it
  const role = roleHolder(ctx, event);
  if (role) return { party: role, link: 'clause' };
  // the doer of a harm noun given as its genitive or modifier: "the army's killing of"
  if (event.agent) return { party: event.agent, link: 'modifier' };
  // the cause's own modifier or by-phrase first: "Six days of Israeli bombardment, following
  // attacks by Hamas that killed 1,200" (the attacks killed, so Hamas, not the other attack's Israeli)
  // (and the other side of a fight it names, after "with": "killed in a firefight with Israeli forces")
  const ownCause = (m: PhraseMatch): boolean => m.value !== PAIR && m.value !== NATURAL && (inside(m.start, cause) || fightWith(ctx, m, cause));
  const modifier =
    candidates.find((m) => ownCause(m) || byAfterNoun(ctx, m, event)) ??
    candidates.find((m) => modifiesEvent(ctx, m, event) || (m.value !== PAIR && (m.value !== NATURAL || attackOfAnimal(ctx, m)) && (modifiesAttachedCause(ctx, m) || modifiesResultingAttack(ctx, m, event))));
  if (modifier) return { party: spanOf(ctx, modifier.start, modifier.end), link: 'modifier' };
  // "the army pressed on with its shelling of the town": a possessive pronoun before the harm noun stands
  // for the subject of the verb it follows, whose harm it is, as "Israel's bombardment" is
  const owner = candidates.find((m) => m.value !== PAIR && ownsByPronoun(ctx, m, event));
  if (owner) return { party: spanOf(ctx, owner.start, owner.end), link: 'modifier' };
  // "Separatists claim attack on Indian troops": who claims a harm owns it
  const claimant = claimantOf(ctx, event);
  if (claimant) return { party: claimant, link: 'clause' };
  // "Kyiv blames deadly strike on Russia": the party a harm is blamed on, whoever blames it
  const blamed = blamedOn(ctx, event, cause, parties);
  if (blamed) return { party: blamed, link: 'clause' };
  // "Somali troops clash with insurgents, 20 killed": the doer of a headline's first clause
  const actor = countedClauseActor(ctx, event, parties, victim);
  if (actor) return { party: spanOf(ctx, actor.start, actor.end), link: 'clause' };
  // (an offender named beside an arrest is the one wanted, not the one who arrests: "The gunman is
  // still at large, but the driver was arrested"; nor one the text says is not known: "no suspects")
  const others = candidates.filter((m) => m.value !== PAIR && !(isOffender(ctx, m) && (event.harm === 'arrest' || unknownOffender(ctx, m))) && (!isCountry(ctx, m) || actsAsParty(ctx, m) || toldToStop(ctx, m, event)) && !namesCivilians(ctx, m) && !describesOfficial(ctx, m) && (!askedToAct(ctx, m) || toldToStop(ctx, m, event)) && !tendsTheHarmed(ctx, m) && !(event.harm !== 'arrest' && arrestsAfter(ctx, m)) && !respondedTo(ctx, m) && !governs(ctx, m));
  const accused = accusedOf(ctx, event);
  if (accused) return { party: accused, link: 'clause' };
  if (others.length === 0) {
    const owner = ownOperationSpeaker(ctx, event, parties);
    return owner ? { party: spanOf(ctx, owner.start, owner.end), link: 'clause' } : { party: null, link: 'none' };
  }
  // the nearest, one within the harm's own stretch between commas first ("After Hamas militants
  // carried out an attack in which hundreds were killed, Russia stopped short of ...": Hamas)
  const party = nearest(others, (m) => Math.abs(m.start - event.start) + (commaBetween(ctx, m.start, event.start) ? COMMA_PENALTY : 0)) as PhraseMatch;
  return { party: spanOf(ctx, party.start, party.end), link: 'clause' };
}

/**
 * "Border police deny role in smuggler death", "court to weigh the mining firm's role in
 * killings", "critics blame online forums' role in the murder": one said to have a role in a harm
 * (a part, an involvement) is the one the text holds to it, in another clause: the possessor of
 * the role, its noun modifier, or the subject of the verb it is the object of (not a pronoun's).
 */
function roleHolder(ctx: Ctx, event: HarmEvent): Span | null {
  let k = event.start - 1;
  while (k > event.start - MAX_ROLE_REACH && /^(DT|JJ|NN|NNS|NNP|NNPS|POS|HYPH|CD|PRP\$)$/.test(ctx.tokens[k]?.tag ?? '') && ctx.words[k] !== 'in') k--;
  if (ctx.words[k] !== 'in' || !ROLE_WORDS.has(ctx.words[k - 1] ?? '')) return null;
  let r = k - 2;
  while (r > 0 && ROLE_HEDGES.has(ctx.words[r] as string)) r--;
  const tag = ctx.tokens[r]?.tag ?? '';
  const holder = POSSESSIVE_CLITICS.has(ctx.words[r] ?? '') ? npEndingAt(ctx, r - 1) : /^(NN|JJ)/.test(tag) ? npEndingAt(ctx, r) : /^VB[DPZ]?$/.test(tag) ? subjectOf(ctx, r, 'doer') : null;
  if (!holder || PRONOUN_TAGS.test(ctx.tokens[holder.start]?.tag ?? '')) return null;
  // (not a role denied by "no": "reiterates no US involvement in strike")
  if (NEGATORS.has(ctx.words[holder.start] as string) || NEGATORS.has(ctx.words[holder.start - 1] ?? '')) return null;
  return spanOf(ctx, holder.start, holder.end);
}

/** Nouns for a share in a deed: "role in", "part in", "involvement in", "complicity in". */
const ROLE_WORDS: ReadonlySet<string> = new Set(['role', 'roles', 'part', 'involvement', 'complicity']);
/** Words before "role" that hedge it: "alleged role in". */
const ROLE_HEDGES: ReadonlySet<string> = new Set(['alleged', 'suspected', 'possible', 'any', 'a', 'the', 'key', 'direct']);
/** Words looked back from a harm to "role in": "role in the 1994 killing of". */
const MAX_ROLE_REACH = 7;
const PRONOUN_TAGS = /^(PRP|WP|EX)/;

/**
 * "We see our children dying before us", "reminding us of": the pronoun "us", which the
 * word list of demonyms shares with the country's abbreviation ("US troops"); the country when
 * written in capitals, or tagged a name ("us choppers kill 50 troops" in a text with no capitals:
 * the tagger's countryUs).
 */
function isPronounUs(ctx: Ctx, m: PhraseMatch): boolean {
  return m.end === m.start + 1 && ctx.words[m.start] === 'us' && ctx.tokens[m.start]?.text !== 'US' && ctx.tokens[m.start]?.tag !== 'NNP';
}

/**
 * "Three dead in mall shooting, suspect in custody", "Gunman killed after shooting two": one the
 * text calls an offender (wordlists.yml offenders) is the doer of the other harms even where
 * another harm, their arrest or their death, befalls them.
 */
function isOffender(ctx: Ctx, m: PhraseMatch): boolean {
  return m.value === 'force' && isListed(ctx, 'offenders', m.end - 1);
}

/**
 * "There were no suspects yet", "detectives named no suspects", "gave no information about a
 * suspect", "released no description of the gunmen": an offender the text says no one knows is named by no one (the dev coders: no party,
 * 6 of 6; but "searching for a suspect", "detained a possible suspect" hold one responsible).
 */
function unknownOffender(ctx: Ctx, m: PhraseMatch): boolean {
  // the phrase with its determiner and modifiers, which the match may leave out
  let start = m.start;
  while (start > 0 && (/^(DT|JJ)$/.test(ctx.tokens[start - 1]?.tag ?? '') || UNKNOWN_DETERMINERS.has(ctx.words[start - 1] ?? ''))) start--;
  if (UNKNOWN_DETERMINERS.has(ctx.words[start] ?? '')) return true;
  if (!INFORMATION.has(ctx.words[start - 2] ?? '')) return false;
  if (ctx.words[start - 1] === 'about' || ctx.words[start - 1] === 'on') return true;
  // (after "of", only a description denied: "any description of the gunmen", "their description is not
  // known"; not "a man fitting the gunmen's description")
  return ctx.words[start - 1] === 'of' && (UNKNOWN_DETERMINERS.has(ctx.words[start - 3] ?? '') || ctx.words.slice(m.end, m.end + DENIAL_REACH).includes('not'));
}

/** Words after a description of an offender in which "not" denies it ("was not available"). */
const DENIAL_REACH = 4;

const UNKNOWN_DETERMINERS: ReadonlySet<string> = new Set(['no', 'any']);
const INFORMATION: ReadonlySet<string> = new Set(['information', 'details', 'word', 'description', 'descriptions']);

/** Words between a party and its own verb, at most: a title and a two-word name. */
const VERB_AFTER_REACH = 7;

/** Tokens added to a party's distance from the harm for each side of a comma between them: more than a sentence holds. */
const COMMA_PENALTY = 1000;

/** A comma between tokens a and b, either way round. */
function commaBetween(ctx: Ctx, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let k = from; k < to; k++) if (ctx.words[k] === ',') return true;
  return false;
}

/**
 * "The health ministry, which is controlled by Hamas, said ... were killed": the party that
 * runs or oversees a body governs it; that says nothing of the harm the body reports.
 */
function governs(ctx: Ctx, m: PhraseMatch): boolean {
  const by = wordBefore(ctx, m);
  return ctx.words[by] === 'by' && GOVERNING.has(ctx.words[by - 1] ?? '');
}

const GOVERNING: ReadonlySet<string> = new Set(['run', 'controlled', 'overseen', 'governed', 'ruled', 'administered', 'operated', 'managed']);

/**
 * "The bombardment, in response to Hamas's attack, has killed", "strikes in retaliation for
 * the militia's raid": the party whose act is answered did the act answered, not the harm.
 */
function respondedTo(ctx: Ctx, m: PhraseMatch): boolean {
  let k = m.start - 1;
  while (k >= 0 && k > m.start - 5 && /^(DT|JJ|NN|POS|PRP\$)/.test(ctx.tokens[k]?.tag ?? '')) k--;
  return RESPONSES[ctx.words[k - 1] ?? '']?.includes(ctx.words[k] ?? '') === true;
}

/** Nouns of a response, with the preposition that names what is answered. */
const RESPONSES: Readonly<Record<string, readonly string[]>> = {
  response: ['to'], reaction: ['to'], retaliation: ['for', 'against'], reprisal: ['for', 'against'], revenge: ['for'],
};

/**
 * "Somali troops clash with insurgents, 20 killed", "Police smash drugs rings, 30 arrested",
 * "Rebels bomb police bus, 7 dead": a headline of two clauses whose second is only a count of
 * the harmed reports the outcome of the first, and the subject of the first clause's verb is
 * the party the text links to it (not the nearer one it acts on: the insurgents, the bus's
 * police). Not a subject that speaks or responds (wordlists.yml reporting, responding: "Israel
 * says ...", "Iraq mourns ..."), suffers or undergoes ("Army loses ..."), or protests (PROTESTING).
 */
function countedClauseActor(ctx: Ctx, event: HarmEvent, parties: readonly PhraseMatch[], victim: Range): PhraseMatch | null {
  const comma = ctx.words.lastIndexOf(',', event.start);
  if (comma <= 0 || !isHeadline(ctx.tokens)) return null;
  // the second clause: a count of the harmed and the harm ("20 killed", "up to 60 dead")
  for (let k = comma + 1; k < event.start; k++) if (!/^(CD|JJ|DT|NNS?|RB|IN|TO)$/.test(ctx.tokens[k]?.tag ?? '')) return null;
  if (!ctx.tokens.slice(comma + 1, event.start).some((t) => t.tag === 'CD' || NUMBER_WORDS.has(t.text.toLowerCase()))) return null;
  // the first clause's subject, opening the headline past a modifier ("Suspected Sri Lanka rebels")
  const subject = parties.find((m) => m.value !== PAIR && m.end < comma && ctx.tokens.slice(0, m.start).every((t) => /^(JJ|VBN|DT)$/.test(t.tag)) && !inside(m.start, victim));
  if (!subject) return null;
  // "Police and students clash in Dhaka, 20 hurt", "Police, protesters clash ...": the subject
  // may be two sides, both of them the first clause's doers
  const other = ctx.words[subject.end] === 'and' || ctx.words[subject.end] === ',' ? npStartingAt(ctx, subject.end + 1, false) : null;
  const end = other !== null && other.end < comma ? other.end : subject.end;
  // (no other comma before the count's but one between the sides)
  if (ctx.words.slice(0, comma).some((w, k) => w === ',' && !(k >= subject.end && k < end))) return null;
  let verb = end;
  while (ctx.tokens[verb]?.tag === 'RB') verb++;
  const tag = ctx.tokens[verb]?.tag ?? '';
  const word = ctx.words[verb] ?? '';
  // (a headline's verb the tagger read as a noun: "police foil/NN suicide attempt")
  const finite = /^VB[DPZ]?$/.test(tag) || (/^NNS?$/.test(tag) && (lexiconAllows(word, 'VBP') || lexiconAllows(word, 'VBZ')) && /^(DT|JJ|NNS?|CD|PRP\$?|RP)$/.test(ctx.tokens[verb + 1]?.tag ?? ''));
  // (a speaker's own deed, its subject left out after "says", is the speaker's: "India says
  // destroys rebel boats, 6 dead")
  const ownDeed = isListed(ctx, 'reporting', verb) && /^VB[DZ]$/.test(ctx.tokens[verb + 1]?.tag ?? '') && !isListed(ctx, 'reporting', verb + 1);
  // (nor protesters, who are the harmed: "Haitians riot over prices, four killed")
  if (!finite || (isListed(ctx, 'reporting', verb) && !ownDeed) || isListed(ctx, 'responding', verb) || LOSING_SIDE.has(word) || PROTESTING.has(word) || isPatient(ctx, subject)) return null;
  return { ...subject, end };
}

const PROTESTING: ReadonlySet<string> = new Set(['riot~v', 'protest~v', 'rally~v', 'march~v', 'demonstrate~v', 'strike~v', 'flee~v'].flatMap(wordForms));

/**
 * "Israeli military investigating deadly strike on camp", "IDF says it is investigating
 * shooting of civilians", "Israeli military confirms strike on refugee camp": a party
 * that opens the sentence and speaks of, confirms or looks into an attack no one else is
 * named for speaks of its own operation, and the text links it to the attack in that clause.
 * Not a source credited at the end ("..., Israeli military says"), nor a harm that is no
 * attack ("Soldier killed, military says").
 */
function ownOperationSpeaker(ctx: Ctx, event: HarmEvent, parties: readonly PhraseMatch[]): PhraseMatch | null {
  const operation = operationReport(ctx, event, parties);
  if (operation) return operation;
  // an attack, or a harm an attack caused ("strike on camp that killed 8")
  if (event.agency !== 'nominalization' || !(ATTACK_HARMS.has(event.harm) || event.cause !== null)) return null;
  const first = parties[0];
  if (!first || first.value === PAIR || first.value === NATURAL || first.end > event.start || !opensSentence(ctx, first.start)) return null;
  // one that reports it, not one that reviews or probes another's ("US reviewing report on
  // airstrike"); but an army probes its own strike ("Israeli military investigating deadly
  // strike"), where the police probe others' crimes ("Police investigating fatal shooting")
  const army = event.harm === 'attack' && ARMIES.has(ctx.words[first.end - 1] ?? '');
  // (the police who report a shooting report a crime others did: "Police said the victim was not hit in the shooting")
  if (isListed(ctx, 'police', first.end - 1)) return null;
  return verbAfter(ctx, first, 'reporting') || (army && PROBING.has(ctx.words[first.end] ?? '')) ? first : null;
}

const ATTACK_HARMS: ReadonlySet<string> = new Set(['attack', 'shooting']);
/** Words for a state's army as a party: "Israeli military", "the army", "IDF", "troops". */
const ARMIES: ReadonlySet<string> = new Set(['military', 'army', 'idf', 'navy', 'forces', 'troops', 'force']);
const PROBING: ReadonlySet<string> = new Set(['investigate~v', 'probe~v', 'review~v', 'examine~v'].flatMap(wordForms));

/**
 * "India says Maoist rebel chief killed", "600 arrested since the raid, Israeli military says":
 * a state or its force that reports arrests, or militants killed, with no doer named, reports
 * its own operation; the text links it to the harm in that clause. Not its own losses
 * ("Army says two soldiers killed"): only arrests and armed enemies.
 */
function operationReport(ctx: Ctx, event: HarmEvent, parties: readonly PhraseMatch[]): PhraseMatch | null {
  if (event.agency !== 'agentless-passive' || !(event.harm === 'arrest' || militantVictims(ctx, event))) return null;
  return parties.find((m) => (m.value === 'force' || isCountry(ctx, m) || ctx.lexicon.forces.has(ctx.words[m.end - 1] ?? '')) && verbAfter(ctx, m, 'reporting') && !localPoliceReport(ctx, m, event)) ?? null;
}

/**
 * "..., Maine State Police said five people were arrested", "Troopers say Pacheco was taken
 * into custody": police that no country names, reporting an arrest, are the source of a crime
 * report, not a party the text holds to account (the dev coders chose no party in 14 of 18
 * such arrests); a state's police or army still reports its own operation ("16 arrested in
 * Jerusalem, Israeli police say").
 */
function localPoliceReport(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  if (event.harm !== 'arrest' || ARMIES.has(ctx.words[m.end - 1] ?? '')) return false;
  const g = loadGroups();
  return matchAll(g.demonyms, ctx.words, m.start, m.end).length === 0 && matchAll(g.countries, ctx.words, m.start, m.end).length === 0;
}

/** A state's armed forces and police: the armies, and "police", "soldier(s)", "guard(s)". */
const STATE_FORCES: ReadonlySet<string> = new Set([...ARMIES, 'police', 'soldier', 'soldiers', 'guard', 'guards']);

function militantVictims(ctx: Ctx, event: HarmEvent): boolean {
  const [start, end] = rangeOf(ctx, event.victim);
  if (start < 0) return false;
  // a state's own commander is no armed enemy: "Iranian military senior commander killed, Guard says"
  for (let k = start; k < end; k++) if (STATE_FORCES.has(ctx.words[k] as string)) return false;
  const g = loadGroups();
  return matchAll(g.roles, ctx.words, start, end).some((r) => r.value === 'militant') || matchAll(g.armed, ctx.words, start, end).length > 0;
}

function opensSentence(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(DT|JJ)/.test(ctx.tokens[k]?.tag ?? '')) k--;
  return k < 0;
}

/**
 * "Israelis bury their dead", "Young Gazans with leg injuries", "Palestinian mother pleads":
 * a nationality as a noun, or before a word for civilians or kin, names people, who in another
 * clause are mourners, witnesses or victims, not a party (unlike "Israeli troops", "Israeli
 * strikes").
 */
function namesCivilians(ctx: Ctx, m: PhraseMatch): boolean {
  const demonym = matchAll(loadGroups().demonyms, ctx.words, m.start, m.end).some((d) => d.start === m.start && d.end === m.end);
  if (!demonym) return false;
  if (/^NNP?S$/.test(ctx.tokens[m.end - 1]?.tag ?? '') && !ctx.lexicon.forces.has(ctx.words[m.end] ?? '')) return true;
  if (isListed(ctx, 'kin', m.end) || isListed(ctx, 'citizens', m.end)) return true;
  return matchAll(loadGroups().roles, ctx.words, m.end, Math.min(ctx.words.length, m.end + 3)).some((r) => r.start === m.end && CIVILIAN_ROLES.has(r.value));
}

const CIVILIAN_ROLES: ReadonlySet<string> = new Set(['civilian', 'woman', 'child']);

/**
 * "IDF says it killed ...", "Police said they shot ...", "a resident said he shot someone",
 * "Netanyahu denies he is starving civilians": a pronoun that opens what someone reports
 * stands for that speaker, who is the party the text names ("he" and "she" only for a person).
 */
function speakerOfPronoun(ctx: Ctx, agent: Span): Span | null {
  const [start, end] = tokenRange(ctx, agent);
  const pronoun = ctx.words[start] as string;
  if (end !== start + 1 || !(SPEAKER_PRONOUNS.has(pronoun) || PERSON_PRONOUNS.has(pronoun))) return null;
  let verb = start - 1;
  if (ctx.words[verb] === 'that') verb = reportingBeforeAdjunct(ctx, verb - 1);
  // "Israel pressed on, saying it had killed ...": the one saying is the subject of the clause before the comma
  if (ctx.words[verb] === 'saying' && ctx.words[verb - 1] === ',' && SPEAKER_PRONOUNS.has(pronoun)) {
    const sayer = subjectOf(ctx, verb, 'doer');
    return sayer && !NOMINATIVE_PRONOUNS.has(ctx.words[sayer.start] as string) && !PERSON_PRONOUNS.has(ctx.words[sayer.start] as string) && ctx.words[sayer.start] !== 'it' ? spanOf(ctx, sayer.start, sayer.end) : null;
  }
  // "told reporters he shot ...": past the one told
  const told = isListed(ctx, 'told', verb) ? null : npEndingAt(ctx, verb);
  if (told && isListed(ctx, 'told', told.start - 1)) verb = told.start - 1;
  if (!ctx.lexicon.lists.get('reporting')?.has(ctx.words[verb] ?? '')) return null;
  const speaker = placedSpeaker(ctx, npEndingAt(ctx, verb - 1));
  if (!speaker || NOMINATIVE_PRONOUNS.has(ctx.words[speaker.start] as string)) return null;
  if (PERSON_PRONOUNS.has(pronoun) && !namesAPerson(ctx, speaker)) return null;
  return spanOf(ctx, speaker.start, speaker.end);
}

/**
 * "Border guards in Chad say they killed ...": a place after a locative preposition ends the
 * words before the verb of saying, but the speaker is the force or the people it places.
 */
function placedSpeaker(ctx: Ctx, np: Phrase | null): Phrase | null {
  if (!np || !LOCATIVE_PREPOSITIONS.has(ctx.words[np.start - 1] ?? '')) return np;
  const placed = npEndingAt(ctx, np.start - 2);
  const head = ctx.words[np.start - 2] ?? '';
  return placed && (ctx.lexicon.forces.has(head) || isPeopleWord(head)) ? placed : np;
}

/**
 * "said in a statement that", "said on Tuesday that": the reporting verb before a short adjunct
 * of a preposition and its noun, ending at `k`; else `k`.
 */
function reportingBeforeAdjunct(ctx: Ctx, k: number): number {
  const reporting = ctx.lexicon.lists.get('reporting');
  for (let j = k; j >= 0 && j >= k - MAX_ADJUNCT; j--) {
    if (reporting?.has(ctx.words[j] as string)) return j < k && ctx.tokens[j + 1]?.tag === 'IN' ? j : k;
    if (!/^(IN|DT|NN|NNP|NNS|JJ|CD|PRP\$)$/.test(ctx.tokens[j]?.tag ?? '')) return k;
  }
  return k;
}

/** Words of an adjunct between a reporting verb and "that", at most: "in a written statement". */
const MAX_ADJUNCT = 4;

const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we']);
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** A singular word for a person ("an El Cajon resident"), or a name ("Netanyahu"). */
function namesAPerson(ctx: Ctx, p: Phrase): boolean {
  const head = ctx.tokens[p.head];
  return !!head && (head.tag === 'NNP' || (head.tag === 'NN' && isPeople(ctx, p, true)));
}

/**
 * "Alberta Man Convicted of Murder", "Four men have been charged with murder", "Man arrested
 * over killing of ...", "Teen charged in fatal stabbing": the harm is what someone is accused
 * of, and the accused is the party the text holds responsible.
 */
function accusedOf(ctx: Ctx, event: HarmEvent): Span | null {
  const tried = facesCharge(ctx, event);
  if (tried) return tried;
  // "double murder accused stays behind bars", "hit and run driver": the one who did it, named
  // by a noun right after the harm
  if (DOER_NOUNS.has(ctx.words[event.end] ?? '') && !/^(DT|PRP|IN|TO|MD)/.test(ctx.tokens[event.end + 1]?.tag ?? '')) return spanOf(ctx, event.end, event.end + 1);
  // "arrested in connection with a shooting that wounded a man": the attack a harm verb's
  // relative clause hangs on is what the accused is accused of
  const attack = attackBeforeRelative(ctx, event.start);
  let k = (attack ?? event.start) - 1;
  // past the harm's own modifiers: "for alleged child rape"
  // (and a possessor among them: "in a New Year's Day killing")
  // (participles and hyphened degrees among them: "with attempted first-degree murder", "with aggravated assault";
  // a verb's words before it are no modifiers: "Funeral held for Palestinian-American boy killed")
  // (and the -ing of a compound noun: "in connection with the shooting death")
  const noun = attack !== null || !ctx.verbs.has(event.start);
  // (not a gerund taking an object: "jailed for reporting the massacre")
  const compoundIng = (at: number): boolean => ctx.tokens[at]?.tag === 'VBG' && /^NN/.test(ctx.tokens[at + 1]?.tag ?? '');
  while (k >= 0 && (/^(DT|JJ|PRP\$|NN|CD|POS)/.test(ctx.tokens[k]?.tag ?? '') || (noun && (/^(HYPH|VBN)$/.test(ctx.tokens[k]?.tag ?? '') || compoundIng(k) || ctx.tokens[k + 1]?.tag === 'HYPH')))) k--;
  // and a gerund of doing that takes the harm as its object: "accused of wielding starvation",
  // "of ordering the massacre" (not "jailed for reporting the massacre")
  if (DOING_GERUNDS.has(ctx.words[k] ?? '') && ACCUSING_PREPOSITIONS.has(ctx.words[k - 1] ?? '')) k--;
  // and the report of it an arrest follows: "arrested after a report of an armed sexual assault"
  if (noun && ctx.words[k] === 'of' && REPORTS.has(ctx.words[k - 1] ?? '') && ctx.words.lastIndexOf('after', k) >= k - 3) {
    k -= 2;
    while (k >= 0 && /^(DT|JJ)$/.test(ctx.tokens[k]?.tag ?? '')) k--;
  }
  // "was arrested after the 84-year-old died of a head injury": the clause the arrest follows
  if (!noun && !ACCUSING_PREPOSITIONS.has(ctx.words[k] ?? '')) {
    const after = ctx.words.lastIndexOf('after', event.start - 1);
    const subjectOnly = ctx.tokens.slice(after + 1, event.start).every((t) => !/^(VB|MD|IN|,)/.test(t.tag));
    if (after > 0 && subjectOnly) k = accusedBefore(ctx, after) ?? k;
  }
  // "charged with trespass, aggravated assault and theft of a car": a
  // crime listed after others is charged as they are
  if (noun && (ctx.words[k] === ',' || ctx.words[k] === 'and')) k = chargeListOpening(ctx, k) ?? k;
  // "jailed on a warrant tied to a stabbing", "arrested on arson charges stemming from a brawl":
  // a charge or warrant tied to the harm, back to the preposition before it
  const tied = chargeTiedTo(ctx, k);
  if (tied >= 0) k = tied;
  // "faces several charges including sexual abuse": a crime listed among charges is one of them
  const among = listedAmongCharges(ctx, k);
  const listed = among >= 0;
  if (listed) k = among;
  // "was arrested on attempted murder and other charges": the charges an arrest is made on
  const onCharges = ctx.words[k] === 'on' && chargeAfter(ctx, event.end);
  // "pleaded guilty to murder" (but not "sentenced to death": the sentence is the harm)
  const inConnection = (ctx.words[k] === 'with' || ctx.words[k] === 'to') && ctx.words[k - 1] === 'connection' && ctx.words[k - 2] === 'in';
  // "would later admit to the shooting": who admits a harm owns it
  const admitted = ctx.words[k] === 'to' && ADMISSIONS.has(ctx.words[k - 1] ?? '');
  if (!ACCUSING_PREPOSITIONS.has(ctx.words[k] ?? '') && ctx.words[k] !== 'after' && !(ctx.words[k] === 'to' && ctx.words[k - 1] === 'guilty') && !inConnection && !admitted && !onCharges && !listed && tied < 0) return null;
  // "detained in connection with the killing of", "arrested in connection to the shooting"
  if (inConnection) k -= 2;
  // "indicted on 17 counts of murder", "charged with two counts of rape": the charge's counts
  // (or a count with a determiner or a word of its kind: "charged with an open count of murder", "with one felony count of")
  if (ctx.words[k] === 'of' && COUNTS.has(ctx.words[k - 1] ?? '')) {
    let c = k - 2;
    while (c > k - 2 - MAX_COUNT_WORDS && /^(CD|DT|JJ|NN)$/.test(ctx.tokens[c]?.tag ?? '') && !COUNT_PREPOSITIONS.has(ctx.words[c] as string)) c--;
    if (c < k - 2 && COUNT_PREPOSITIONS.has(ctx.words[c] ?? '')) k = c;
  }
  // "sentenced to life in prison for murder", "jailed for 10 years for", "sentenced to 28 years
  // in prison in the shooting of": past the term
  // (and a headline's "over": "jailed for life over a stabbing", "jailed six years over")
  if (ctx.words[k] === 'for' || ctx.words[k] === 'in' || ctx.words[k] === 'over') k = pastSentenceTerm(ctx, k);
  // "was arrested Tuesday, several hours after the shooting": past the span of time before "after"
  if (ctx.words[k] === 'after') k = pastDurationBefore(ctx, k);
  // "faces a murder charge in the killing of": the one who faces the charge
  const faced = COUNTS.has(ctx.words[k - 1] ?? '') ? facingBefore(ctx, k - 1) : -1;
  if (faced >= 0) k = faced + 1;
  // "was arrested Monday in the fatal shooting", "is held in the county jail on $3 million bail
  // in connection with the shooting": past a time, or a place and bail of custody, to the arrest
  else if (!ACCUSED.has(ctx.words[k - 1] ?? '')) k = accusedPast(ctx, k) ?? k;
  const accused = ctx.words[k - 1] ?? '';
  // "Suspect In Custody After Shooting", "One woman is behind bars after an overnight shooting": the one held, as "jailed after"
  // (not a time spent there: "spent 27 years in prison for a murder she didn't commit")
  if (HELD_IN[accused] !== undefined && ctx.words[k - 2] === HELD_IN[accused]) return DURATIONS.has(ctx.words[k - 3] ?? '') ? null : subjectEndingAt(ctx, k - 3, ',');
  // "man on murder charge faces court": the one on the charge, named right before it
  if (onCharges && /^NN/.test(ctx.tokens[k - 1]?.tag ?? '') && isPeopleWord(accused)) return subjectEndingAt(ctx, k - 1, ',');
  // "Police charge 3 church leaders with abuse": the object of an active charge
  const answering = ANSWERING_IN[accused] ? answeringBefore(ctx, k - 1) : -1;
  if (!ACCUSED.has(accused) && answering < 0 && !admitted && faced < 0) return chargedObject(ctx, k);
  // "will stand trial for sexual abuse", "on trial for murder", "to face court over a stabbing"
  if (ANSWERING_IN[accused] && answering < 0) return null;
  if (faced >= 0 && ctx.words[faced - 1] === ',') return facingSubject(ctx, faced);
  let s = answering >= 0 ? answering : k - 2;
  // "was found guilty of", "pleaded guilty to", "plead not guilty to": the verb that gives the verdict or the plea
  if (accused === 'guilty' && ctx.words[s] === 'not') s--;
  if (accused === 'guilty' && VERDICT_VERBS.has(ctx.words[s] ?? '')) s--;
  // ("Woman in court accused of stabbing": past where the accused is)
  if (ctx.words[s] === 'court' && ctx.words[s - 1] === 'in') s -= 2;
  return subjectEndingAt(ctx, s, ',');
}

/** Nouns for the one who did a harm, right after it ("murder accused", "hit and run driver"). */
const DOER_NOUNS: ReadonlySet<string> = new Set(['accused', 'driver', 'drivers']);

/** The start of an attack noun right before "that" or "which" and the verb at `start` ("a shooting that wounded"); null if none. */
function attackBeforeRelative(ctx: Ctx, start: number): number | null {
  if (!ctx.verbs.has(start) || !RELATIVES.has(ctx.words[start - 1] ?? '')) return null;
  const np = npEndingAt(ctx, start - 2);
  return np && ctx.lexicon.causes.get(ctx.words[np.head] as string) === 'attack' ? np.start : null;
}

/**
 * The index after an arrest or holding word some words before the preposition at `k`, with only
 * a time ("Monday", "early Tuesday") or a place and bail of custody ("in Lake County jail on $3
 * million bail") between them; null when there is none.
 */
function accusedPast(ctx: Ctx, k: number): number | null {
  for (let j = k - 1; j >= Math.max(0, k - MAX_ACCUSED_DISTANCE); j--) {
    const w = ctx.words[j] as string;
    // (not past the object of an active arrest or charge: "arrested Brandon Bell in connection to", "accused Israel of")
    // ("arrested the following day for": a time with its determiner)
    // (the determiner's phrase wholly a time: not "charged the man on Friday with", an object and then a time)
    const time = TIME_WORDS.has(ctx.words[j + 1] ?? '') || CLOCK_WORDS.has(ctx.words[j + 1] ?? '') || (ctx.tokens[j + 1]?.tag === 'DT' && (TIME_WORDS.has(ctx.words[k - 1] ?? '') || DURATIONS.has(ctx.words[k - 1] ?? '')) && onlyTime(ctx, j + 2, k));
    // ("is sought by deputies in connection with": past the accusing participle's by-agent)
    if (ACCUSED.has(w)) return j === k - 1 || time || custodyWord(ctx, ctx.words[j + 1] ?? '') || ctx.words[j + 1] === 'by' ? j + 1 : null;
    // (a clock time too: "around 4 p.m. Thursday")
    if (!(TIME_WORDS.has(w) || custodyWord(ctx, w) || ARREST_GROUNDS.has(w) || w === 'by' || /^(DT|CD|NNP|NNS?|\$|JJ)$/.test(ctx.tokens[j]?.tag ?? '') || CLOCK_WORDS.has(w))) return null;
  }
  return null;
}

/** The words from `from` to `to` (not included) say only when: "following day", "next morning". */
function onlyTime(ctx: Ctx, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = ctx.words[i] as string;
    if (!(TIME_WORDS.has(w) || DURATIONS.has(w) || CLOCK_WORDS.has(w) || /^(JJ|VBG|CD)$/.test(ctx.tokens[i]?.tag ?? ''))) return false;
  }
  return true;
}

/** A word of a place or bail of custody (wordlists.yml custody), its preposition or its amount, between an arrest and what it is for. */
function custodyWord(ctx: Ctx, w: string): boolean {
  return ctx.lexicon.lists.get('custody')?.has(w) === true || CUSTODY_LINKS.has(w);
}
const CUSTODY_LINKS: ReadonlySet<string> = new Set(['in', 'into', 'on', 'at', 'cash', 'million', 'county', 'center', 'centre']);
/** What an arrest is made on, before the crime: "held in jail on suspicion of arson", "on felony charges of". */
const ARREST_GROUNDS: ReadonlySet<string> = new Set(['suspicion', 'charge', 'charges', 'count', 'counts', 'felony', 'misdemeanor']);

/**
 * The index of "after" at `k`, or of the span of time right before it and any comma before that
 * ("was arrested Tuesday, several hours after the shooting" → the comma): the arrest, not the
 * time, is what the harm is before.
 */
function pastDurationBefore(ctx: Ctx, k: number): number {
  if (!DURATIONS.has(ctx.words[k - 1] ?? '')) return k;
  let j = k - 2;
  while (j >= 0 && /^(DT|CD|JJ)$/.test(ctx.tokens[j]?.tag ?? '')) j--;
  return ctx.words[j] === ',' ? j : j + 1;
}
/** A report of a harm, which an arrest may follow instead of the harm itself. */
const REPORTS: ReadonlySet<string> = new Set(['report', 'reports']);
/** Words of a time of day between an arrest and what it is for: "early Friday", "around 4 p.m.". */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['early', 'late', 'around', 'about', 'shortly', 'a.m.', 'p.m.', 'am', 'pm']);
const MAX_ACCUSED_DISTANCE = 12;

/** The phrase ending at `s` past auxiliaries, modals, adverbs and `also` (a comma, "to"): the subject of the verb after them. */
function subjectEndingAt(ctx: Ctx, s: number, also: string): Span | null {
  const skip = (): void => {
    while (s >= 0 && (PASSIVE_AUXILIARIES.has(ctx.words[s] as string) || MODALS.has(ctx.words[s] as string) || /^RB/.test(ctx.tokens[s]?.tag ?? '') || ctx.words[s] === also)) s--;
  };
  skip();
  // ("was questioned and charged with manslaughter": accusing participles joined by "and" share their subject;
  // past the first one's adjunct of time or place too: "was arrested on May 2 and charged with murder")
  for (let joined = ctx.words[s] === 'and' ? accusedBeforeAdjunct(ctx, s - 1) : -1; joined >= 0; joined = ctx.words[s] === 'and' ? accusedBeforeAdjunct(ctx, s - 1) : -1) {
    s = joined - 1;
    skip();
  }
  // ("John Smith, 50, is charged": the name its age is set off after, not the age)
  const found = (ctx.words[s + 1] === ',' ? appositionBefore(ctx, s + 1) : null) ?? npEndingAt(ctx, s);
  // ("Carl Jones, 34, of the 1700 block of Elm Road, is held": the name, not where he lives)
  const np = found ? (residentBefore(ctx, found) ?? found) : null;
  return np ? spanOf(ctx, np.start, np.end) : null;
}

/** The accusing participle ending at `k`, or before a short adjunct of time or place ending there ("arrested on May 2"), or -1. */
function accusedBeforeAdjunct(ctx: Ctx, k: number): number {
  for (let j = k; j >= Math.max(0, k - MAX_JOINED_ADJUNCT); j--) {
    if (ACCUSED.has(ctx.words[j] ?? '')) return j;
    if (!/^(IN|CD|NNP|NN|DT|JJ)$/.test(ctx.tokens[j]?.tag ?? '')) return -1;
  }
  return -1;
}

/** Words of an adjunct between an accusing participle and the "and" that joins the next one, at most: "in Miami on May 2". */
const MAX_JOINED_ADJUNCT = 6;

/**
 * "was charged with murder this morning after his neighbor died": the word right after the
 * accusing participle that the words before "after" (its charge, a time) go back to; or "after"
 * itself when the participle is right before it ("was arrested after ...").
 */
function accusedBefore(ctx: Ctx, after: number): number | null {
  for (let j = after - 1; j >= Math.max(0, after - 6); j--) {
    if (ACCUSED.has(ctx.words[j] as string)) return j + 1;
    if (!/^(DT|JJ|NN|IN|CD)/.test(ctx.tokens[j]?.tag ?? '')) return null;
  }
  return null;
}

/**
 * The verb "face" before a charge noun at `i` ("faces a murder charge"), past its modifiers; -1
 * if none. (The tagger may read "faces" as a plural noun: it ends the modifiers.)
 */
function facingBefore(ctx: Ctx, i: number): number {
  let j = i - 1;
  // (and a hyphened degree: "is facing second-degree murder charges"; and the court faced on
  // the charge: "to face court on a murder charge", "faces the magistrates over assault charges")
  const courtOn = (k: number): boolean => (ctx.words[k] === 'on' || ctx.words[k] === 'over') && COURTS.has(ctx.words[k - 1] ?? '');
  while (j >= 0 && j > i - 8 && !FACING.has(ctx.words[j] as string) && (/^(DT|JJ|NN|CD|HYPH)/.test(ctx.tokens[j]?.tag ?? '') || courtOn(j))) j--;
  // ("loses appeal against murder conviction": the one who appeals the conviction, past the verb of the appeal's outcome)
  // (a headline's "loses/NNS" too)
  if (ctx.words[j] === 'against' && APPEALS.has(ctx.words[j - 1] ?? '')) return /^VB/.test(ctx.tokens[j - 2]?.tag ?? '') || lexiconAllows(ctx.words[j - 2] ?? '', 'VBZ') ? j - 2 : j - 1;
  return FACING.has(ctx.words[j] ?? '') ? j : -1;
}

/** Verbs of facing a charge, and appealing a conviction ("appeals murder conviction"). */
const FACING: ReadonlySet<string> = new Set([...wordForms('face~v'), ...wordForms('appeal~v')]);
/** An appeal, before "against" and the conviction or sentence it is against. */
const APPEALS: ReadonlySet<string> = new Set(['appeal', 'appeals', 'bid', 'challenge']);

/**
 * "man to face murder trial", "A man faces murder charges": a harm that names the crime of a
 * charge or trial someone faces is held against them (the subject of "face", past "to" or an
 * auxiliary).
 */
function facesCharge(ctx: Ctx, event: HarmEvent): Span | null {
  if (!LEGAL_NOUNS.has(ctx.words[event.end] ?? '')) return null;
  // "files manslaughter charges against the suspect's parents": the one the charge is against
  if (COUNTS.has(ctx.words[event.end] ?? '') && ctx.words[event.end + 1] === 'against') {
    const np = npStartingAt(ctx, event.end + 2);
    return np && (isPeople(ctx, np, false) || /^NNP/.test(ctx.tokens[np.head]?.tag ?? '')) ? spanOf(ctx, np.start, np.end) : null;
  }
  const face = facingBefore(ctx, event.start);
  return face < 0 ? null : facingSubject(ctx, face);
}

/**
 * Who faces the charge at `face`: the subject right before it ("A man faces murder charges", past
 * "to" or an auxiliary); after a comma, the subject of the clause it is an adjunct of ("Lee is in
 * hospital, facing charges of murder"); else that of the verb it is joined to ("was taken into
 * custody and is facing murder charges").
 */
function facingSubject(ctx: Ctx, face: number): Span | null {
  // ("accused faces court on murder charges": "the accused" as a noun, which the tagger reads as a participle)
  if (ctx.words[face - 1] === 'accused') return spanOf(ctx, face - 1, face);
  const adjunct = ctx.words[face - 1] === ',';
  const before = adjunct ? null : subjectEndingAt(ctx, face - 1, 'to');
  if (before) return before;
  const subject = subjectOf(ctx, face, 'doer');
  return subject ? spanOf(ctx, subject.start, subject.end) : null;
}

/**
 * "charges including sexual abuse", "charges, including assault": with "including" at `k`, the
 * index whose word before is the charge noun ("including", or the comma before it); -1 if none.
 */
function listedAmongCharges(ctx: Ctx, k: number): number {
  if (ctx.words[k] !== 'including') return -1;
  const at = ctx.words[k - 1] === ',' ? k - 1 : k;
  return COUNTS.has(ctx.words[at - 1] ?? '') ? at : -1;
}

/**
 * "on a warrant tied to", "on two counts linked with": the preposition before a charge or
 * warrant that the participle before `k` (its own preposition) ties to the harm, found as a
 * list of charges' opening is; or -1.
 */
function chargeTiedTo(ctx: Ctx, k: number): number {
  if (!TYING.has(ctx.words[k - 1] ?? '') || !TIED_BY.has(ctx.words[k] ?? '') || !CHARGES_AND_WARRANTS.has(ctx.words[k - 2] ?? '')) return -1;
  return chargeListOpening(ctx, k - 1) ?? -1;
}

/** Participles that tie a charge to a harm, and their prepositions. */
const TYING: ReadonlySet<string> = new Set(['stemming', 'connected', 'related', 'linked', 'tied']);
const TIED_BY: ReadonlySet<string> = new Set(['from', 'to', 'with']);
const CHARGES_AND_WARRANTS: ReadonlySet<string> = new Set([...COUNTS, 'warrant', 'warrants']);

/**
 * The preposition opening a list of charges that the "," or "and" at `k` continues ("charged
 * with X, Y and", "on charges of X and"), past the earlier items' words, after an accusing word
 * or a charge ("jailed on", "charges of"); or null.
 */
function chargeListOpening(ctx: Ctx, k: number): number | null {
  for (let j = k - 1; j >= Math.max(0, k - MAX_CHARGE_LIST); j--) {
    const w = ctx.words[j] as string;
    if (ACCUSING_PREPOSITIONS.has(w) || w === 'on') {
      if (ACCUSED.has(ctx.words[j - 1] ?? '') || COUNTS.has(ctx.words[j - 1] ?? '')) return j;
      continue;
    }
    if (!(w === ',' || w === 'and' || /^(DT|JJ|NN|NNS|CD|HYPH|VBG|VBN)$/.test(ctx.tokens[j]?.tag ?? ''))) return null;
  }
  return null;
}

/** Words of the charges listed before a crime, at most. */
const MAX_CHARGE_LIST = 24;

/** A charge noun right after a harm, or after "and other" ("murder charges", "murder and other charges"). */
function chargeAfter(ctx: Ctx, end: number): boolean {
  const other = ctx.words[end] === 'and' && ctx.words[end + 1] === 'other' ? 2 : 0;
  return COUNTS.has(ctx.words[end + other] ?? '');
}

/** Verbs of an admission, before "to" and the harm admitted. */

/** The preposition of a sentence's reason, after any term: "sentenced to 12 years in jail for" → just after "sentenced". */
function pastSentenceTerm(ctx: Ctx, k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    if (SENTENCED.has(ctx.words[j] as string)) return j + 1;
    if (!SENTENCE_TERMS.has(ctx.words[j] as string) && ctx.tokens[j]?.tag !== 'CD') return k;
  }
  return k;
}

/** The accused of an active charge before the preposition at k: "charge [3 church leaders] with", "accused [the guards] of". */
function chargedObject(ctx: Ctx, k: number): Span | null {
  // (past a time after the object: "charged Murray on Saturday with", "arrested the man Friday for")
  // (or a term: "jails Ruritanian for 12 years for")
  const found = npEndingAt(ctx, beforeTimeAdjunct(ctx, beforeTerm(ctx, k - 1)));
  // (not with the verb the tagger read as a plural noun: "court convicts/NNS man of")
  const verbAt = found ? ctx.words.slice(found.start, found.head).findIndex((w) => ACTIVE_CHARGES.has(w)) : -1;
  const np = found && verbAt >= 0 ? { ...found, start: found.start + verbAt + 1 } : found;
  if (!np || !ACTIVE_CHARGES.has(ctx.words[np.start - 1] ?? '') || !CHARGE_PREPOSITION[ctx.words[np.start - 1] as string]?.includes(ctx.words[k] as string)) return null;
  // (people or a name: "was arrested the following day for murder", "around 4 p.m. Thursday in" have a time there, not an object)
  if (!isPeople(ctx, np, false) && !/^NNP/.test(ctx.tokens[np.head]?.tag ?? '')) return null;
  // (but a bare count is people: "Afghans arrest two over murder of activist")
  const words = ctx.words.slice(np.start, np.end);
  if (words.some((w) => TIME_WORDS.has(w) || CLOCK_WORDS.has(w)) && words.every((w, k) => TIME_WORDS.has(w) || CLOCK_WORDS.has(w) || /^(CD|DT)$/.test(ctx.tokens[np.start + k]?.tag ?? ''))) return null;
  // (no one in particular: "have not charged anyone in the shooting")
  if (np.end === np.start + 1 && INDEFINITE_PERSONS.has(ctx.words[np.start] as string)) return null;
  return spanOf(ctx, np.start, np.end);
}

/**
 * The index before a time adjunct that ends at `j` and follows a verb's object ("Murray on
 * Saturday", "the man Friday night"): a name of a day or a part of one, with "on" or "early"
 * before it; `j` itself when no such time ends there or nothing but it comes before.
 */
function beforeTimeAdjunct(ctx: Ctx, j: number): number {
  let k = j;
  while (k >= 0 && TIME_WORDS.has(ctx.words[k] as string) && !DEICTIC_TIMES.has(ctx.words[k] as string)) k--;
  if (k === j) return j;
  if (ctx.words[k] === 'on' || CLOCK_WORDS.has(ctx.words[k] as string)) k--;
  return /^(NN|PRP|CD)/.test(ctx.tokens[k]?.tag ?? '') ? k : j;
}
/** The index before a prison term that ends at `j` ("for 20 years", "for life"), or `j` when there is none. */
function beforeTerm(ctx: Ctx, j: number): number {
  let k = j;
  if (DURATIONS.has(ctx.words[k] as string) || ctx.words[k] === 'life') k--;
  while (k > j - 3 && ctx.tokens[k]?.tag === 'CD') k--;
  return ctx.words[k] === 'for' && (k < j - 1 || ctx.words[j] === 'life') ? k - 1 : j;
}

/** Time words that open a time with what follows ("last week", "this month"), passed over only with it. */
const DEICTIC_TIMES: ReadonlySet<string> = new Set(['last', 'this', 'then', 'now', 'time', 'end']);

const COUNT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'with', 'to', 'of']);
/** Words of a count before "count of": "an open", "one felony", "two". */
const MAX_COUNT_WORDS = 3;
/** Verbs of receiving a prison term: "gets nine years for", "given life over" (implied.ts: "gets 7 years"). */
export const RECEIVING_TERM: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'given', 'handed']);
const SENTENCED: ReadonlySet<string> = new Set(['sentenced', 'jailed', 'imprisoned', ...RECEIVING_TERM]);
const SENTENCE_TERMS: ReadonlySet<string> = new Set(['to', 'death', 'life', 'years', 'year', 'months', 'month', 'weeks', 'days', 'decades', 'in', 'prison', 'jail', 'behind', 'bars', 'for', 'up']);
/** Verbs of a charge, with the preposition that gives what the accused is charged with. */
const CHARGE_PREPOSITION: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  // "homicide investigators arrested Brandon Bell in connection to the shooting": an arrest's object too
  // ("court jails Ruritanian for torture": one jailed or sentenced for a harm is held to it)
  [['charge', 'with|over|in'], ['indict', 'on|for'], ['accuse', 'of'], ['convict', 'of'], ['prosecute', 'for'], ['arrest', 'for|over|in|after'], ['detain', 'for|over|in|after'], ['blame', 'for'], ['jail', 'for|over'], ['sentence', 'for|over'], ['imprison', 'for|over']].flatMap(([verb, preps]) =>
    [verb, `${verb}s`, `${(verb as string).replace(/e$/, '')}ed`, `${(verb as string).replace(/e$/, '')}ing`].map((form) => [form, (preps as string).split('|')]),
  ),
);
const ACTIVE_CHARGES: ReadonlySet<string> = new Set(Object.keys(CHARGE_PREPOSITION));

const ACCUSING_PREPOSITIONS = new Set(['of', 'with', 'for', 'over', 'in']);
/** Gerunds of doing or causing a harm named as their object: one accused of them is accused of the harm. */
const DOING_GERUNDS: ReadonlySet<string> = new Set(['wielding', 'using', 'ordering', 'committing', 'perpetrating', 'conducting', 'causing', 'inflicting', 'orchestrating', 'masterminding', 'planning', 'directing', 'leading']);
/** Participles of a charge or conviction: the harm they are over is one someone is held to account for. */
export const CHARGED: ReadonlySet<string> = new Set(['charged', 'indicted', 'convicted', 'prosecuted']);
// ("Man apologises for plane hijack": who apologises for a harm owns it)
const ACCUSED = new Set([...CHARGED, ...RECEIVING_TERM, 'blamed', 'apologises', 'apologised', 'apologizes', 'apologized', 'apologise', 'apologize', 'accused', 'guilty', 'suspected', 'wanted', 'jailed', 'sentenced', 'acquitted', 'cleared', 'arrested', 'booked', 'questioned', 'detained', 'held', 'remanded', 'bailed', 'tried', 'investigated', 'involved', 'implicated', 'complicit', 'responsible']);
/** States of custody, by the preposition before them: "in custody", "behind bars". */
const HELD_IN: Readonly<Record<string, string>> = { custody: 'in', bars: 'behind', jail: 'in', prison: 'in' };
/**
 * Where one answers for a harm, by the words that come before it: "stands trial for murder",
 * "on trial for", "faces court over a stabbing", "fronts court", "appears in court over",
 * "denied bail over a shooting" (the court's and the bail's words of Australian and British
 * headlines beside the trial's).
 */
const ANSWERING_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  trial: new Set(['stand', 'stands', 'stood', 'standing', 'on', ...FACING]),
  court: new Set([...FACING, ...wordForms('front~v'), ...wordForms('appear~v')]),
  bail: new Set(['denied', 'refused', 'granted']),
};

/**
 * The index of the last word before the subject of one answering for a harm at `k` ("trial",
 * "court", "bail": ANSWERING_IN), past "in" ("appears in court") and a headline's "to" ("man to
 * face trial"), or a headline's subject right before "in court"; -1 when the words before it
 * are not one's answering.
 */
function answeringBefore(ctx: Ctx, k: number): number {
  let j = k - 1;
  if (ctx.words[k] === 'court' && ctx.words[j] === 'in') j--;
  // "Driver in court over death of cyclist": a headline's subject in court, no verb between
  if (ctx.words[k] === 'court' && ctx.words[k - 1] === 'in' && /^NN/.test(ctx.tokens[j]?.tag ?? '') && isHeadline(ctx.tokens)) return j;
  if (!ANSWERING_IN[ctx.words[k] as string]?.has(ctx.words[j] ?? '')) return -1;
  return ctx.words[j - 1] === 'to' ? j - 2 : j - 1;
}
const VERDICT_VERBS = new Set(['found', 'pleaded', 'pleads', 'plead', 'pled']);

/**
 * How far a place is from the harm: the words between them, each clause opener among them
 * counting as a clause ("fires rockets at Israel after airstrike kills 3 in southern
 * Lebanon"); of two as near, the one after the harm ("killed in").
 */
function placeDistance(ctx: Ctx, m: PhraseMatch, event: HarmEvent): number {
  const [from, to] = m.start >= event.end ? [event.end, m.start] : [m.end, event.start];
  let distance = to - from + (m.start >= event.end ? 0 : 0.5);
  for (let k = from; k < to; k++) if (SUBORDINATE_OPENERS.has(ctx.words[k] as string) || CLAUSE_BREAKS.has(ctx.words[k] as string)) distance += CLAUSE_DISTANCE;
  return distance;
}

/** A clause between a place and the harm puts the place further than any word count within one. */
const CLAUSE_DISTANCE = 100;

/** The match at the least distance (the first of two as near). */
function nearest(matches: readonly PhraseMatch[], distance: (m: PhraseMatch) => number): PhraseMatch | undefined {
  return matches.reduce<PhraseMatch | undefined>((a, b) => (a === undefined || distance(b) < distance(a) ? b : a), undefined);
}

/**
 * "Palestinian death toll", "Israeli casualties": a group right before a noun for what
 * befell the victims names the victims, not a party (unlike "Israeli strikes").
 */
function victimOwnGroup(ctx: Ctx, m: PhraseMatch, victim: Range, event: HarmEvent): boolean {
  if (victim[0] >= 0 && m.end === victim[0] && ctx.words[m.end] === 'of') return true;
  // "five Israelis have been killed, including three soldiers": some of the victims, named after "including"
  if (includedAfter(ctx, m, victim, event)) return true;
  // "19 journalists had been killed, 15 of them Palestinian": what some of the victims are
  if (ctx.words[m.start - 2] === 'of' && (ctx.words[m.start - 1] === 'them' || ctx.words[m.start - 1] === 'whom')) return true;
  // before any noun of fate in the sentence, not only this event's: "palestinian death toll
  // ... while israel announces the death of another hostage"; not a force or a natural one,
  // which causes them: "sars deaths", "flood deaths" (the manual counts natural forces as parties)
  return m.value !== 'force' && m.value !== NATURAL && FATE_NOUNS.has(ctx.words[m.end] ?? '');
}

/** A party after "including" (past its count) right after the harm or its victims: those are victims too. */
function includedAfter(ctx: Ctx, m: PhraseMatch, victim: Range, event: HarmEvent): boolean {
  let p = m.start - 1;
  while (p >= 0 && /^(CD|DT|JJ|RB)/.test(ctx.tokens[p]?.tag ?? '')) p--;
  if (ctx.words[p] !== 'including') return false;
  const before = ctx.words[p - 1] === ',' ? p - 1 : p;
  return before === event.end || before === victim[1];
}

/** Nouns for what befell the victims, with no place for a doer. */
const FATE_NOUNS = new Set(['death', 'deaths', 'casualty', 'casualties', 'fatality', 'fatalities', 'injury', 'injuries', 'wounds', 'evacuation', 'evacuations', 'displacement', 'starvation', 'famine', 'suffering']);

/** "Israeli operation led to arrests", "Russian strike caused deaths": the party modifies the attack the harm came of. */
function modifiesResultingAttack(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  const isAttack = (k: number): boolean => {
    const cls = ctx.lexicon.causes.get(ctx.words[k] ?? '');
    return cls === 'attack' || cls === 'weapon';
  };
  let k = m.end;
  while (k < event.start && k < m.end + 3 && !isAttack(k) && /^(NN|JJ|HYPH|CD)/.test(ctx.tokens[k]?.tag ?? '')) k++;
  if (!isAttack(k) || !RESULTING.has(ctx.words[k + 1] ?? '')) return false;
  let v = k + 2;
  if (ctx.words[v] === 'to' || ctx.words[v] === 'in') v++;
  while (v < event.start && /^(DT|JJ|CD)/.test(ctx.tokens[v]?.tag ?? '')) v++;
  return v === event.start;
}

/** Verbs that make the harm after them the result of what comes before. */
const RESULTING = new Set(['led', 'leads', 'lead', 'resulted', 'results', 'caused', 'causes', 'triggered', 'sparked']);

/** Party `m` opens the with-phrase right after the cause, a fight ("clashes with the Israeli army", "a gunfight with militants"). */
function fightWith(ctx: Ctx, m: PhraseMatch, cause: Range): boolean {
  if (cause[0] < 0 || ctx.words[cause[1]] !== 'with' || !FIGHTS.has(ctx.words[cause[1] - 1] ?? '')) return false;
  let k = cause[1] + 1;
  while (k < m.start && /^(DT|JJ)/.test(ctx.tokens[k]?.tag ?? '')) k++;
  return k === m.start;
}

/** Nouns of a fight between two sides. */
const FIGHTS: ReadonlySet<string> = new Set(['firefight', 'firefights', 'gunfight', 'gunfights', 'clash', 'clashes', 'shootout', 'shootouts', 'battle', 'battles', 'fighting', 'exchange', 'confrontation', 'confrontations', 'skirmish', 'skirmishes']);
/**
 * Fights of sides, or of a crowd, that no one side does: "Afghan clashes", "Mexican jail riot",
 * "Nepal violence" say where (the dev coders name no party in 16 of 21 such texts with a
 * country or a people before them, stop 62).
 */
const LOCATED_FIGHTS: ReadonlySet<string> = new Set([...FIGHTS, 'riot', 'riots', 'unrest', 'violence']);

/** The party `m` is the subject of the verb right before "its" or "their" and the harm noun's modifiers. */
function ownsByPronoun(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  if (!/^NN/.test(ctx.tokens[event.end - 1]?.tag ?? '')) return false;
  let k = event.start - 1;
  while (k >= 0 && /^(JJ|NN|VBN|RB|HYPH)/.test(ctx.tokens[k]?.tag ?? '')) k--;
  if (!OWNING_PRONOUNS.has(ctx.words[k] ?? '') || !/^VB/.test(ctx.tokens[k - 1]?.tag ?? '')) return false;
  const subject = subjectOf(ctx, k - 1, 'doer');
  return subject !== null && m.start >= subject.start && m.end <= subject.end;
}

/** Possessive pronouns that may stand for a party: "its offensive", "their raids" (not "his", "her": a person's). */
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

function modifiesEvent(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  // (not before a toll, a count of the dead, whose modifier says where they died: "Haiti quake toll", "Congo massacre toll")
  if (m.end > event.start || ctx.words.slice(event.start, event.end).some((w) => TOLLS.has(w))) return false;
  for (let i = m.end; i < event.start; i++) {
    const tag = ctx.tokens[i]?.tag ?? '';
    // (a hyphen joining words, whatever the tagger made of it: "police-involved shooting")
    if (joiningHyphen(ctx, i)) continue;
    // "Israel's expanded offensive", "Israel's 10-day bombardment": participles and spans of time too,
    // and quotes around a modifier ("Israel's ‘total’ Gaza siege")
    if (!/^(NN|JJ|POS|HYPH|CD|VBN|``|'')/.test(tag) || ctx.lexicon.forces.has(ctx.words[i] as string)) return false;
  }
  return event.start - m.end <= 5;
}

/** Religions whose followers are of many peoples: after a people's name they do not say which (victimGroupOf). */
const WORLD_RELIGIONS: ReadonlySet<string> = new Set(['muslim', 'christian', 'jewish']);

/**
 * `party`: the party held responsible, whose name is no place of the victims ("Israel strike
 * kills 5"); `pronoun`: the pronoun that first named the victims, when event.victim is the phrase
 * it stands for.
 */
export function victimGroupOf(ctx: Ctx, event: HarmEvent, party: Span | null = null, pronoun: Span | null = null): VictimGroup {
  const g = loadGroups();
  // the victims' words with their post-modifier ("52 people belonging to the Alawite minority")
  const [vs, ve] = rangeOf(ctx, event.victimExtent ?? event.victim);
  // victims of two peoples: no nationality, and none by place either
  let mixed = false;
  const nationalityIn = (from: number, to: number): string | null => {
    const found = [...matchAll(g.demonyms, ctx.words, from, to), ...matchAll(g.organisations, ctx.words, from, to)]
      .filter((x) => x.value !== 'unstated' && !isStance(ctx, x.start) && !isPronounUs(ctx, x) && !givenName(ctx, x)).sort((a, b) => a.start - b.start);
    // "British-Israeli hostage", "Palestinian American doctor": the last of a compound is its head
    let i = 0;
    while (i + 1 < found.length && joined(ctx, found[i] as PhraseMatch, found[i + 1] as PhraseMatch)) i++;
    // "Rohingya Muslims", "Uyghur Muslims", "Palestinian Christians": a world religion after the
    // people's own name is the wider group; the name before it says which people
    if (i > 0 && WORLD_RELIGIONS.has(found[i]?.value ?? '')) i--;
    // "700 Israelis and 413 Palestinians": victims of two peoples are of neither alone
    let k = i + 1;
    while (k + 1 < found.length && joined(ctx, found[k] as PhraseMatch, found[k + 1] as PhraseMatch)) k++;
    if (k < found.length && found[k]?.value !== found[i]?.value && !WORLD_RELIGIONS.has(found[k]?.value ?? '') && ctx.words.slice(found[i]?.end, found[k]?.start).includes('and')) {
      mixed = true;
      return null;
    }
    return found[i]?.value ?? null;
  };
  let role: string | null = null;
  // "1,300 civilians and soldiers": soldiers among residents, who are placed as residents are
  let withCivilians = false;
  if (vs >= 0) {
    // not a possessor's ("Al Jazeera journalist's father": a father, not a journalist)
    // (the victim spans that are themselves a genitive keep it: "the councilwoman's murder")
    // (nor an of-phrase after kin: "Family of Al Jazeera Arabic correspondent" are not journalists;
    // but in an abduction it names those held: "families of hostages taken by Hamas")
    const kin = event.harm === 'abduction' ? null : kinOf(ctx, vs, ve);
    // (not in a tail after "against": "A Crusader Against Police Violence" is no police officer)
    const matches = matchAll(g.roles, ctx.words, vs, kin ?? includingEnd(ctx, againstTail(ctx, vs, ve))).filter((m) => !(POSSESSIVE_CLITICS.has(ctx.words[m.end] ?? '') && m.end + 1 < ve));
    const roles = [...matches.map((m) => m.value), ...singledOut(ctx, Math.min(ve, event.end), event.end)];
    role = g.roleOrder.find((r) => roles.includes(r)) ?? null;
    withCivilians = roles.includes('civilian');
    // "his wife, son and daughter": women with men are not all women
    if (role === 'woman' && ctx.words.slice(vs, ve).some((w) => ctx.lexicon.lists.get('male-persons')?.has(w) === true)) role = 'civilian';
    // "Israeli airstrikes killed two people", "clashes killed sixty people": "people" amid
    // war-making may have been fighters too, where the manual's civilians are people clearly not
    // combatants (data/harm/wordlists.yml, warfare); not at a civilian place ("people waiting for aid")
    if (role === 'civilian' && matches.every((m) => GENERIC_PEOPLE.has(ctx.words[m.start] as string)) && WARLIKE_HARMS.has(event.harm) && (amidWarfare(ctx) || statesViolenceInProse(ctx, event)) && !atCivilianPlace(ctx)) role = null;
    // "Police arrest 12 people", "driver jailed for two years": someone arrested or jailed is held as
    // a suspect, and a word for anyone gives no role (the dev coders left 39 of the 50 such people
    // and drivers without one and called 5 civilians, stop 72); a word of their own still does ("student")
    if (role === 'civilian' && event.harm === 'arrest' && matches.length > 0 && matches.every((m) => ANYONE.has(ctx.words[m.start] as string))) role = null;
    if ((role === null || role === 'official') && armedMembers(ctx, vs, ve)) role = 'militant';
    // "held hostage", "took four engineers hostage": the harm's own words give the role (but those
    // its kidnappers hold are hostages, not kidnappers: "American's captors")
    if (role === null) role = event.doers ? 'hostage' : (matchAll(g.roles, ctx.words, event.start, event.end)[0]?.value ?? null);
    // "Man punches 5-year-old": an age under 18 names a child
    // (an age under 18 outranks the words for women and civilians: "his 14-year-old sister", "a
    // 16-year-old student"; not another's age in an of-phrase: "the mother of a 5-year-old")
    const ageDecides = role === null || ((role === 'woman' || role === 'civilian') && !ctx.words.slice(vs, ve).includes('of'));
    if (ageDecides && (childByAge(ctx, vs, ve) || minorsAfter(ctx, ve))) role = 'child';
    // "the DJ assaulted her", "the 33-year-old ... told authorities she had been shot"
    const namedBy = pronoun ?? event.victim;
    if (role === null && namedBy && isFemalePronoun(ctx, namedBy)) role = 'woman';
    // "death of Iraqi in custody", "abuse of Palestinians in shadowy detention center"
    if (role === null && heldInCustody(ctx, event, ve)) role = 'prisoner';
  }
  // "Sixteen arrested over Gaza protest", "Protest sees 16 arrested": those arrested at a
  // protest are its protesters, when the text names them by number only; not "arrested after
  // a protest", which does not say who
  if (role === null && event.harm === 'arrest' && ctx.words.some((w, i) => PROTESTS.has(w) && !afterTheProtest(ctx, i))) role = 'protester';
  let nationality = vs >= 0 ? nationalityIn(vs, ve) : null;
  // "Palestinian death toll", "Israeli casualties": the group just before a noun of fate
  if (!nationality && FATE_NOUNS.has(ctx.words[event.start] as string)) nationality = nationalityIn(Math.max(0, event.start - 2), event.start);
  // "Gaza death toll", "killed in Rafah": residents of a place the harm is placed in; not for
  // an attack with no victims named, nor for hostages and soldiers, who are seldom residents
  // (not for people the text calls foreign: "1 foreign worker killed in missile attack on northern Israel")
  const foreign = vs >= 0 && ctx.words.slice(vs, ve).some((w, k) => FOREIGN.has(w) && !FOREIGN_OFFICES.has(ctx.words[vs + k + 1] ?? ''));
  if (!nationality && !mixed && !foreign && (vs >= 0 || countsTheDead(ctx, event)) && role !== 'hostage' && (role !== 'soldier' || withCivilians)) {
    // the place nearest the harm, not the doer ("Israel kills PIJ leader in West Bank") nor
    // one of another clause ("fires rockets at Israel after ... kills 3 in southern Lebanon");
    // aid workers and journalists come from elsewhere, unless the place is in their own words
    // ("Gaza journalists", not "aid workers killed in Gaza")
    const agent = rangeOf(ctx, event.agent);
    // (but a natural force's place is where it struck: "Peru quake victims" are Peruvians)
    const responsible = naturalForceSpan(ctx, party) ? rangeOf(ctx, null) : rangeOf(ctx, party);
    const visitors = role === 'aid_worker' || role === 'journalist';
    // (not half of a compound: "the Israel-Palestine conflict" places no one)
    const places = matchAll(g.places, ctx.words).filter((m) => (placesHarm(ctx, m, event) || ownsVictims(ctx, m, [vs, ve])) && !inside(m.start, agent) && !inside(m.start, responsible) && (!visitors || inside(m.start, [vs, ve])) && !inCompound(ctx, m) && !namesAnotherPlace(ctx, m));
    const territories = matchAll(g.territories, ctx.words).filter((m) => (afterPlacing(ctx, m) || attackedPlace(ctx, m) || ownsVictims(ctx, m, [vs, ve])) && !inside(m.start, agent) && !inside(m.start, responsible) && !inCompound(ctx, m) && !namesAnotherPlace(ctx, m));
    // ("kills seven in Afghan provincial capital", "in an Iraqi town": a people's word before a
    // settlement's noun places the harm in their country; so does one before a point of the
    // compass, "in Ruritanian south": the dev coders gave the people to 37 of 50 texts, stop 76)
    const peoplesPlaces = matchAll(g.demonyms, ctx.words).filter((m) => settlementAfter(ctx, m.end, true) && afterPlacing(ctx, m) && !visitors && !inside(m.start, agent) && !inside(m.start, responsible));
    const distance = (m: PhraseMatch): number => placeDistance(ctx, m, event);
    nationality = nearest(places, distance)?.value ?? nearest(territories, distance)?.value ?? nearest(peoplesPlaces, distance)?.value ?? null;
  }
  // "At least 20 killed as they waited for aid", "38 killed in church attack": people named only
  // by number where they are clearly not combatants are civilians
  if (role === null && vs >= 0 && event.harm !== 'arrest' && countedOnly(ctx, vs, ve) && atCivilianPlace(ctx)) role = 'civilian';
  // "Two soldiers killed in southern Gaza, Israel Defense Forces says": a force reports its own losses
  if (!nationality && vs >= 0 && (role === 'soldier' || role === 'police')) nationality = reportingSide(ctx, [vs, ve]);
  // (a state that arrests, jails or executes someone does not say whose they are: "Iran jails
  // activist" names no people. Until stop 74 the state's people were given; the dev coders gave
  // none or another to 132 of the 154 victims that rule decided)
  return { nationality, role };
}

/**
 * "Gaza death toll rises", "deaths in Rafah": a count of the dead is of the place's residents,
 * though no victim is named. Other harms that name no victims place no one: "genocide in Gaza",
 * "settler violence in the West Bank", "Israeli strikes on Rafah" (the dev coders gave a
 * people to 5 of 85 such texts, to 69 of 78 Gaza death tolls).
 */
function countsTheDead(ctx: Ctx, event: HarmEvent): boolean {
  return ctx.words.slice(event.start, event.end).some((w) => THE_DEAD_COUNTED.has(w));
}

const THE_DEAD_COUNTED: ReadonlySet<string> = new Set(['death', 'deaths', 'toll', 'tolls']);

/** Words for people that say nothing of who they were. */
const GENERIC_PEOPLE: ReadonlySet<string> = new Set(['people', 'person', 'persons']);
/** Words for anyone at all, with a driver, whom an arrest names by what they were doing. */
const ANYONE: ReadonlySet<string> = new Set([...GENERIC_PEOPLE, 'driver', 'drivers']);
/** Harms of violence that fighters suffer as well as civilians (not displacement, hunger or arrest). */
const WARLIKE_HARMS: ReadonlySet<string> = new Set(['killing', 'wounding', 'shooting', 'attack', 'violence']);

/** War-making in the sentence: a word of it or of armed forces (data/harm/wordlists.yml, warfare), or an armed group. */
function amidWarfare(ctx: Ctx): boolean {
  return ctx.words.some((_, i) => isListed(ctx, 'warfare', i)) || matchAll(loadGroups().armed, ctx.words).length > 0;
}

/**
 * Running text (not a headline) on violence that names a country, a territory or a people
 * ("Health officials in Yemen said at least 40 people had been killed"): a count of
 * "people" there may hold fighters, as amid war-making. The coders of news sentences gave such
 * "people" no role far more often than "civilian"; those of headlines and of crimes and
 * disasters with no state named, "civilian".
 */
function statesViolenceInProse(ctx: Ctx, event: HarmEvent): boolean {
  if (ctx.sentence.casing !== 'sentence' || isHeadline(ctx.tokens) || causeOfHarm(ctx, event) !== 'violence') return false;
  const g = loadGroups();
  return matchAll(g.countries, ctx.words).length > 0 || matchAll(g.territories, ctx.words).length > 0 || matchAll(g.demonyms, ctx.words).some((m) => !isPronounUs(ctx, m));
}

/** A place where those harmed are clearly not combatants (data/harm/wordlists.yml, civilian-places) named in the sentence. */
function atCivilianPlace(ctx: Ctx): boolean {
  return ctx.words.some((_, i) => isListed(ctx, 'civilian-places', i));
}

/** Victims named by a number or quantity alone: "At least 20", "dozens", "More than 100". */
function countedOnly(ctx: Ctx, vs: number, ve: number): boolean {
  for (let k = vs; k < ve; k++) {
    const w = ctx.words[k] as string;
    if (!(ctx.tokens[k]?.tag === 'CD' || NUMBER_WORDS.has(w) || QUANTIFIER_WORDS.has(w) || COUNT_HEDGES.has(w))) return false;
  }
  return true;
}

const COUNT_HEDGES: ReadonlySet<string> = new Set(['at', 'least', 'more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'up', 'to', 'another', 'of', 'the']);

const FOREIGN: ReadonlySet<string> = new Set(['foreign', 'foreigner', 'foreigners', 'expatriate', 'expatriates', 'expat', 'expats']);
/** "former foreign minister": an office, not a stranger. */
const FOREIGN_OFFICES: ReadonlySet<string> = new Set(['minister', 'ministers', 'ministry', 'secretary', 'affairs', 'office', 'policy', 'service']);

/** The nationality of a state's party that reports in the sentence (a speaker or a credited source), not one among the victims. */
function reportingSide(ctx: Ctx, victims: Range): string | null {
  const g = loadGroups();
  for (const m of partiesIn(ctx)) {
    // a state's: an armed group reports the losses it inflicts as often as its own ("Three soldiers killed, Hamas says")
    if (inside(m.start, victims) || !(verbAfter(ctx, m, 'reporting') || isCreditedSource(ctx, m)) || matchAll(g.armed, ctx.words, m.start, m.end).length > 0) continue;
    const named = [...matchAll(g.demonyms, ctx.words, m.start, m.end), ...matchAll(g.organisations, ctx.words, m.start, m.end), ...matchAll(g.countries, ctx.words, m.start, m.end)];
    const value = named.find((x) => x.value !== 'unstated')?.value;
    if (value) return value;
  }
  return null;
}

/**
 * "37-year-old Jordan Monteiro", "Chad Okafor": a country's name right before another name, in
 * running text, is a given name, not the victims' nationality (not before a word for people or
 * a group's own name: "Jordan soldiers", "Iran Guard").
 */
function givenName(ctx: Ctx, m: PhraseMatch): boolean {
  const next = ctx.tokens[m.end];
  // (a country's name, not a demonym: "Russian Major General Roman Kutuzov" is Russian)
  // (nor a town or region: "5 Hebron Hill shepherds")
  const country = (loadGroups().countries.byFirst.get(ctx.words[m.start] as string) ?? []).some((e) => e.words.length === 1);
  if (ctx.sentence.casing !== 'sentence' || m.end !== m.start + 1 || !country || ctx.words[m.start] === m.value || next?.tag !== 'NNP' || !/^\p{Lu}/u.test(ctx.tokens[m.start]?.text ?? '')) return false;
  const w = ctx.words[m.end] as string;
  const g = loadGroups();
  return !isPeopleWord(w) && ![g.demonyms, g.organisations, g.places].some((list) => list.byFirst.has(w));
}

const BABY_AGE_UNITS: ReadonlySet<string> = new Set(['month', 'months', 'week', 'weeks', 'day', 'days']);

/** An age under 18 among the victims' words: "5-year-old", "a 17-year-old" (the UN Convention on the Rights of the Child's child). */
function childByAge(ctx: Ctx, vs: number, ve: number): boolean {
  for (let k = vs; k + 2 < ve; k++) {
    // "six-year-old Wadea": an age in words too
    const years = CHILD_AGES.indexOf(ctx.words[k] as string) + 1 || Number(ctx.words[k]);
    // ("her 17-month-old brother": an age in months, weeks or days is a baby's)
    const young = (unit: string): boolean => (years < 18 && /^years?$/.test(unit)) || BABY_AGE_UNITS.has(unit);
    if (k + 4 < ve && ctx.tokens[k]?.tag === 'CD' && young(ctx.words[k + 2] ?? '') && ctx.words[k + 4] === 'old') return true;
    // (unhyphened: "15 year old student")
    if (ctx.tokens[k]?.tag === 'CD' && young(ctx.words[k + 1] ?? '') && ctx.words[k + 2] === 'old') return true;
  }
  // an age set off after a name: "Omar Haddad, 13,"
  for (let k = vs + 1; k < ve; k++) {
    if (ctx.words[k - 1] === ',' && ctx.tokens[k]?.tag === 'CD' && /^\d{1,2}$/.test(ctx.words[k] as string) && Number(ctx.words[k]) < 18 && (k + 1 === ve || ctx.words[k + 1] === ',')) return true;
  }
  return false;
}

/** "25 Palestinians under 18", "three teenagers aged 15", "people under the age of 18": an age after the victims that makes them minors. */
function minorsAfter(ctx: Ctx, ve: number): boolean {
  let k = ve;
  if (ctx.words[k] === 'under') {
    k++;
    if (ctx.words[k] === 'the' && ctx.words[k + 1] === 'age' && ctx.words[k + 2] === 'of') k += 3;
    return ctx.tokens[k]?.tag === 'CD' && Number(ctx.words[k]) <= 18;
  }
  return ctx.words[k] === 'aged' && ctx.tokens[k + 1]?.tag === 'CD' && Number(ctx.words[k + 1]) < 18;
}

/**
 * "death of Iraqi in custody", "deaths of Palestinians held in Israeli detention facilities":
 * victims whom the harm befalls in custody, detention, prison or jail are prisoners (the
 * manual's role). Not for an arrest or a sentence, whose custody is the harm itself
 * ("Suspect in custody", "sentenced to 28 years in prison").
 */
function heldInCustody(ctx: Ctx, event: HarmEvent, ve: number): boolean {
  if (event.harm === 'arrest' || SENTENCED.has(ctx.words[event.start] as string)) return false;
  let k = Math.max(ve, event.end);
  if (ctx.words[k] === 'held') k++;
  if (ctx.words[k] !== 'in' && ctx.words[k] !== 'inside') return false;
  for (let m = k + 1; m <= k + 4 && m < ctx.words.length; m++) {
    if (CUSTODY_PLACES.has(ctx.words[m] as string)) return true;
    if (!/^(DT|JJ|NNP|VBN)/.test(ctx.tokens[m]?.tag ?? '')) return false;
  }
  return false;
}

const CUSTODY_PLACES: ReadonlySet<string> = new Set(['custody', 'detention', 'prison', 'prisons', 'jail', 'jails']);

/** Ages under 18 in words, one to seventeen, in order. */
const CHILD_AGES: readonly string[] = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen'.split(' ');

/** "3 Palestinian Islamic Jihad members", "PIJ leader", "eight taliban": members of an armed group named before them, or the group counted. */
function armedMembers(ctx: Ctx, vs: number, ve: number): boolean {
  // "eight taliban", "dozens of Taliban", "troops kill Taliban": a group harmed, counted or not,
  // is its members (of the 11 dev victims this gave a role, the coders called 9 militants, stop 72)
  if (isArmedGroupName(ctx, ve - 1)) return true;
  return matchAll(loadGroups().armed, ctx.words, vs, ve).some((m) => {
    for (let k = m.end; k < ve && k <= m.end + 2; k++) if (MEMBERS.has(ctx.words[k] as string)) return true;
    return false;
  });
}

const MEMBERS = new Set(['member', 'members', 'leader', 'leaders', 'chief', 'chiefs', 'commander', 'commanders', 'head', 'operative', 'operatives', 'boss', 'bosses']);

const PROTESTS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'encampment', 'sit-in']);

/** "Pro-Russian paramilitary leader", "anti-Israel protesters": a side taken, not a nationality. */
function isStance(ctx: Ctx, start: number): boolean {
  return ctx.words[start - 1] === '-' && STANCE_PREFIXES.has(ctx.words[start - 2] ?? '');
}

const STANCE_PREFIXES = new Set(['pro', 'anti']);

/** Two group words written as one compound: "British-Israeli", "US-Israeli", "Palestinian American". */
function joined(ctx: Ctx, a: PhraseMatch, b: PhraseMatch): boolean {
  return b.start === a.end || (b.start === a.end + 1 && /^[-–]$/.test(ctx.words[a.end] ?? ''));
}

/** "arrested after Gaza war protest": the protest only dates the arrests. */
function afterTheProtest(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (ctx.tokens[k]?.tag === 'IN') return ['after', 'before', 'following', 'since'].includes(ctx.words[k] as string);
  }
  return false;
}

/** "11 Palestinians, including medical staff": the people the text singles out among the victims count for their role. */
function includingEnd(ctx: Ctx, end: number): number {
  let k = ctx.words[end] === ',' ? end + 1 : end;
  if (ctx.words[k] !== 'including') return end;
  k++;
  // (past a count's opener: "including at least 15 children")
  while (k < ctx.words.length && k < end + 8 && (/^(DT|JJ|CD|NN|CC|POS|PRP\$)/.test(ctx.tokens[k]?.tag ?? '') || COUNT_OPENERS.has(ctx.words[k] as string))) k++;
  return k;
}

const COUNT_OPENERS: ReadonlySet<string> = new Set(['at', 'least', 'more', 'than', 'about', 'around', 'nearly', 'almost', 'over', 'some']);

/**
 * Children or women the text singles out among the victims, after `from` (the victims' end, or
 * the harm's), who count for the role as those named after "including" right after the victims
 * do (the dev coders gave 42 of 56 such texts the role child):
 * - a share of them in an apposition after a comma or dash ("(about) half/most/many/N of them
 *   ..."): "More than 300 people, about half of them children, have died";
 * - a list after "including", set off by a comma or dash, anywhere after the harm in its sentence:
 *   "At least 90 people have been killed, including 12 children";
 * - what those harmed were, after "be" once the harm is told: "A third of those killed were children".
 * (Only those: "85 of them soldiers" leaves the rest unstated, and "of whom" opens a clause
 * about others: "17 are missing, several of whom are hostages".)
 */
function singledOut(ctx: Ctx, from: number, harmEnd: number): string[] {
  const rolesFrom = (k: number): string[] => matchAll(loadGroups().roles, ctx.words, k, Math.min(ctx.words.length, k + 8)).map((m) => m.value).filter((r) => SINGLED_OUT.has(r));
  for (let k = from; k < ctx.words.length - 1; k++) {
    const w = ctx.words[k] as string;
    if (w === 'of' && ctx.words[k + 1] === 'them') {
      const mark = Math.max(ctx.words.lastIndexOf(',', k), ctx.words.lastIndexOf('--', k), ctx.words.lastIndexOf('—', k));
      if (mark >= from && k - mark <= 4) return rolesFrom(k + 2);
    }
    // (not past another harm verb, whose list it is: "killing 1,000 and taking 150 hostages, including children")
    if (w === 'including' && k >= harmEnd && SET_OFF.has(ctx.words[k - 1] ?? '') && !anotherVerbBetween(ctx, harmEnd, k)) return rolesFrom(k + 1);
    // (the harm's own clause only, right after it: "killed at the hospital were women and children")
    if (BE_FORMS.has(w) && /^VB/.test(ctx.tokens[k]?.tag ?? '') && /^(NN|JJ|RB|DT)/.test(ctx.tokens[k + 1]?.tag ?? '') && k >= harmEnd && k - harmEnd <= 8 && !ctx.words.slice(harmEnd, k).includes(',')) {
      const roles = rolesFrom(k + 1);
      if (roles.length > 0) return roles;
    }
  }
  return [];
}

/** A harm verb (other than the one ending at `from`) between `from` and `to`. */
function anotherVerbBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ctx.verbs.has(j)) return true;
  return false;
}

/** What sets off a list or an apposition: "killed, including", "people -- including". */
const SET_OFF: ReadonlySet<string> = new Set([',', '--', '—', '–']);

const SINGLED_OUT: ReadonlySet<string> = new Set(['child', 'woman']);

/** The place is where the harm happened: after a placing preposition, or right before the harm noun ("Gaza death toll", "Gaza's"), not a label ("Gaza war:"). */
function placesHarm(ctx: Ctx, m: PhraseMatch, event: HarmEvent): boolean {
  const next = ctx.words[m.end] ?? '';
  if (next === 'war' || next === 'protest' || next === 'protests' || CAMPAIGNERS.has(next) || joiningHyphen(ctx, m.end) || joiningHyphen(ctx, m.start - 1) || ownsAttack(ctx, m)) return false;
  // "in Gaza", "in northern Gaza", "in Hamas-run Gaza"; "have fled Rafah": the place the harm words take as their object
  return afterPlacing(ctx, m) || attackedPlace(ctx, m) || m.start === event.end || m.end === event.start || next === "'s" || next === '’s' || (m.end + 1 === event.start && /^(NN|POS)/.test(ctx.tokens[m.end]?.tag ?? ''));
}

/**
 * A settlement's noun at k, past adjectives (wordlists.yml settlements): "provincial capital",
 * "town"; with `compass`, also a point of the compass, and past other peoples' names ("Muslim
 * Thai south", "restive south"). A listed noun the tagger read as a pronoun is one too ("mine/PRP").
 */
function settlementAfter(ctx: Ctx, k: number, compass = false): boolean {
  while (ctx.tokens[k]?.tag === 'JJ' || (compass && ctx.tokens[k]?.tag === 'NNP' && isWholeMatch(ctx, { start: k, end: k + 1, value: '' }, loadGroups().demonyms))) k++;
  if (compass && COMPASS_POINTS.has(ctx.words[k] ?? '')) return true;
  return isListed(ctx, 'settlements', k) && /^(NN|PRP$)/.test(ctx.tokens[k]?.tag ?? '');
}

/** "Russia pounds Kharkiv, killing six": a place that a harm verb right before it attacks. */
function attackedPlace(ctx: Ctx, m: PhraseMatch): boolean {
  return (ctx.lexicon.verbForms.get(ctx.words[m.start - 1] ?? '') ?? []).some((f) => f !== 'ing');
}

/**
 * "in India's Haridwar", "in the northeast Nigerian city of Maiduguri": after a placing
 * preposition, past modifiers (and quotes around one: "in ‘catastrophic’ Gaza building fire"),
 * and a country's genitive ("in Thailand's Muslim south").
 */
function afterPlacing(ctx: Ctx, m: PhraseMatch): boolean {
  let p = m.start - 1;
  while (p >= m.start - 6 && p >= 0 && (/^(JJ|NN|HYPH|VBN|VBG|DT|POS)/.test(ctx.tokens[p]?.tag ?? '') || QUOTE_MARKS.has(ctx.words[p] as string)) && !PLACING_PREPOSITIONS.has(ctx.words[p] as string)) p--;
  return PLACING_PREPOSITIONS.has(ctx.words[p] ?? '');
}

/**
 * "Argentina's former president", "India's biggest star": a country's possessive on the
 * victims' words; or a place named as their modifier ("Istanbul Mayor", "Ohio woman").
 */
function ownsVictims(ctx: Ctx, m: PhraseMatch, [vs, ve]: Range): boolean {
  if (m.start < vs || m.end >= ve) return false;
  // "NYPD arrests Gaza protesters", "Ukraine supporters beaten": a place before those who
  // campaign names their cause, not where they are from
  if (CAMPAIGNERS.has(ctx.words[m.end] ?? '') || givenName(ctx, m)) return false;
  // (an adjective between: "Iraq provincial police chief")
  return POSSESSIVE_CLITICS.has(ctx.words[m.end] ?? '') || /^(NN|JJ)/.test(ctx.tokens[m.end]?.tag ?? '');
}

/** The end of the victims' words before an "against" in them ("campaigner against police violence"), else `ve`. */
function againstTail(ctx: Ctx, vs: number, ve: number): number {
  const against = ctx.words.indexOf('against', vs);
  return against > vs && against < ve ? against : ve;
}

/** Where "of" follows a word for kin in the victims' words [vs, ve) ("Family of a correspondent", "wife of a soldier"), else null. */
function kinOf(ctx: Ctx, vs: number, ve: number): number | null {
  const of = ctx.words.indexOf('of', vs);
  if (of < 0 || of >= ve) return null;
  const kin = ctx.lexicon.lists.get('kin');
  for (let k = vs; k < of; k++) if (kin?.has(ctx.words[k] as string) || ctx.words[k] === 'relatives') return of;
  return null;
}

/** People named by the cause they campaign for: "Gaza protesters", "climate activists". */
const CAMPAIGNERS: ReadonlySet<string> = new Set(['protesters', 'protester', 'protestors', 'protestor', 'demonstrators', 'demonstrator', 'supporters', 'supporter', 'activists', 'activist', 'campaigners', 'campaigner', 'marchers', 'advocates']);

/**
 * "risks plunging the region into a conflict", "derailed the talks", "court overturns the
 * ruling": an accident's verb with an object right after it causes something to happen to it,
 * a sense that is no accident (a car plunges, a train derails, a bus overturns).
 */
function causesAsVerb(ctx: Ctx, i: number): boolean {
  return /^VB/.test(ctx.tokens[i]?.tag ?? '') && OBJECT_OPENER_TAGS.has(ctx.tokens[i + 1]?.tag ?? '') && !ctx.lexicon.causes.has(ctx.words[i + 2] ?? '');
}

/**
 * "accidental" or "accidentally" right before the harm's word (past other adverbs), not in quotes:
 * "may have 'accidentally' killed" is a claim. Or after it and its reflexive ("shot himself
 * accidentally", "was shot accidentally"), before the verb it is coordinated with ("accidentally
 * shoots and kills"), or before a gun's going off ("her rifle accidentally went off, injuring a cousin").
 */
function saidAccidental(ctx: Ctx, event: HarmEvent): boolean {
  const unquoted = (k: number): boolean => ACCIDENTAL.has(ctx.words[k] ?? '') && !QUOTE_MARKS.has(ctx.words[k + 1] ?? '') && !QUOTE_MARKS.has(ctx.words[k - 1] ?? '');
  let k = event.start - 1;
  while (k >= 0 && /^RB/.test(ctx.tokens[k]?.tag ?? '') && !ACCIDENTAL.has(ctx.words[k] as string)) k--;
  if (unquoted(k)) return true;
  let after = event.end;
  if (REFLEXIVES.has(ctx.words[after] ?? '')) after++;
  if (unquoted(after)) return true;
  if (ctx.words[event.start - 1] === 'and' && /^VB/.test(ctx.tokens[event.start - 2]?.tag ?? '') && unquoted(event.start - 3)) return true;
  return GUNSHOT_HARMS.has(event.harm) && ctx.words.some((w, i) => GUN_FIRING.has(w) && unquoted(i - 1));
}

/** Harms a gun going off does. */
const GUNSHOT_HARMS: ReadonlySet<string> = new Set(['shooting', 'wounding', 'killing']);

/** A gun's going off: "the gun accidentally fired", "accidentally discharged". */
const GUN_FIRING: ReadonlySet<string> = new Set(['fired', 'discharged', 'discharging', 'went']);

const ACCIDENTAL: ReadonlySet<string> = new Set(['accidental', 'accidentally']);

/**
 * "one dead after apartment fire", "Gaza building fire", "hospital fire", "ferry fire": "fire" after
 * the noun of what burned is a blaze, an accident (not after a weapon, a force, a gunner's vehicle,
 * people or a party: "rocket fire", "tank fire", "police fire", "sniper fire", "Hamas fire").
 */
function blazeNamed(ctx: Ctx): boolean {
  return ctx.words.some((_, i) => blazeAt(ctx, i));
}

/** Whether word i is "fire" as a blaze (blazeNamed), or "fires" raging or spreading ("as fires rage"). */
export function blazeAt(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i];
  if ((w !== 'fire' && w !== 'fires') || !/^NN/.test(ctx.tokens[i]?.tag ?? '')) return false;
  // ("island fire rages unchecked": what only a blaze does, whatever the tagger read the verb as)
  if (BLAZE_VERBS.has(ctx.words[i + 1] ?? '')) return true;
  // (a blaze's own noun, not a name's word: "Monterey Park Fire Department", "Birmingham Fire and Rescue";
  // a harm verb after it the tagger read as a plural is its verb: "plant fire kills/NNS one")
  if (w !== 'fire' || (/^NN/.test(ctx.tokens[i + 1]?.tag ?? '') && !ctx.lexicon.verbForms.has(ctx.words[i + 1] ?? ''))) return false;
  if (blazeAlone(ctx, i)) return true;
  if (!/^NN/.test(ctx.tokens[i - 1]?.tag ?? '')) return false;
  if (ctx.sentence.casing === 'sentence' && /^\p{Lu}/u.test(ctx.tokens[i]?.text ?? '')) return false;
  const before = ctx.words[i - 1] as string;
  const g = loadGroups();
  return (!ctx.lexicon.causes.has(before) || (ctx.lexicon.causes.get(before) === 'vehicle' && ctx.lexicon.lists.get('gunner-vehicles')?.has(before) !== true)) && !ctx.lexicon.forces.has(before) && !isPeopleWord(before) && ![g.demonyms, g.organisations, g.countries, g.armed].some((list) => list.byFirst.has(before));
}

/** Verbs of a blaze's spreading: "fire rages", "fires sweep through". */
const BLAZE_VERBS: ReadonlySet<string> = new Set(['rage', 'rages', 'raged', 'raging', 'spread', 'spreads', 'sweep', 'sweeps', 'swept']);

/**
 * "Fire kills 12 in furniture factory", "Deadly fire sweeps through mines", "ten killed in a
 * fire": "fire" with no noun before it, opening the sentence as its subject, after an adjective
 * of its size or its toll, or after "in", is a blaze (the dev coders: accidents); not "fire on
 * the crowd", "fire at police", which are shots.
 */
function blazeAlone(ctx: Ctx, i: number): boolean {
  const determiner = DETERMINER_TAGS.has(ctx.tokens[i - 1]?.tag ?? '');
  const opening = determiner ? i - 1 : i;
  // ("killed in a fire at a hostel": after "in", what follows places the blaze)
  if (ctx.words[opening - 1] === 'in') return true;
  if (SHOT_AT.has(ctx.words[i + 1] ?? '')) return false;
  return opening === 0 || BLAZE_SIZES.has(ctx.words[opening - 1] ?? '');
}

/** Prepositions after "fire" that say what it was aimed at: "fire on the crowd", "fire at police". */
const SHOT_AT: ReadonlySet<string> = new Set(['on', 'at', 'upon', 'into', 'toward', 'towards']);
/** Adjectives of a blaze's size or toll: "deadly fire", "massive fire". */
const BLAZE_SIZES: ReadonlySet<string> = new Set(['deadly', 'fatal', 'huge', 'massive', 'big', 'major', 'raging', 'devastating', 'overnight', 'early-morning']);

/**
 * "was wounded in an accidental shooting", "ruled an accidental death": the sentence names what
 * happened an accident, "accidental" before a noun (not in quotes, nor after "not").
 */
function accidentNamed(ctx: Ctx): boolean {
  return ctx.words.some((w, k) => {
    if (w !== 'accidental' || QUOTE_MARKS.has(ctx.words[k - 1] ?? '') || NEGATORS.has(ctx.words[k - 1] ?? '') || NEGATORS.has(ctx.words[k - 2] ?? '')) return false;
    let n = k + 1;
    while (ctx.tokens[n]?.tag === 'JJ') n++;
    return /^NN/.test(ctx.tokens[n]?.tag ?? '');
  });
}

/** The doer is an armed group or its fighters (groups.yml armed; roles militant: "gunmen", "jihadists"). */
function armedDoer(ctx: Ctx, event: HarmEvent): boolean {
  const [start, end] = rangeOf(ctx, event.agent);
  if (start < 0) return false;
  const g = loadGroups();
  return matchAll(g.armed, ctx.words, start, end).length > 0 || matchAll(g.roles, ctx.words, start, end).some((m) => m.value === 'militant');
}

/**
 * "died due to malnutrition", "Hunger kills 2 more babies", "starvation deaths", "dying due to
 * the lack of fuel", "died on hunger strike": a want of food, water or care named with the harm
 * (the manual's cause deprivation), within a few words of it.
 */
function deprivationNamed(ctx: Ctx, event: HarmEvent): boolean {
  // (deaths and injuries only: "bombardments, shelling, and shortages of fuel" are attacks beside a want)
  if (event.harm !== 'killing' && event.harm !== 'wounding') return false;
  for (let k = Math.max(0, event.start - 2); k < Math.min(ctx.words.length, event.end + 8); k++) {
    if (isListed(ctx, 'deprivation', k)) return true;
    if (isListed(ctx, 'want', k) && ctx.words[k + 1] === 'of' && isListed(ctx, 'want-of-care', k + 2)) return true;
  }
  return false;
}

/** The manual's cause of the harm: legal, deprivation, natural, accident, else violence. */
/** "road toll": the harm's own words name the road; "hurt in hit and run" (hyphened or not): the sentence names a hit-and-run. */
function trafficHarm(ctx: Ctx, event: HarmEvent): boolean {
  if (ctx.words.slice(event.start, event.end).includes('road')) return true;
  const words = ctx.words.filter((w) => w !== '-');
  // ("after hit run": a lower-case headline's, without "and")
  return words.some((w, i) => w === 'hit' && (words[i + 1] === 'run' || (words[i + 1] === 'and' && words[i + 2] === 'run')));
}

/**
 * "Elephant kills three", "woman gored by bison": an animal as the harm's doer (wordlists.yml
 * animals) is a force of nature, as the manual counts a storm; the dev coders give these the
 * cause `natural`.
 */
function animalDoer(ctx: Ctx, event: HarmEvent): boolean {
  const [start, end] = rangeOf(ctx, event.agent);
  // (not a force's animal: "Police dog bites suspect"; nor the Tamil Tigers, capitalised: "Tigers kill soldier")
  const rebels = ctx.words[end - 1] === 'tigers' && /^\p{Lu}/u.test(ctx.tokens[end - 1]?.text ?? '');
  return end > 0 && isListed(ctx, 'animals', end - 1) && !rebels && !ctx.words.slice(Math.max(start, 0), end - 1).some((w) => ctx.lexicon.forces.has(w));
}

/** "gas blast at coal mine kills 20", "blast kills 30 miners": a mine as a workplace (wordlists.yml mining; "mine" a noun), where an accident happens unless war is named. */
function miningHarm(ctx: Ctx): boolean {
  return ctx.words.some((_, i) => isMine(ctx, i));
}

function isMine(ctx: Ctx, i: number): boolean {
  if (!isListed(ctx, 'mining', i) || !/^NN/.test(ctx.tokens[i]?.tag ?? '')) return false;
  // (not a weapon's mark: "land mine", "anti-personnel mine", "unexploded mine"; nor "de-miners", who clear them)
  const before = ctx.words[i - 1] === '-' ? ctx.words[i - 2] : ctx.words[i - 1];
  return !WEAPON_MINES.has(before ?? '') && !(ctx.words[i - 2] === '-' && WEAPON_MINES.has(ctx.words[i - 3] ?? ''));
}

/** Words before "mine", or before the hyphen of its modifier ("anti-personnel"), that make it a weapon. */
const WEAPON_MINES: ReadonlySet<string> = new Set(['land', 'anti', 'sea', 'naval', 'unexploded', 'roadside', 'planted', 'limpet', 'de']);

/**
 * The natural force at `i` is a mine's: "mine flood", "flooded mine", "flooded Chinese mine", "flooding
 * in a mine" (not "avalanche buries mine road", where the force comes from outside).
 */
function nearMine(ctx: Ctx, i: number): boolean {
  if (isMine(ctx, i - 1) || isMine(ctx, i + 1) || (isMine(ctx, i + 2) && /^(JJ|NNP)/.test(ctx.tokens[i + 1]?.tag ?? ''))) return true;
  if (ctx.words[i + 1] !== 'in' && ctx.words[i + 1] !== 'at') return false;
  const at = pastArticle(ctx, i + 2);
  return isMine(ctx, at) || isMine(ctx, at + 1);
}

/** `k`, or the word after it when `k` is "a", "an" or "the". */
function pastArticle(ctx: Ctx, k: number): number {
  return DETERMINERS_A_THE.has(ctx.words[k] ?? '') ? k + 1 : k;
}

/**
 * An event of `events` with a word of the list `name` in the three words before it, or after its
 * "of", "at" or "in" (past an article): "school collapse kills 8", "roof collapses at a wedding
 * hall", "the collapse of a bridge" (structures); "gas blast", "explosion at a fireworks factory"
 * (industrial); or its participle before the word, past modifiers: "trapped under collapsed
 * Zendan building". Not "health system collapse", "man collapses" or a weapon's blast ("bomb blast at
 * a fuel depot"); war named is left to the caller.
 */
function listedBefore(ctx: Ctx, events: ReadonlySet<string>, name: string): boolean {
  return ctx.words.some((w, i) => {
    if (!events.has(w)) return false;
    let before = false;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const listed = isListed(ctx, name, k);
      // (not a weapon's: "bomb blast at a fuel depot"; a listed word that is also a weapon's is the list's: "gas blast")
      if (!listed && ctx.lexicon.causes.get(ctx.words[k] as string) === 'weapon') return false;
      if (listed && /^NN/.test(ctx.tokens[k]?.tag ?? '')) before = true;
    }
    if (before) return true;
    if (ctx.tokens[i]?.tag === 'VBN' || ctx.tokens[i]?.tag === 'JJ') {
      let k = i + 1;
      while (k < i + 3 && /^(JJ|NNP)$/.test(ctx.tokens[k]?.tag ?? '')) k++;
      if (isListed(ctx, name, k) && /^NN/.test(ctx.tokens[k]?.tag ?? '')) return true;
    }
    if (!EVENT_PLACES.has(ctx.words[i + 1] ?? '')) return false;
    const at = pastArticle(ctx, i + 2);
    // (past one modifier: "explosion at a fireworks factory", "collapse of a school building")
    return isListed(ctx, name, at) || (isListed(ctx, name, at + 1) && /^NN/.test(ctx.tokens[at + 1]?.tag ?? ''));
  });
}

const EVENT_PLACES: ReadonlySet<string> = new Set(['of', 'at', 'in']);
const DETERMINERS_A_THE: ReadonlySet<string> = new Set(['a', 'an', 'the']);

const COLLAPSES: ReadonlySet<string> = new Set(['collapse', 'collapses', 'collapsed', 'collapsing']);

export function causeOfHarm(ctx: Ctx, event: HarmEvent): HarmCause {
  // (an execution by a state, not by an armed group: "militants beheaded a priest" is violence)
  if (event.harm === 'arrest' || (event.harm === 'execution' && !armedDoer(ctx, event))) return 'legal';
  if (event.harm === 'starvation' || deprivationNamed(ctx, event)) return 'deprivation';
  const accident = ctx.lexicon.lists.get('accident');
  // ("road toll": the traffic dead, whose harm's own words name the road; "an accidental
  // shooting", "accidentally shot himself": the harm's own word says no one meant it)
  const accidentAt = (i: number): boolean => accident?.has(ctx.words[i] as string) === true && !causesAsVerb(ctx, i);
  const own = (i: number): boolean => i >= event.start && i < event.end;
  // (a fire on wild land is a natural force, whatever else the blaze words say: "forest fire kills three")
  if (ctx.words.some((_, i) => isWildfire(ctx, i)) && !amidWarfare(ctx)) return 'natural';
  if (ctx.words.some((_, i) => accidentAt(i) && !own(i)) || hitByVehicle(ctx) || trafficHarm(ctx, event) || saidAccidental(ctx, event) || accidentNamed(ctx) || blazeNamed(ctx)) return 'accident';
  // (a flood in a mine is the mine's, an accident: "mine flood", "flooded pit")
  if (ctx.words.some((_, i) => isNatural(ctx, i) && !nearMine(ctx, i)) || animalDoer(ctx, event)) return 'natural';
  if ((miningHarm(ctx) || listedBefore(ctx, COLLAPSES, 'structures') || listedBefore(ctx, BLASTS, 'industrial')) && !amidWarfare(ctx)) return 'accident';
  // ("tourist drowns off beach": the harm's own word names an accident, unless nature is named: "drowned as rainfall flooded the valley")
  if (ctx.words.some((_, i) => accidentAt(i) && own(i))) return 'accident';
  return 'violence';
}
