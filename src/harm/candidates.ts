// Harm words in a sentence and how each is read: as a verb or a noun (a word like "killing"
// or "arrests" can be either), or not at all — a participle before a noun describes people
// ("displaced families", "wounded soldiers") rather than reporting harm.

import type { HarmContext } from './context';
import { lexiconAllows } from '../nlp/tag-lexicon';
import type { HarmMatch } from './matcher';
import { LEGAL_NOUNS, PROCEEDINGS, beforeAdverbs, isAuxiliary, undergoneObject } from './clause';
import { HARMED_NOUNS, type Phrase, isArmedGroupName, isNounish, isPeople, npStartingAt } from './phrases';
import { loadGroups, matchAll } from './groups';
import { wordForms } from '../nlp/grammar/inflect';
import { normalizeWord } from '../lexicon/words';
import type { HarmEntry, VerbForm } from './types';
import type { Token } from '../types';
import { DETERMINER_TAGS, PUNCTUATION_TAGS } from '../nlp/grammar/tags';
import { isPeopleWord } from '../nlp/grammar/people';
import { isHeadline } from '../detectors/clause';
import { headAfterGenitive } from '../detectors/not-passive';
import { ASPECTUAL_VERBS, BE_FORMS, CAPTIVE_STATES, CAPTIVE_VERBS, COMPASS_POINTS, INCORPORATED_NOUNS, NUMBER_WORDS, OBJECT_PARTICLES, QUANTIFIER_OPENERS, QUANTIFIER_WORDS, QUOTE_MARKS, SAYING_FORMS, SUBORDINATORS, TIME_WORDS } from '../nlp/grammar/function-words';

export interface Candidate {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  entry: HarmEntry;
  /** Forms the first word can be, for a verb reading (empty for a noun). */
  forms: readonly VerbForm[];
  /** Further verb entries for the same words, tried in order when this one finds no event ("attack": people, then places). */
  fallbacks?: readonly HarmEntry[];
  /** A noun that the first words make on their own, tried last ("A shooting at a school": not "shoot at" a person). */
  nounPrefix?: { end: number; entry: HarmEntry };
  /** A verb that the first words make on their own, tried after this one ("Two shot at checkpoint": not "shoot at" a place). */
  verbPrefix?: { end: number; entry: HarmEntry };
}

type Ctx = Omit<HarmContext, 'verbs'>;

/** What may stand before a participle that modifies the noun after it: "the displaced
 * families", "among detained journalists", "frees detained Palestinians"; an -ing form only
 * after a determiner or adjective ("the starving children"), else it is a verb ("of torturing
 * detainees", ", shooting residents"). */
// (after a headline's label and colon the phrase opens a sentence: "Photos: Wounded patients left at hospital")
const BEFORE_PRENOMINAL_PAST = /^(DT|PRP\$|POS|JJ|CD|IN|TO|VB|,|``|:)/;
const BEFORE_PRENOMINAL_ING = /^(DT|PRP\$|POS|JJ|:)/;

/** Nouns for those suspected of a harm, which an -ing before them names: "the shooting suspect". */
const SUSPECTS: ReadonlySet<string> = new Set(['suspect', 'suspects']);

export function readCandidates(ctx: Ctx, matches: readonly HarmMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (let m of matches) {
    const verb = m.entries.find((e) => e.pos === 'verb');
    const noun = m.entries.find((e) => e.pos === 'noun');
    // "Sexually Assaulted": a wording led by an adverb is read from its verb, which the voice
    // and the verb group are found from (the adverb is left out of the event's words)
    if (verb && !noun && !m.shorter && adverbLed(ctx, m)) m = { ...m, start: m.start + 1 };
    // "Tear-Gassed": a hyphened compound's form is its last word's
    const formWord = ctx.words[m.start + 1] === '-' && m.end - m.start === 3 ? m.end - 1 : m.start;
    const forms = ctx.lexicon.verbForms.get(ctx.words[formWord] as string) ?? ctx.lexicon.bodyPartVerbForms.get(ctx.words[formWord] as string) ?? ['base'];
    // (a verb that harms only a part of the body is no verb here without one: "fractures" a noun then)
    const verbHere = verb?.victim === 'body-part' && !bodyPartNear(ctx, m.start, m.end) ? undefined : verb;
    const reading = verbHere && noun ? (readsAsNoun(ctx, m.start, m.end) && !surePassive(ctx, formWord) ? noun : verbHere) : (verbHere ?? noun);
    if (!reading) continue;
    if (reading.pos === 'noun') {
      // "Protesters clash with police": a noun-only word used as a verb after its subject
      if (!verbHere && /^VB[PZD]?$/.test(ctx.tokens[m.start]?.tag ?? '') && isNounish(ctx, m.start - 1)) continue;
      out.push({ start: m.start, end: m.end, entry: reading, forms: [] });
      continue;
    }
    const prefixNoun = m.shorter?.entries.find((e) => e.pos === 'noun');
    // (read as a verb only for the object it shares, it is still a noun when no verb reading finds an event)
    // ("started shooting into a home": after a verb of beginning the -ing is read as a verb first, its noun kept for when no person is shot)
    const begun = ASPECTUAL_VERBS.has(ctx.words[m.start - 1] ?? '');
    const nounPrefix = m.shorter && prefixNoun && (readsAsNoun(ctx, m.start, m.shorter.end) || begun) ? { end: m.shorter.end, entry: prefixNoun } : noun && (sharesObjectAfter(ctx, m.end) || begun) ? { end: m.end, entry: noun } : null;
    // ("bombing suspects", a headline's "Murder suspect appears": a word before those suspected of
    // it is a noun, no verb with an object)
    // (where a noun phrase opens: not "Iran arrests suspects")
    const ing = /ing$/.test(ctx.words[m.start] as string);
    // (or after a name, which a plain form cannot agree with: "Ruritania murder suspects", not "Iran arrests suspects")
    const nounOfSuspects = !ing && noun !== undefined && SUSPECTS.has(ctx.words[m.end] ?? '') && (m.start === 0 || /^(DT|JJ|VBN|POS|PRP\$|IN|CD|,)$/.test(ctx.tokens[m.start - 1]?.tag ?? '') || (ctx.tokens[m.start - 1]?.tag === 'NNP' && !/s$/.test(ctx.words[m.end - 1] as string)));
    const suspected = nounOfSuspects || (ing && SUSPECTS.has(ctx.words[m.end] ?? ''));
    if (reading.frame !== 'state' && (compoundTail(ctx, m) || suspected || !isVerbHere(ctx, formWord, m.end, forms)) && !surePassive(ctx, formWord)) {
      const asNoun = nounPrefix ?? (nounOfSuspects && noun ? { end: m.end, entry: noun } : null);
      if (asNoun) out.push({ start: m.start, end: asNoun.end, entry: asNoun.entry, forms: [] });
      continue;
    }
    const fallbacks = m.entries.filter((e) => e.pos === 'verb' && e !== reading);
    const prefixVerb = m.shorter?.entries.find((e) => e.pos === 'verb');
    const verbPrefix = m.shorter && prefixVerb ? { end: m.shorter.end, entry: prefixVerb } : null;
    out.push({ start: m.start, end: m.end, entry: reading, forms, ...(fallbacks.length ? { fallbacks } : {}), ...(nounPrefix ? { nounPrefix } : {}), ...(verbPrefix ? { verbPrefix } : {}) });
  }
  return out;
}

/**
 * "Alt-Left Extremists", "Far-Left Activists": a word that ends a hyphened compound before a
 * noun is the compound's, no verb (not a noun incorporated into a verb: "gang-raped").
 */
function compoundTail(ctx: Ctx, m: HarmMatch): boolean {
  return ctx.tokens[m.start - 1]?.tag === 'HYPH' && /^NN/.test(ctx.tokens[m.end]?.tag ?? '') && !INCORPORATED_NOUNS.has(ctx.words[m.start - 2] ?? '');
}

/** "one" as a count of people at `i`: not before "of", an adjective or a noun ("one of them", "one day", "one man" are other phrases). */
function countedOne(ctx: Ctx, i: number): boolean {
  return ctx.words[i] === 'one' && ctx.words[i + 1] !== 'of' && !/^(NN|JJ)/.test(ctx.tokens[i + 1]?.tag ?? '');
}

/**
 * "a brawl during which both were shot was filmed": a participle the passive detector's rules
 * are sure of (after "were") is a verb, though the tagger read it as a noun before the next verb.
 */
function surePassive(ctx: Ctx, i: number): boolean {
  return ctx.passives.get(i)?.rule.startsWith('passive/must/') === true;
}

/** A wording whose first word is an adverb before its verb ("sexually assaulted"). */
function adverbLed(ctx: Ctx, m: HarmMatch): boolean {
  return m.end - m.start > 1 && /^RB/.test(ctx.tokens[m.start]?.tag ?? '') && ctx.lexicon.verbForms.has(ctx.words[m.start + 1] as string);
}

/** How far from a verb the part of the body it harms may stand: "cut the young man's face", "his arm was broken". */
const BODY_PART_REACH = 5;

/**
 * Does a part of the body (wordlists.yml body-parts) stand within BODY_PART_REACH words of the
 * verb over [start, end), its object after it or a passive's subject before it? A verb that
 * harms only one (verbs.yml maim-body-part: "cut", "break") is no harm word without it: "cuts
 * troops", "dam breaks" are read as if the verb were not in the lexicon.
 */
function bodyPartNear(ctx: Ctx, start: number, end: number): boolean {
  const parts = ctx.lexicon.lists.get('body-parts');
  for (let k = Math.max(0, start - BODY_PART_REACH); k < Math.min(ctx.words.length, end + BODY_PART_REACH); k++) if (parts?.has(ctx.words[k] as string) === true) return true;
  return false;
}

/**
 * Past participles of harm verbs that only describe the people after them ("displaced
 * Palestinians", "detained journalists", "slain workers"): no event while another harm word
 * reports one, but the only sign of harm when none does (the manual's device `other`).
 */
export function prenominalParticiples(ctx: Ctx, matches: readonly HarmMatch[]): Array<Candidate & { people: Phrase }> {
  const out: Array<Candidate & { people: Phrase }> = [];
  for (const m of matches) {
    const verb = m.entries.find((e) => e.pos === 'verb');
    const forms = ctx.lexicon.verbForms.get(ctx.words[m.start] as string) ?? [];
    // past participles, and the -ing of a verb its victims can do alone ("starving children", "dying patients")
    const participle = forms.includes('past') || (forms.includes('ing') && (verb?.frame === 'both' || verb?.frame === 'intransitive'));
    // (not a verb whose object are the dead: "a lost fisherman" is missing, not harmed)
    // (nor one whose harm its result names: "left" is "left dead", not "far-left activists")
    // (nor one that harms a part of the body: "fractured families", "a broken promise")
    if (!verb || verb.frame === 'state' || verb.frame === 'bereaved' || verb.frame === 'result' || verb.victim === 'body-part' || m.end - m.start !== 1 || !participle) continue;
    if (isVerbHere(ctx, m.start, m.end, forms)) continue;
    // "killed and injured Palestinians": the people after both participles
    const coordinated = ctx.tokens[m.end]?.tag === 'CC' && /^(VBN|JJ)$/.test(ctx.tokens[m.end + 1]?.tag ?? '');
    const people = npStartingAt(ctx, coordinated ? m.end + 2 : m.end);
    if (!people || !isPeople(ctx, people, true)) continue;
    out.push({ start: m.start, end: m.end, entry: verb, forms, people });
  }
  return out;
}

/** "the killing of", "Mass arrests", "the arrest": a noun; "killing two", "arrests 40": a verb. */
function readsAsNoun(ctx: Ctx, start: number, end: number): boolean {
  // 'a "minor" shooting': past a quoted modifier to the word before it
  const prev = ctx.tokens[beforeQuotedModifier(ctx, start - 1)];
  const next = ctx.tokens[end];
  if (ctx.words[end] === 'of') return true;
  if (prev && (DETERMINER_TAGS.has(prev.tag) || prev.tag === 'JJ')) return true;
  // "a drive-by shooting that was reported": a compound ending in "-by" is a modifier, not a preposition before a gerund
  if (ctx.words[start - 1] === 'by' && (ctx.tokens[start - 2]?.tag === 'HYPH' || ctx.words[start - 2] === '-')) return true;
  if (/ing$/.test(ctx.words[start] as string)) {
    // "began shooting", "started firing, then drove off": the -ing complement of a verb of beginning is a verb
    if (ASPECTUAL_VERBS.has(ctx.words[start - 1] ?? '')) return false;
    // "four shooting victims", "stabbing victim recovering", "school shooting survivors": before
    // the noun for those it befell, the -ing makes a compound with it (not after a word for its
    // doers: "Gunmen shooting victims"); so too before those suspected of it ("bombing suspects")
    if ((HARMED_NOUNS.has(ctx.words[end] ?? '') || SUSPECTS.has(ctx.words[end] ?? '')) && (!prev || prev.tag === 'CD' || (/^(JJ|DT|NN)/.test(prev.tag) && !isPeopleWord(ctx.words[start - 1] ?? '')))) return true;
    // "in a shooting attack", "a killing spree": a bare singular noun after it makes a compound;
    // "arrested after stabbing at school": with no object it names the event
    // but "accused of beating inmate": a person after it is its object
    // ("Kidnapping Cases", "murder and shooting charges": a plural of the law's nouns too)
    // (not a count the tagger read as a noun: "after killing one/NN in Perth")
    if (!next || (next.tag === 'NN' && !ctx.lexicon.people.has(ctx.words[end] as string) && !countedOne(ctx, end)) || ctx.lexicon.causes.has(ctx.words[end] as string) || LEGAL_PLURALS.has(ctx.words[end] as string)) return true;
    // "as Shooting Began": in Title Case a verb after the -ing reads as a name; the -ing is its subject
    if (ctx.sentence.casing !== 'sentence' && next.tag === 'NNP' && finiteVerbOnly(ctx.words[end] as string)) return true;
    // "the army is killing masses of civilians": after a form of "be", with an object, the
    // progressive of the verb
    if (isAuxiliary(ctx.words[start - 1] ?? '') && BE_FORMS.has(ctx.words[start - 1] as string) && startsObject(ctx, end)) return false;
    // "inquiry into Shireen Abu Akleh killing draws condemnation", "Police killing sparks
    // protests": a plural the lexicon also knows as a present verb, and no word for people, is
    // that verb, with the -ing as its subject
    if (next.tag === 'NNS' && lexiconAllows(ctx.words[end] as string, 'VBZ') && !ctx.lexicon.people.has(ctx.words[end] as string) && ctx.tokens[end + 1] && !PUNCTUATION_TAGS.has(ctx.tokens[end + 1]?.tag ?? '')) return true;
    if (sharesObjectAfter(ctx, end)) return false;
    return !startsObject(ctx, end);
  }
  // "suffered gunshot wounds when a pistol went off": the object of a verb of suffering, which the tagger may read as a verb (wounds/VBZ)
  if (/^VB/.test(ctx.tokens[start]?.tag ?? '') && undergoneObject(ctx, start)) return true;
  // "Acid Attack Victim", "rape survivors": a harm word before the noun for those it befell names their harm
  if (HARMED_NOUNS.has(ctx.words[end] ?? '')) return true;
  // "man to face murder trial", "appeal against murder conviction": before a noun of the law the
  // harm word names the crime tried, not a verb with an object
  // ("murder inquiry", "abuse allegations", "murder weapon": so before a noun of the proceedings over a crime, or the crime's weapon)
  if ((LEGAL_NOUNS.has(ctx.words[end] ?? '') || PROCEEDINGS.has(ctx.words[end] ?? '')) && !/^VB/.test(ctx.tokens[start]?.tag ?? '')) return true;
  // "wreath laid at massacre site", "anger at a massacre remark", "torture tapes":
  // before a noun for where it was done, what records it or who speaks of it, the harm word
  // names a harm done (the tagger reads "massacre" as a verb with "site" its object)
  if (HARM_RECORDS.has(ctx.words[end] ?? '') && !isPeopleWord(ctx.words[start - 1] ?? '')) return true;
  // "the My Lai Massacre": in running text, a capitalised harm word after a name ends the name of an event
  if (ctx.sentence.casing === 'sentence' && /^\p{Lu}/u.test(ctx.tokens[start]?.text ?? '') && /^NNP/.test(prev?.tag ?? '')) return true;
  if (next && startsObject(ctx, end) && !/^VB/.test(next.tag)) return false;
  return !/^VB/.test(ctx.tokens[start]?.tag ?? '');
}

/**
 * "raided the village, killing and abducting dozens": an -ing joined to another -ing with an
 * object shares that object, so it is a verb ("the killing and wounding of", with its
 * determiner, is a noun before this is asked).
 */
function sharesObjectAfter(ctx: Ctx, end: number): boolean {
  return (ctx.words[end] === 'and' || ctx.words[end] === 'or') && /ing$/.test(ctx.words[end + 1] ?? '') && startsObject(ctx, end + 2);
}

/** The index before a quoted word or two ending at `k` ('a "minor" shooting': the "a"), else `k`. */
function beforeQuotedModifier(ctx: Ctx, k: number): number {
  if (!QUOTE_MARKS.has(ctx.words[k] ?? '')) return k;
  for (let open = k - 2; open >= k - 3 && open >= 0; open--) if (QUOTE_MARKS.has(ctx.words[open] ?? '')) return open - 1;
  return k;
}

/**
 * Nouns for the place of a harm, what records it or who speaks of it; a harm word before one
 * names a harm done (the dev coders marked 27 of the 29 dev texts with such a compound harm:
 * "massacre denial", "torture complaint", "abuse footage"). Not "report", as often a study of a
 * kind of harm (2 of the 5 dev texts it would add were no harm), nor "memorial" (0 of 1), nor
 * "claim" or "plot", which may be of a harm not done.
 */
const HARM_RECORDS: ReadonlySet<string> = new Set([
  'site', 'sites', 'remark', 'remarks', 'denial', 'denials', 'anniversary', 'anniversaries', 'tape', 'tapes', 'video', 'videos', 'footage',
  'accuser', 'accusers', 'complaint', 'complaints', 'critics', 'questions', 'impunity', 'hunt', 'rate', 'rates',
]);

/** Plural nouns of the law that a harm's -ing names the kind of: "kidnapping cases", "shooting charges". */
const LEGAL_PLURALS: ReadonlySet<string> = new Set(['cases', 'charges', 'counts', 'incidents', 'allegations', 'trials', 'probes', 'investigations', 'inquiries']);

/** A past or present verb form that the tag lexicon knows as no noun: "began", "erupts". */
function finiteVerbOnly(w: string): boolean {
  return (lexiconAllows(w, 'VBD') || lexiconAllows(w, 'VBZ')) && !lexiconAllows(w, 'NN') && !lexiconAllows(w, 'NNS') && !lexiconAllows(w, 'NNP');
}

function startsObject(ctx: Ctx, i: number): boolean {
  const token = ctx.tokens[i];
  // ("a gunshot wound Sunday evening": a time is no object)
  if (!token || (TIME_WORDS.has(ctx.words[i] as string) && /^NN/.test(token.tag))) return false;
  // "killing at least 18 passengers", "injuring more than 40", "killing over 270"
  if (QUANTIFIER_OPENERS.some(([a, b]) => ctx.words[i] === a && ctx.words[i + 1] === b)) return true;
  if (QUANTIFIER_WORDS.has(ctx.words[i] as string) && ctx.tokens[i + 1]?.tag === 'CD') return true;
  return /^(DT|CD|PRP|JJ|NN|PDT)/.test(token.tag) || isNounish(ctx, i);
}

/** Is the verb reading of a verb-only word plausible here? */
function isVerbHere(ctx: Ctx, start: number, end: number, forms: readonly VerbForm[]): boolean {
  const token = ctx.tokens[start];
  const prev = ctx.tokens[start - 1];
  const next = ctx.tokens[end];
  if (!token) return false;
  // "Acid Attack Victim": a noun for those it befell after it makes it a noun
  // (not after a word for its doers: "Mob attacks victims"; after a preposition: "Meets With Storm Victims")
  const prevWord = ctx.words[start - 1] ?? '';
  if (HARMED_NOUNS.has(ctx.words[end] ?? '') && (!prev || (prev.tag === 'IN' && prevWord !== 'that') || (/^(JJ|NN)/.test(prev.tag) && !isPeopleWord(prevWord) && !ctx.lexicon.forces.has(prevWord)))) return false;
  // "Video Shows Him Punching Handcuffed Man": an -ing after an object pronoun is its verb ("her" may be a possessive)
  if (forms.includes('ing') && PRONOUNS_BEFORE_ING.has(ctx.words[start - 1] ?? '')) return true;
  // "plague Freedonia's displaced": a participle naming a genitive's people is no verb (implied.ts harmedOfGenitive)
  if (forms.includes('past') && end - start === 1 && headAfterGenitive(ctx.tokens, start)) return false;
  // "a shot rang out", "the kill"
  if (prev && DETERMINER_TAGS.has(prev.tag) && !forms.includes('past') && !forms.includes('ing')) return false;
  // "Attack leaves 12 dead": a noun before a verb, whatever the lexicon says
  // (not before an adjective of its object: "air raid kills/NNS disabled/VBN man")
  if (!/^VB/.test(token.tag) && next && /^VB/.test(next.tag) && !isNounish(ctx, end) && !adjectiveOfNoun(ctx, end)) return false;
  if (token.tag === 'NN' && nounHere(ctx, start, end)) return false;
  // "Israeli strikes pound Gaza", "Russian attacks hit Kharkiv": a plural after an adjective
  // or determiner is the subject when a harm verb follows it
  // (or the headline's first word: "Strikes pound Khan Younis")
  // (or a noun for what it was made with: "Israeli air strikes pound Gaza", "missile strikes hit Kyiv")
  // (or a verb of going on that the tagger read as a noun: "as Israeli attacks resume/NN in Gaza")
  if (token.tag === 'NNS' && (!prev || /^(JJ|DT|PRP\$)$/.test(prev.tag) || madeWith(ctx, start - 1)) && (harmVerbAt(ctx, end) || GOING_ON.has(ctx.words[end] ?? ''))) return false;
  // "Displaced families queued", "a wounded protester", "the starving children"; past an
  // adjective or a second modifier ("Tracking of Kidnapped Ukrainian Children", "dozens of
  // killed and injured Palestinians")
  const participle = forms.includes('past') || forms.includes('ing');
  const modifiesNext = next !== undefined && modifiesNounAt(ctx, end);
  const before = forms.includes('past') ? BEFORE_PRENOMINAL_PAST : BEFORE_PRENOMINAL_ING;
  // "shows starving children", "treat starving babies": an -ing between a verb that wants an
  // object and a noun modifies the noun, unless the verb takes a gerund ("stop starving civilians")
  if (forms.includes('ing') && end - start === 1 && modifiesNext && prev && /^VB[DPZ]?$/.test(prev.tag) && !isAuxiliary(normalizeWord(prev.text)) && ctx.lexicon.lists.get('gerund-subject')?.has(normalizeWord(prev.text)) !== true && !CATENATIVES.has(normalizeWord(prev.text))) return false;
  // not after an auxiliary: "is starving civilians", "have disappeared dozens", "has left hundreds";
  // an adverb inside the noun phrase is passed over ("of forcibly displaced people")
  const opener = openerBefore(ctx, start);
  // (or after an -ing that an object pronoun makes a verb: "Video Shows Him Punching Handcuffed Man")
  const ingVerbBefore = opener !== undefined && /ing$/i.test(opener.text) && PRONOUNS_BEFORE_ING.has(ctx.words[start - 2] ?? '');
  // (or after a phrasal verb's particle: "hands over captured troops")
  const particle = opener !== undefined && OBJECT_PARTICLES.has(opener.lower) && /^VB[DPZ]?$/.test(ctx.tokens[start - 2]?.tag ?? '');
  const beforeOk = !opener || ingVerbBefore || particle || (before.test(opener.tag) && !isAuxiliary(normalizeWord(opener.text)));
  if (participle && end - start === 1 && modifiesNext && beforeOk && (ingVerbBefore || !isSubjectBefore(ctx, start)) && !speakersOwnDeed(ctx, start, forms)) return false;
  return true;
}

/**
 * "Rebels say killed governor", "Qaeda group says attacked envoy": in a headline, a past form
 * right after an armed party's verb of saying, with no verb after the noun it precedes, is the
 * speakers' own deed with its subject left out, not a modifier ("Police say wounded man fled"
 * keeps one; "Sudan says kidnapped aid workers in good health": a state reports others' deeds).
 */
function speakersOwnDeed(ctx: Ctx, start: number, forms: readonly VerbForm[]): boolean {
  if (!forms.includes('past') || !SAYING_FORMS.has(ctx.words[start - 1] ?? '') || !isHeadline(ctx.tokens)) return false;
  const speaker = start - 2;
  const armed = ctx.lexicon.forces.has(ctx.words[speaker] ?? '') || ARMED_BODIES.has(ctx.words[speaker] ?? '') || [speaker, speaker - 1, speaker - 2].some((k) => k >= 0 && isArmedGroupName(ctx, k));
  return armed && !ctx.tokens.slice(start + 1).some((t) => /^(VB[DNPZ]|MD)$/.test(t.tag));
}

/** Nouns for a body of fighters that a name or an adjective before them makes armed: "Shi'ite groups", "Iraq Qaeda group". */
const ARMED_BODIES: ReadonlySet<string> = new Set(['group', 'groups', 'faction', 'factions', 'militia', 'militias']);

const PRONOUNS_BEFORE_ING: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us']);

/** Verbs whose subject is an event going on or starting again: "attacks resume", "strikes continue", "raids intensify". */
const GOING_ON: ReadonlySet<string> = new Set([...ASPECTUAL_VERBS, ...['intensify~v', 'escalate~v', 'persist~v', 'rage~v', 'spread~v'].flatMap(wordForms)]);

/** Verbs that take an -ing complement: "keep starving", "stop shelling", "continue killing". */
const CATENATIVES: ReadonlySet<string> = new Set([
  ...['keep~v', 'stop~v', 'start~v', 'begin~v', 'continue~v', 'resume~v', 'avoid~v', 'risk~v', 'quit~v', 'finish~v'].flatMap(wordForms),
  // a headline's passive of perceiving: "Driver caught punching deputy", "Guards filmed kicking inmate"
  ...['caught', 'filmed', 'seen', 'spotted', 'pictured', 'photographed'],
]);

/** "air" or a weapon (causes.yml) before an attack noun: what the attack was made with. */
function madeWith(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k] ?? '';
  return ctx.tokens[k]?.tag === 'NN' && (w === 'air' || ctx.lexicon.causes.get(w) === 'weapon');
}

/** A participle at `i` that is also an adjective (Brill's lexicon), right before a noun: "disabled woman". */
function adjectiveOfNoun(ctx: Ctx, i: number): boolean {
  return lexiconAllows(ctx.words[i] as string, 'JJ') && /^NN/.test(ctx.tokens[i + 1]?.tag ?? '') && !(ctx.lexicon.verbForms.get(ctx.words[i] as string) ?? []).some((f) => f === 'base' || f === 'present');
}

/** A finite form of a harm verb at `i` ("pound", "hit", "kill"), whatever its tag. */
function harmVerbAt(ctx: Ctx, i: number): boolean {
  return (ctx.lexicon.verbForms.get(ctx.words[i] ?? '') ?? []).some((f) => f === 'base' || f === 'present' || f === 'past');
}

/** Where a word tagged as a singular noun is one, whatever the lexicon says. */
function nounHere(ctx: Ctx, start: number, end: number): boolean {
  const prev = ctx.tokens[start - 1];
  const next = ctx.tokens[end];
  // "Terror attack suspect arrested": a singular noun between two others is inside a compound;
  // "with record shot should be": so is one after a noun, before a verb. Not after a word for
  // people or a force, which is its subject ("police shot/NN protester", "Man shot").
  const namesNoOne = prev?.tag === 'NN' && !isPeopleWord(ctx.words[start - 1] ?? '') && !ctx.lexicon.forces.has(ctx.words[start - 1] ?? '');
  if (namesNoOne && (next?.tag === 'NN' || /^(MD|VB[DPZ]?)$/.test(next?.tag ?? ''))) return true;
  // "iraqi bomb victim flown to kuwait", "hamas chief bomb maker arrested": between an adjective and a singular noun too
  if (prev?.tag === 'JJ' && next?.tag === 'NN') return true;
  // "military says fire/NN at Rafah camp not caused by ...": right after a finite verb it has
  // no subject of its own to be a verb with
  if (/^VB[DPZ]$/.test(prev?.tag ?? '') && !isAuxiliary(normalizeWord(prev?.text ?? ''))) return true;
  // "a tree was on fire/NN on Eustis Road", "came under fire/NN": right after a preposition a bare
  // form is its object, where capitals do not mark every word (not an -ing, a gerund that takes
  // an object: "suspected of shooting two employees"; not after a subordinator, which a clause
  // follows: "as fire/NN rages")
  const bare = !/ing$/.test(ctx.words[start] as string);
  if (bare && ctx.sentence.casing === 'sentence' && prev?.tag === 'IN' && !SUBORDINATORS.has(normalizeWord(prev.text))) return true;
  // "Fire/NN at California's Lake Tahoe destroys homes": a sentence's first word read as a noun,
  // a preposition after it, is the subject of the finite verb that follows in its clause
  if (start === 0 && ctx.tokens[start + 1]?.tag === 'IN' && finiteVerbLater(ctx, start + 1)) return true;
  // "the guard was also assault target": after "be" (past adverbs) a bare form is a noun (the verb would be "assaulted")
  if (BE_FORMS.has(ctx.words[beforeAdverbs(ctx, start)] ?? '') && /^NN/.test(next?.tag ?? '')) return true;
  // "Knife attack suspect": a noun before an attack noun names its kind
  return ctx.lexicon.causes.get(ctx.words[end] ?? '') === 'attack';
}

/** Is there a finite verb from `i` on, before the clause ends at a comma, semicolon or colon? */
function finiteVerbLater(ctx: Ctx, i: number): boolean {
  for (let k = i; k < ctx.tokens.length; k++) {
    const tag = ctx.tokens[k]?.tag ?? '';
    if (tag === ',' || tag === ':' || ctx.words[k] === ';') return false;
    if (/^VB[DZP]$/.test(tag)) return true;
  }
  return false;
}

/**
 * The word that opens the noun phrase a participle at `start` would modify, past an adverb
 * inside it ("of forcibly displaced people") or a first modifier and its conjunction ("of
 * killed and injured Palestinians").
 */
function openerBefore(ctx: Ctx, start: number): Token | undefined {
  const prev = ctx.tokens[start - 1];
  const opensPhrase = (t: Token | undefined): boolean => /^(DT|PRP\$|IN)$/.test(t?.tag ?? '');
  if (prev && /^RB/.test(prev.tag) && !isAuxiliary(normalizeWord(prev.text)) && opensPhrase(ctx.tokens[start - 2])) return ctx.tokens[start - 2];
  if (prev?.tag === 'CC' && /^(VBN|JJ)$/.test(ctx.tokens[start - 2]?.tag ?? '') && opensPhrase(ctx.tokens[start - 3])) return ctx.tokens[start - 3];
  return prev;
}

/** A noun at `i`, or one after an adjective or a coordinated modifier ("Ukrainian children", "and injured Palestinians"), that a participle before it modifies. */
function modifiesNounAt(ctx: Ctx, i: number): boolean {
  // not a time: "Two killed Tuesday in Gaza"; not a count, which no participle modifies
  // ("The blast, from a rocket, killed dozens of people": "killed dozens" is a verb and its object)
  // nor a point of the compass before "of", which places the verb ("killed north of the city")
  const nounAt = (k: number): boolean =>
    /^NN/.test(ctx.tokens[k]?.tag ?? '') && isNounish(ctx, k) && !TIME_WORDS.has(ctx.words[k] as string) && !NUMBER_WORDS.has(ctx.words[k] as string) && !(COMPASS_POINTS.has(ctx.words[k] as string) && ctx.words[k + 1] === 'of');
  const tag = ctx.tokens[i]?.tag ?? '';
  if (/^NN/.test(tag)) return nounAt(i) && !nameAsObject(ctx, i);
  // (or a prefix's compound: "jailed ex-army chief", "detained pro-Hamas students")
  if (tag === 'JJ') return nounAt(i + 1) || (ctx.tokens[i + 1]?.tag === 'HYPH' && /^(NN|JJ)/.test(ctx.tokens[i + 2]?.tag ?? ''));
  // ("killed, injured or taken hostage": a noun the second participle takes as its
  // complement is no noun the two modify)
  return tag === 'CC' && /^(VBN|JJ)$/.test(ctx.tokens[i + 1]?.tag ?? '') && nounAt(i + 2) && !(CAPTIVE_VERBS.has(ctx.words[i + 1] as string) && CAPTIVE_STATES.has(ctx.words[i + 2] as string));
}

/**
 * "a gunman got out of a van, shot Lee twice": in running text a person's name right after the
 * participle, with no noun after it, is the verb's object, not a noun the participle modifies
 * (a people's, a group's or a place's name is: "killed Palestinian teen", "wounded Hamas fighters").
 */
function nameAsObject(ctx: Ctx, i: number): boolean {
  if (ctx.sentence.casing !== 'sentence' || ctx.tokens[i]?.tag !== 'NNP') return false;
  let k = i;
  while (ctx.tokens[k]?.tag === 'NNP') k++;
  if (/^NN/.test(ctx.tokens[k]?.tag ?? '')) return false;
  const g = loadGroups();
  return [g.demonyms, g.organisations, g.armed, g.places, g.territories].every((list) => matchAll(list, ctx.words, i, k).length === 0);
}

/** A noun phrase right before the verb ("Gunmen abducted villagers"): then it is a verb. */
function isSubjectBefore(ctx: Ctx, start: number): boolean {
  return start > 0 && isNounish(ctx, start - 1) && ctx.tokens[start - 1]?.tag !== 'CD';
}
