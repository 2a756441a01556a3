// Noun phrases around a harm word: the subject before it, the object after it, and what a
// phrase is (people, homes, a weapon, an abstraction, a natural force).

import type { HarmContext } from './context';
import type { CauseClass, HarmLexicon } from './types';
import { loadGroups, matchAll } from './groups';
import { MAX_PHRASE_TOKENS } from '../nlp/limits';
import { type PhraseRules, scanPhrase } from '../nlp/grammar/noun-phrase';
import { PLURAL_MODIFIERS, PRENOMINAL_ING, VERB_ONLY_S_FORMS } from '../nlp/grammar/word-lists';
import { ARTICLES, BE_FORMS, COMPASS_POINTS, PREPOSITIONS_BEFORE_OF, CLAUSE_BREAKS, HAVE_FORMS, DURATIONS, INDEFINITE_PERSONS, NOMINATIVE_PRONOUNS, NUMBER_WORDS, OBJECT_PRONOUNS, ORDINAL_SUFFIXES, PARTITIVES, PERSONAL_PRONOUNS, PLACE_PREPOSITIONS, POSSESSIVE_CLITICS, QUANTIFIER_OPENERS, QUANTIFIER_WORDS, QUOTE_MARKS, RELATIVE_TIME, STANDALONE_PEOPLE, TIME_WORDS, UNMARKED_PLURALS } from '../nlp/grammar/function-words';
import { HARM_MODIFIER_TAGS, PUNCTUATION_TAGS } from '../nlp/grammar/tags';
import { isCreditHyphen } from '../nlp/grammar/headline-credit';
import { isFirstName, isPeopleWord } from '../nlp/grammar/people';
import { isHeadline } from '../detectors/clause';
import { lexiconAllows, lexiconTags } from '../nlp/tag-lexicon';
import { wordForms } from '../nlp/grammar/inflect';

/** Tokens [start, end) with the index of the head noun. */
export interface Phrase {
  start: number;
  end: number;
  head: number;
  /**
   * Where the phrase's post-modifier ends, when the phrase was found through it ("Two men
   * | from the village", "52 people | belonging to the minority"): not part of the span (the
   * manual's spans leave such modifiers out), but what it says of the people counts.
   */
  tail?: number;
}

type Ctx = Pick<HarmContext, 'tokens' | 'words' | 'lexicon' | 'sentence'>;

/** A noun by its tag, or a word the lexicon knows as a noun ("Homes" tagged VBZ in a headline). */
export function isNounish(ctx: Ctx, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  const w = ctx.words[i] as string;
  if (VERB_ONLY_S_FORMS.has(w)) return false;
  if (/^(NN|CD|FW)/.test(token.tag)) return !verbWithObject(ctx, i);
  const lx = ctx.lexicon;
  // ("strike kills hamas/VBZ activist in": an armed group's name, whatever the tagger read in lower case)
  return NUMBER_WORDS.has(w) || lx.people.has(w) || lx.homes.has(w) || (lx.causes.has(w) && !verbWithObject(ctx, i)) || (/^VB[ZP]?$/.test(token.tag) && isArmedGroupName(ctx, i));
}

/**
 * "Gunmen storm church", "Israel shells Gaza", "Israeli forces raid Jenin", "Ben-Gvir storms
 * Al-Aqsa": a word of the causes list used as a verb between its subject and object. The
 * tagger may read it as a verb or as a noun: after a plural subject, any attack word; after
 * any noun, a natural force's, which as a noun seldom stands before another ("strike
 * survivors" is a compound, "storms Al-Aqsa" is not).
 */
export function verbWithObject(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i] as string;
  // "Russian strike hits/NNS Odesa school": an impact verb after an attack noun, before its object
  if (IMPACT_VERBS.has(w) && ctx.lexicon.causes.get(ctx.words[i - 1] ?? '') === 'attack' && /^(DT|NN|PRP\$|CD)/.test(ctx.tokens[i + 1]?.tag ?? '')) return true;
  const cls = ctx.lexicon.causes.get(w);
  // a harm verb's present form is read the same way: "Israeli forces pound/NN Gaza"
  const harmVerb = !cls && (ctx.lexicon.verbForms.get(w) ?? []).some((f) => f === 'base' || f === 'present');
  if (!(cls || harmVerb) || !/^(DT|NN|PRP\$|CD)/.test(ctx.tokens[i + 1]?.tag ?? '')) return false;
  const tag = ctx.tokens[i]?.tag ?? '';
  const before = ctx.tokens[i - 1]?.tag ?? '';
  // (only a word that can be a verb: "Ben-Gvir storms Al-Aqsa", not "bird flu kills/NNS")
  // (and one that agrees with the noun before it: "rains flood the town", "police storm the
  // house", not "Ruritania flood victims")
  if (cls === 'natural') return /^NN/.test(before) && /(^|\/)VB/.test(lexiconTags(w)) && !(/^NNP?$/.test(before) && !UNMARKED_PLURALS.has(ctx.words[i - 1] ?? '') && !/(s|ed)$/.test(w));
  return (/^VB[PDZ]?$/.test(tag) && /^(NNS|NNPS?|PRP)$/.test(before)) || (tag === 'NN' && /^NNP?S$/.test(before));
}

/** Verbs of impact an attack does to its target ("strike hits school", "shelling rocks the town"), which headlines' taggers often read as plural nouns. */
export const IMPACT_VERBS: ReadonlySet<string> = new Set(['hit', 'hits', 'pound', 'pounds', 'pounded', 'rock', 'rocks', 'rocked', 'slam', 'slams', 'slammed', 'batter', 'batters', 'battered']);

function isModifier(ctx: Ctx, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  if (VERB_ONLY_S_FORMS.has(ctx.words[i] as string)) return false;
  // "Youths attack rabbi in city centre - police", "kills one- Iran agency": a dash with a space on
  // either side credits a source after the headline; it joins no compound
  // (as does a hyphen before a source's word that ends a headline: "Bomb kills two-govt")
  if (token.tag === 'HYPH' && (spacedDash(ctx, i) || isCreditHyphen(ctx.tokens, i))) return false;
  // "The charity is feeding thousands of families": an -ing form after "be" is the progressive verb
  if (token.tag === 'VBG' && BE_FORMS.has(ctx.words[i - 1] ?? '')) return false;
  // "has arrested John Hensley for": a participle after "have" is the perfect's verb
  if (token.tag === 'VBN' && HAVE_FORMS.has(ctx.words[i - 1] ?? '')) return false;
  if (HARM_MODIFIER_TAGS.has(token.tag) || isNounish(ctx, i)) return true;
  // "4 apparently unarmed civilians", "newly displaced families": an adverb of a modifier
  if (token.tag === 'RB' && /ly$/.test(ctx.words[i] as string)) return /^(JJ|VBN)/.test(ctx.tokens[i + 1]?.tag ?? '') && isModifier(ctx, i + 1);
  // "a much-loved teacher", "a well-known doctor": an adverb hyphened to a modifier is part of it
  if (token.tag === 'RB' && ctx.tokens[i + 1]?.tag === 'HYPH') return /^(JJ|VBN|VBG)/.test(ctx.tokens[i + 2]?.tag ?? '') && /^NN/.test(ctx.tokens[i + 3]?.tag ?? '');
  // "a wanted/VBD parolee": a past form between an article and a noun is a participle, whatever its tag
  if (token.tag === 'VBD' && ARTICLES.has(ctx.words[i - 1] ?? '') && /^NN/.test(ctx.tokens[i + 1]?.tag ?? '')) return true;
  if (!/^VB[GN]$/.test(token.tag)) return false;
  // "Longest-serving", "Hamas-run", "well-known": the participle of a hyphenated compound modifier
  if (ctx.tokens[i - 1]?.tag === 'HYPH' && isModifier(ctx, i + 1)) return true;
  // a verb of saying modifies nothing: "Witnesses/VBZ said/VBN troops opened fire"
  if (ctx.lexicon.lists.get('reporting')?.has(ctx.words[i] as string)) return false;
  // "RETREATING TROOPS", "Masked Men", "displaced families": a participle before a noun (or,
  // after a count or a determiner, an adjective and a noun: "26 suspected Moslem/JJ
  // militants"), but not after one, where it is the verb: "police killed police"
  const noun = ctx.tokens[i + 1]?.tag === 'JJ' && /^(CD|DT|PRP\$)$/.test(ctx.tokens[i - 1]?.tag ?? '') ? i + 2 : i + 1;
  return /^NN/.test(ctx.tokens[noun]?.tag ?? '') && !/^NN/.test(ctx.tokens[i - 1]?.tag ?? '');
}

/**
 * A dash token with a space before or after it (known from offsets): a compound's hyphen has
 * none ("Hamas-run"); "Youths attack rabbi - police", "kills one- Iran agency", "has
 * disappeared -scientists" credit a source after the headline.
 */
function spacedDash(ctx: Ctx, i: number): boolean {
  const [before, dash, after] = [ctx.tokens[i - 1], ctx.tokens[i], ctx.tokens[i + 1]];
  return before !== undefined && dash !== undefined && after !== undefined && (before.end < dash.start || dash.end < after.start);
}

/** The noun phrase that ends with token j ("Syria security forces", "dozens of protesters"). */
export function npEndingAt(ctx: Ctx, j: number, coordinate = true): Phrase | null {
  const token = ctx.tokens[j];
  if (!token) return null;
  const w = ctx.words[j] as string;
  // "three students aged 20 shot": an age after a phrase is no count of its own; the phrase it follows is the one
  if (token.tag === 'CD' && ctx.words[j - 1] === 'aged' && j >= 2) return npEndingAt(ctx, j - 2, coordinate);
  // "five more arrested": a count and "more", which the tagger may read as an adverb, name those counted
  if (w === 'more' && token.tag === 'RBR' && isCount(ctx, j - 1)) {
    const count = npEndingAt(ctx, j - 1, coordinate);
    if (count) return { start: count.start, end: j + 1, head: j };
  }
  // ("five others", "a leader and two others": a standalone the tagger reads as a noun takes its count and conjuncts)
  // ("told police someone shot": an indefinite pronoun takes no modifier; the noun before it is another phrase's)
  if (token.tag === 'PRP' || INDEFINITE_PERSONS.has(w) || (STANDALONE_PEOPLE.has(w) && !(token.tag === 'NNS' && isNounish(ctx, j)))) return { start: j, end: j + 1, head: j };
  if (!isNounish(ctx, j) && !isAdjectiveHead(ctx, j)) return null;
  let start = j;
  const limit = Math.max(0, j + 1 - MAX_PHRASE_TOKENS);
  for (;;) {
    // "Father-In-Law", "mother-in-law": a hyphenated compound is one word, whatever its parts' tags
    while (start - 2 >= limit && ctx.tokens[start - 1]?.tag === 'HYPH' && /^[\p{L}\p{N}]/u.test(ctx.words[start - 2] ?? '')) start -= 2;
    while (start > limit && isModifier(ctx, start - 1) && ctx.tokens[start - 1]?.tag !== 'PRP' && !NAMING.has(ctx.words[start - 1] as string)) {
      // "At least 20", "more than 200": the opener is taken whole, and a conjunct before it
      // with it ("a leader and at least five others")
      if (QUANTIFIER_OPENERS.some(([a, b]) => ctx.words[start - 1] === b && ctx.words[start - 2] === a)) {
        if (start - 2 >= limit) start -= 2;
        break;
      }
      // "Florida Police Report 2 Dead": a count opens its phrase; a noun before it is another's
      if (ctx.tokens[start]?.tag === 'CD' && /^NN/.test(ctx.tokens[start - 1]?.tag ?? '')) break;
      // "said on Tuesday that eight French citizens": "that" before a count opens a clause (no demonstrative counts)
      if (ctx.tokens[start]?.tag === 'CD' && ctx.words[start - 1] === 'that') break;
      start--;
    }
    // "a much-loved teacher": a hyphen opens no phrase; the word before it is the compound's first
    if (ctx.tokens[start]?.tag === 'HYPH' && start - 1 >= limit && /^[\p{L}\p{N}]/u.test(ctx.words[start - 1] ?? '')) start--;
    // "a Brazilian national named Karla Mendes": the phrase a naming participle follows is the one
    // named, when a name follows it (not a determiner's phrase, the verb's object: "Police named the teenager who")
    if (NAMING.has(ctx.words[start - 1] ?? '') && start - 2 >= limit && /^NNP/.test(ctx.tokens[start]?.tag ?? '')) {
      const named = npEndingAt(ctx, start - 2, coordinate);
      // (not a pronoun, the subject of the verb "named": "She named the farmers")
      if (named && named.start >= limit && isPeople(ctx, named, true) && ctx.tokens[named.head]?.tag !== 'PRP') return named;
    }
    // "members of the security forces"
    const link = ctx.words[start - 1];
    if (link === 'of' && start - 2 >= limit && isNounish(ctx, start - 2)) {
      start -= 2;
      continue;
    }
    // "police and soldiers", "soldiers or settlers", but not "killed 1,200 people and some 250 were taken"
    if (coordinate && (link === 'and' || link === 'or')) {
      const first = npEndingAt(ctx, start - 2, false);
      const before = first ? ctx.tokens[first.start - 1] : undefined;
      // (after a verb of saying the phrase opens the clause it reports: "says 16 women and 10 children among those killed")
      const reported = ctx.lexicon.lists.get('reporting')?.has(ctx.words[(first?.start ?? 0) - 1] ?? '') === true;
      // (a subject pronoun is a subject wherever it stands: "Before she and her husband were killed")
      const subject = first !== null && first.end === first.start + 1 && NOMINATIVE_PRONOUNS.has(ctx.words[first.start] as string);
      if (first && first.start >= limit && (subject || !(before && /^(VB|IN|TO)/.test(before.tag) && !reported))) start = listStart(ctx, first.start, limit);
    }
    break;
  }
  start = withOpener(ctx, start);
  return { start, end: j + 1, head: j };
}

/**
 * "At least three soldiers, six vigilantes and dozens of insurgents": counted phrases before
 * the last two, joined by commas, belong to the same list; the list's first phrase is returned.
 */
function listStart(ctx: Ctx, start: number, limit: number): number {
  let first = start;
  while (ctx.words[first - 1] === ',' && (countOpens(ctx, first) || isKin(ctx, first))) {
    const item = npEndingAt(ctx, first - 2, false);
    if (!item || item.start < limit || !(countOpens(ctx, withOpener(ctx, item.start)) || (isKin(ctx, first) && isKin(ctx, item.head)))) break;
    first = withOpener(ctx, item.start);
  }
  return first;
}

/** A bare word for kin: "his wife, son and daughter" is one list of them, as counted phrases are. */
function isKin(ctx: Ctx, i: number): boolean {
  return /^NNS?$/.test(ctx.tokens[i]?.tag ?? '') && ctx.lexicon.lists.get('kin')?.has(ctx.words[i] as string) === true;
}

/** A phrase opened by a number, a quantity or "a": "six vigilantes", "at least three soldiers", "dozens of", "a policeman". */
function countOpens(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i] as string;
  return ctx.tokens[i]?.tag === 'CD' || w === 'a' || w === 'an' || NUMBER_WORDS.has(w) || QUANTIFIER_WORDS.has(w) || QUANTIFIER_OPENERS.some(([a]) => a === w);
}

/** An adjective used as a noun: "A Palestinian was shot", "A 17-year-old was killed". */
function isAdjectiveHead(ctx: Ctx, j: number): boolean {
  if (ctx.tokens[j]?.tag !== 'JJ' || isNounish(ctx, j + 1)) return false;
  // "a 17-year-old", "two wounded"; a demonym with no noun, adjective or hyphen after it names
  // a person: "Palestinian killed by ..." (but not "Israeli-Canadian businessman")
  if (/^(DT|HYPH|CD)$/.test(ctx.tokens[j - 1]?.tag ?? '')) return true;
  return isDemonymNoun(ctx.words[j] as string) && !/^(JJ|HYPH|CD|NN)/.test(ctx.tokens[j + 1]?.tag ?? '');
}

/** A phrase from i to end that ends in a count of times after a noun: "his wife several times". */
function timesCounted(ctx: Ctx, i: number, end: number): boolean {
  return ctx.words[end - 1] === 'times' && end - 3 >= i && timesAfter(ctx, end - 2) && /^NN/.test(ctx.tokens[end - 3]?.tag ?? '');
}

/** A count of times at `k`, an adverbial of how often: "100 times", "hundreds of times", "several times". */
export function timesAfter(ctx: Ctx, k: number): boolean {
  if (!isCount(ctx, k) && !/^(JJ|DT)$/.test(ctx.tokens[k]?.tag ?? '')) return false;
  return ctx.words[k + 1] === 'times' || (ctx.words[k + 1] === 'of' && ctx.words[k + 2] === 'times');
}

/** Months that are also common words: a month only when capitalised ("in March", not "fired on the march"). */
const WORD_MONTHS: ReadonlySet<string> = new Set(['march', 'may']);

export function isTimeWord(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i] as string;
  return TIME_WORDS.has(w) && !(WORD_MONTHS.has(w) && !/^\p{Lu}/u.test(ctx.tokens[i]?.text ?? ''));
}

/** The last words of a wire headline's credit: "-army", "-interior ministry", "- police sources". */
const CREDITED: ReadonlySet<string> = new Set([
  'army', 'police', 'ministry', 'military', 'official', 'officials', 'source', 'sources', 'witness', 'witnesses', 'agency',
  'governor', 'spokesman', 'spokeswoman', 'report', 'reports', 'paper', 'newspaper', 'tv', 'radio', 'minister', 'govt',
  'government', 'residents', 'doctors', 'medics', 'hospital', 'media', 'un', 'ifax', 'xinhua',
]);
/** How many words a credit after its hyphen may have: "- Afghan interior ministry". */
const MAX_CREDIT_WORDS = 3;

/**
 * Where a headline's credit glued on by a hyphen or dash begins ("Troops kill 30 rebels-army",
 * "kill 20 Zendans-interior ministry": the hyphen's index), so that no noun phrase runs into it;
 * -1 if the sentence ends in none.
 */
function creditTailStart(ctx: Ctx): number {
  const n = ctx.tokens.length;
  if (!CREDITED.has(ctx.words[n - 1] ?? '')) return -1;
  for (let k = n - 2; k >= Math.max(1, n - 1 - MAX_CREDIT_WORDS); k--) {
    // (not an Arabic article's hyphen: "al-Shifa hospital")
    if (ctx.tokens[k]?.tag === 'HYPH' || ctx.words[k] === '-' || ctx.words[k] === '–' || ctx.words[k] === '—') return (ctx.words[k - 1] ?? '').length > 2 ? k : -1;
    if (!/^(NN|JJ)/.test(ctx.tokens[k]?.tag ?? '')) return -1;
  }
  return -1;
}

/** The noun phrase that starts at token k ("Two Men", "at least 20 civilians", "them"). */
export function npStartingAt(ctx: Ctx, k: number, coordinate = true): Phrase | null {
  let i = k;
  const opener = QUANTIFIER_OPENERS.find(([a, b]) => ctx.words[i] === a && ctx.words[i + 1] === b);
  // ("killed close to 1,600 of those attackers": "close to" before a count)
  if (opener || (ctx.words[i] === 'close' && ctx.words[i + 1] === 'to' && ctx.tokens[i + 2]?.tag === 'CD')) i += 2;
  // (not before an ordinal: "shot near 32nd Street")
  else if (QUANTIFIER_WORDS.has(ctx.words[i] ?? '') && /^(CD|DT|JJ)/.test(ctx.tokens[i + 1]?.tag ?? '') && !ORDINAL_SUFFIXES.has(ctx.words[i + 2] ?? '')) i++;
  // "killed 100 to 300 people", "between 100 and 300 people": a range of counts is one count
  if (ctx.tokens[i]?.tag === 'CD' && ctx.words[i + 1] === 'to' && ctx.tokens[i + 2]?.tag === 'CD' && i === k) i += 2;
  else if (ctx.words[i] === 'between' && isCount(ctx, i + 1) && ctx.words[i + 2] === 'and' && isCount(ctx, i + 3) && i === k) i += 3;
  const first = ctx.tokens[i];
  if (!first || isTimeWord(ctx, i) || PLACE_PREPOSITIONS.has(ctx.words[i] as string)) return null;
  // (a quote mark the tagger read as a closing one opens a phrase all the same)
  if (first.tag === '``' || (first.tag === "''" && QUOTE_MARKS.has(ctx.words[i] as string))) return quotedModifierPhrase(ctx, k, i, coordinate);
  // (not "her" before its noun: "a mother and her three children")
  // (nor before a participle that modifies its noun: "by her estranged boyfriend")
  // (nor before a count of times, an adverbial: "abused her 100 times", "hundreds of times")
  const possessiveHer = ctx.words[i] === 'her' && (/^(NN|CD|JJ)/.test(ctx.tokens[i + 1]?.tag ?? '') || (ctx.tokens[i + 1]?.tag === 'VBN' && /^NN/.test(ctx.tokens[i + 2]?.tag ?? ''))) && !timesAfter(ctx, i + 1);
  if ((first.tag === 'PRP' || OBJECT_PRONOUNS.has(ctx.words[i] as string)) && !possessiveHer) {
    // "Bomb kills one in the north": "one" the tagger took for a pronoun counts one person
    if (ctx.words[i] === 'one' && ctx.words[i + 1] !== 'of') return { start: k, end: i + 1, head: i };
    if (!OBJECT_PRONOUNS.has(ctx.words[i] as string)) return null;
    // "killed her and members of her family": a pronoun joined to people by "and"
    const second = coordinate && ctx.words[i + 1] === 'and' ? conjunctAfter(ctx, i + 1, Math.min(ctx.tokens.length, k + MAX_PHRASE_TOKENS), AFTER_AND_CONJUNCT) : null;
    return second && isPeople(ctx, second, true) ? { start: k, end: second.end, head: second.head } : { start: k, end: i + 1, head: i };
  }
  // "her two sons", "her 40-year-old husband": the phrase is scanned past the determiner (the
  // tagger may read "her" as a pronoun, which no phrase takes as a modifier)
  if (possessiveHer && first.tag === 'PRP') i++;
  // "Israeli forces kill Palestinian in Jenin raid": a demonym alone names a person
  if (isAdjectiveHead(ctx, i) && i === k) return { start: k, end: i + 1, head: i };
  // (not into a wire headline's credit glued by a hyphen: "kill 20 Zendans-interior ministry")
  const credit = creditTailStart(ctx);
  const limit = Math.min(ctx.tokens.length, k + MAX_PHRASE_TOKENS, credit > i ? credit : ctx.tokens.length);
  const scanned = scanPhrase(i, limit, harmRules(ctx));
  // "kill at least 1 Palestinian": a demonym after a number is the head it counts
  const demonymAt = scanned.head + 1;
  const countedDemonym = ctx.tokens[scanned.head]?.tag === 'CD' && scanned.end === demonymAt + 1 && isDemonymNoun(ctx.words[demonymAt] as string) && isAdjectiveHead(ctx, demonymAt);
  // 'killed 10 "terrorists"': a count's noun in quotes, the speaker's word for those counted
  const quotedNoun = ctx.tokens[scanned.head]?.tag === 'CD' && scanned.end === scanned.head + 1 && QUOTE_MARKS.has(ctx.words[scanned.end] ?? '') && /^NN/.test(ctx.tokens[scanned.end + 1]?.tag ?? '') && QUOTE_MARKS.has(ctx.words[scanned.end + 2] ?? '');
  if (quotedNoun) return { start: k, end: scanned.end + 3, head: scanned.end + 1 };
  // "killed one of them", "shot two of us": a count's of-phrase of a pronoun is part of the phrase
  if (scanned.end === scanned.head + 1 && PARTITIVES.has(ctx.words[scanned.head] as string) && ctx.words[scanned.end] === 'of' && OF_PRONOUNS.has(ctx.words[scanned.end + 1] ?? '')) {
    return { start: k, end: scanned.end + 2, head: scanned.head };
  }
  // "stabbed his wife several times": a count of times is an adverbial, not the object's head
  const end = timesCounted(ctx, i, scanned.end) ? scanned.end - 2 : scanned.end;
  // "an unarmed Palestinian": a demonym after its modifiers is the head; "a 17-year-old": the age
  const age = end > i + 1 && ctx.words[end - 1] === 'old' && ctx.tokens[end - 2]?.tag === 'HYPH';
  const head = age || countedDemonym || end < scanned.end || (scanned.head < 0 && end > i && isAdjectiveHead(ctx, end - 1)) ? end - 1 : scanned.head;
  // "five more arrested": a count and "more", which the tagger may read as an adverb
  if (head === end - 1 && isCount(ctx, head) && ctx.words[end] === 'more' && ctx.tokens[end]?.tag === 'RBR') return { start: k, end: end + 1, head: end };
  // "the mayor and two aides", but not "1,200 people and some 250 were taken hostage", nor
  // "killing three and wounding dozens" (a harm verb's -ing opens no noun phrase)
  const link = ctx.words[end];
  // (nor "killed dozens of people and injured dozens more", "killed his mother and injured
  // brother": a harm verb's past before a count or a determiner's noun is that verb)
  // (nor "had killed hundreds and taken hostages": a participle that is no adjective opens a verb phrase)
  if (head >= 0 && coordinate && (link === 'and' || link === '&') && !ctx.lexicon.verbForms.get(ctx.words[end + 1] ?? '')?.includes('ing') && !pastBeforeObject(ctx, end + 1) && !verbOnlyParticiple(ctx, end + 1)) {
    const second = conjunctAfter(ctx, end, limit, AFTER_AND_CONJUNCT);
    // (nor "the stabbing of a boy and the wounding of his mother": a second harm is no second victim)
    if (second && !(hasHarmNoun(ctx, end + 1, second.end) && !hasHarmNoun(ctx, i, end))) return { start: k, end: second.end, head: second.head };
  }
  // "Egypt detains lawyer, students over ...": a headline joins people with a comma (not
  // "kills man, woman injured", where a verb follows the second)
  // (nor "capture 7 pirates, free/JJ 20 hostages": a word that can be a verb before a count opens a verb phrase)
  const verbBeforeCount = lexiconAllows(ctx.words[end + 1] ?? '', 'VB') && ctx.tokens[end + 2]?.tag === 'CD';
  if (head >= 0 && coordinate && link === ',' && isPeopleWord(ctx.words[head] as string) && isHeadline(ctx.tokens) && !verbBeforeCount) {
    const second = conjunctAfter(ctx, end, limit, AFTER_COMMA_CONJUNCT);
    if (second && isPeopleWord(ctx.words[second.head] as string)) return { start: k, end: second.end, head: second.head };
  }
  // "killing Zohar, his wife and their two daughters": in running text, a list of people closed by "and"
  if (head >= 0 && coordinate && link === ',' && personOrName(ctx, { start: k, end, head }) && !isHeadline(ctx.tokens)) {
    const last = listAfter(ctx, end, limit);
    if (last) return { start: k, end: last.end, head: last.head };
  }
  // "innocent and vulnerable woman", "old and sick people": adjectives joined before their noun
  if (head < 0 && end > i && (link === 'and' || link === 'or') && ctx.tokens.slice(i, end).every((t) => t.tag === 'JJ') && ctx.tokens[end + 1]?.tag === 'JJ') {
    const rest = npStartingAt(ctx, end + 1, false);
    if (rest) return { start: k, end: rest.end, head: rest.head };
  }
  // "killed over (the) past day": a time span, not a counted phrase
  if (head < 0 || isTimeWord(ctx, head) || DURATIONS.has(ctx.words[head] as string)) return null;
  return { start: k, end: head + 1, head };
}

/** A count of the dead: "death toll", "quake toll". */
export const TOLLS: ReadonlySet<string> = new Set(['toll', 'tolls']);

/** What is left of the dead: before "of" it names whose they are ("bodies of two paramedics"). */
export const REMAINS: ReadonlySet<string> = new Set(['body', 'bodies', 'corpse', 'corpses', 'remains']);

/**
 * A word at k that opens a verb phrase, not a noun phrase: a past form the tag lexicon never
 * reads as an adjective ("taken", "abducted"; not "wounded"), or an -ing form that does not
 * premodify people ("grabbing hostages"; not "fleeing civilians", prenominal-ing.yml).
 */
function verbOnlyParticiple(ctx: Ctx, k: number): boolean {
  const tag = ctx.tokens[k]?.tag ?? '';
  if (tag === 'VBG') return !PRENOMINAL_ING.has(ctx.words[k] as string);
  // ("killed two commanders and identified Mr. Smith": a past form before a determiner or a name takes an object)
  return /^VB[DN]$/.test(tag) && (!lexiconAllows(ctx.words[k] as string, 'JJ') || /^(DT|PRP\$?|NNP)$/.test(ctx.tokens[k + 1]?.tag ?? ''));
}

/** A number, in figures or words, at k. */
function isCount(ctx: Ctx, k: number): boolean {
  return ctx.tokens[k]?.tag === 'CD' || NUMBER_WORDS.has(ctx.words[k] ?? '');
}

/** A phrase for people ("his wife", "their two daughters"), or a name. */
function personOrName(ctx: Ctx, p: Phrase): boolean {
  return isPeople(ctx, p, true) || /^NNP/.test(ctx.tokens[p.head]?.tag ?? '');
}

/**
 * The last conjunct of a list of people after the comma at `end` (", his wife and their two
 * daughters"): phrases for people or names, split by commas and closed by "and" with no verb
 * after it; null when the list is not closed so (", his employer said": an apposition or a clause).
 */
function listAfter(ctx: Ctx, end: number, limit: number): Phrase | null {
  let at = end;
  for (let items = 0; items < 4; items++) {
    const item = npStartingAt(ctx, at + 1, false);
    if (!item || item.end > limit || !personOrName(ctx, item)) return null;
    if (ctx.words[item.end] === ',') {
      at = item.end;
      continue;
    }
    if (ctx.words[item.end] !== 'and') return null;
    const last = conjunctAfter(ctx, item.end, limit, AFTER_AND_CONJUNCT);
    return last && personOrName(ctx, last) && !verbBeforeBreak(ctx, last.end) ? last : null;
  }
  return null;
}

const LIST_ENDS: ReadonlySet<string> = new Set([',', '.', '!', '?', ...CLAUSE_BREAKS]);

/** A verb between `from` and the next clause break: "..., witnesses and authorities in Gaza said" makes the list a subject. */
function verbBeforeBreak(ctx: Ctx, from: number): boolean {
  for (let j = from; j < ctx.tokens.length && !LIST_ENDS.has(ctx.words[j] as string); j++) if (/^(VB[DPZ]?|MD)$/.test(ctx.tokens[j]?.tag ?? '')) return true;
  return false;
}

/** Tags after a second conjunct that make it a clause's subject, not part of the phrase ("and some 250 were taken"). */
const AFTER_AND_CONJUNCT = /^(VB|MD)/;
/** The same after a comma, which in a headline may also start a list of clauses ("man, woman injured, ..."). */
const AFTER_COMMA_CONJUNCT = /^(VB|MD|,)/;

/** The noun phrase after the link at `end`, within `limit`, with no verb (by `after`) right after it; else null. */
function conjunctAfter(ctx: Ctx, end: number, limit: number, after: RegExp): Phrase | null {
  const second = npStartingAt(ctx, end + 1, false);
  if (!second || second.end > limit) return null;
  const next = ctx.tokens[second.end];
  return next && after.test(next.tag) ? null : second;
}

/** A harm noun among tokens [from, to) ("the wounding of his mother"). */
function hasHarmNoun(ctx: Ctx, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ctx.lexicon.harmNouns.has(ctx.words[j] as string) && /^NN/.test(ctx.tokens[j]?.tag ?? '')) return true;
  return false;
}

/** Participles that give a name: "a man named ...", "a group called ...". */
const NAMING: ReadonlySet<string> = new Set(['named', 'called', 'dubbed', 'nicknamed']);

/** Pronouns a count takes in an of-phrase: "one of them", "two of us". */
const OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'you', 'whom', 'those', 'these']);

/** A harm verb's past form right before a count ("injured hundreds", "wounded 40") or an object's first word: a verb and its object, no noun phrase. */
function pastBeforeObject(ctx: Ctx, k: number): boolean {
  if (ctx.lexicon.verbForms.get(ctx.words[k] ?? '')?.includes('past') !== true) return false;
  // (or before a determiner, a possessive or a singular noun, which an adjective does not
  // take alone: "killed his mother and injured/VBN brother", "and wounded a guard")
  return isCount(ctx, k + 1) || /^(DT|PRP\$|NN)$/.test(ctx.tokens[k + 1]?.tag ?? '');
}

/** 'killed "significant wanted" militant': words in quotes before the noun they modify, with it; or a quoted noun phrase. */
function quotedModifierPhrase(ctx: Ctx, k: number, open: number, coordinate: boolean): Phrase | null {
  for (let close = open + 2; close <= open + 4; close++) {
    // the tagger may read a closing quote as an opening one: the word decides
    if (!QUOTE_MARKS.has(ctx.words[close] as string)) continue;
    const rest = npStartingAt(ctx, close + 1, coordinate);
    if (rest && (/^NN/.test(ctx.tokens[rest.head]?.tag ?? '') || ctx.lexicon.people.has(ctx.words[rest.head] as string))) return { start: k, end: rest.end, head: rest.head };
    // 'killed "terrorists" in the village': a whole noun phrase in quotes
    const inner = npStartingAt(ctx, open + 1, false);
    return inner && inner.end === close ? { start: k, end: close + 1, head: inner.head } : null;
  }
  // 'the attackers killed "innocent and vulnerable woman because ...': a quotation that opens
  // with the noun phrase (its words, not the quote mark)
  return npStartingAt(ctx, open + 1, coordinate);
}

function countedParticiple(ctx: Ctx, i: number, head: number): boolean {
  if (ctx.tokens[i]?.tag !== 'VBN' || head !== i - 1 || ctx.tokens[head]?.tag !== 'CD') return false;
  // (past up to two modifiers of the noun: "26 suspected Islamist militants")
  let noun = i + 1;
  while (noun < i + 3 && /^(JJ|NNP)$/.test(ctx.tokens[noun]?.tag ?? '')) noun++;
  return /^NNP?S$/.test(ctx.tokens[noun]?.tag ?? '');
}

/** Comparatives before "than" that open a comparison after a phrase ("more than two years ago"), not a noun compared ("more civilians than"). */
const COMPARED: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'longer', 'later', 'earlier', 'rather']);

/** A harm phrase's words: modifiers and nouns by tag or by the harm word lists. */
function harmRules(ctx: Ctx): PhraseRules {
  // not inside a hyphenated compound: "14-year-old", "a six-month-old baby" (its second hyphen
  // left out too: "her 9-year old brother"; or its first: "the 60 year-old driver")
  const time = (i: number): boolean => isTimeWord(ctx, i) && !(ctx.tokens[i - 1]?.tag === 'HYPH' && (ctx.tokens[i + 1]?.tag === 'HYPH' || ctx.words[i + 1] === 'old')) && !(ctx.tokens[i + 1]?.tag === 'HYPH' && ctx.words[i + 2] === 'old');
  return {
    // after the head, a number or a participle starts something else: "beat Italy 2-1",
    // "Kill Man Holding Toy Gun"
    // ("three suspected militants": a participle between a number and a plural noun modifies it)
    // (a participle that opens the phrase modifies the noun after it, whatever came before:
    // "punching/NN handcuffed man", past an adjective before a word for people too: "killed
    // renowned Palestinian poet")
    // ("a Brazilian national named Karla Mendes": a naming participle after the phrase's words starts a post-modifier;
    // "shot his girlfriend more than two years ago": a comparison after the head is no part of the phrase)
    // ("Iran-backed commander", "Russia-installed official": a participle hyphened to the word before it, before a noun, is one modifier with it)
    takes: (i, start, head) =>
      hyphenedParticiple(ctx, i) ||
      ((isModifier(ctx, i) || (i === start && participleOpener(ctx, i) && (/^NN/.test(ctx.tokens[i + 1]?.tag ?? '') || (ctx.tokens[i + 1]?.tag === 'JJ' && isPeopleWord(ctx.words[i + 2] ?? ''))))) && !time(i) && !(head >= 0 && /^(CD|VBG|VBN)$/.test(ctx.tokens[i]?.tag ?? '') && !countedParticiple(ctx, i, head)) && !(i > start && NAMING.has(ctx.words[i] as string)) && !(head >= 0 && ctx.words[i + 1] === 'than' && COMPARED.has(ctx.words[i] as string)) && !(head >= 0 && ctx.words[i + 1] === 'of' && PREPOSITIONS_BEFORE_OF.has(ctx.words[i] as string))),
    // (not a span of time that opens a time adverbial after a noun: "bombs buildings in Gaza | minutes after")
    isHead: (i) => (isNounish(ctx, i) && !spanBeforeRelativeTime(ctx, i)) || STANDALONE_PEOPLE.has(ctx.words[i] as string),
    // a plural noun ends a compound: "three journalists | drew condemnation"
    // (not a name's plural before a word for a person: "al-Aqsa Brigades commander")
    // (nor a count before "more" and its noun: "killed hundreds more villagers")
    // (nor a word a hyphen joins to the next: "Michelle Moses/NNPS-Martin")
    // (nor "police", a plural without its -s, before the noun it modifies: "two police/NNS cars")
    // (nor a plural that modifies the singular noun after it: "rights activist", data/grammar/plural-modifiers.yml;
    // or the plural word for people after it: "rights campaigners", "arms dealers")
    endsAfter: (i) =>
      ctx.tokens[i + 1]?.tag !== 'HYPH' &&
      ((ctx.tokens[i]?.tag === 'NNS' && !countBeforeMore(ctx, i) && !(ctx.words[i] === 'police' && /^NNS?$/.test(ctx.tokens[i + 1]?.tag ?? '')) && !(PLURAL_MODIFIERS.has(ctx.words[i] as string) && (ctx.tokens[i + 1]?.tag === 'NN' || (ctx.tokens[i + 1]?.tag === 'NNS' && isPeopleWord(ctx.words[i + 1] as string))))) || (ctx.tokens[i]?.tag === 'NNPS' && !(ctx.tokens[i + 1]?.tag === 'NN' && isPeopleWord(ctx.words[i + 1] as string)))),
    // "members of the security forces"
    join: (end, head) => (head >= 0 && ctx.words[end] === 'of' && isModifier(ctx, end + 1) && !time(end + 1) ? end + 1 : -1),
  };
}

/** A unit of time after a noun, before "after", "later" or "ago": "in Kabul days after the attack". */
function spanBeforeRelativeTime(ctx: Ctx, i: number): boolean {
  return DURATIONS.has(ctx.words[i] as string) && RELATIVE_TIME.has(ctx.words[i + 1] ?? '') && /^NN/.test(ctx.tokens[i - 1]?.tag ?? '');
}

/** A participle that may open a phrase: VBN, or a past form the tagger read as a verb that is also an adjective ("terrified/VBD Africans"). */
function participleOpener(ctx: Ctx, i: number): boolean {
  const tag = ctx.tokens[i]?.tag;
  return tag === 'VBN' || (tag === 'VBD' && lexiconAllows(ctx.words[i] as string, 'JJ'));
}

/** A plural count word before "more" and a noun or adjective: "hundreds" in "hundreds more villagers". */
function countBeforeMore(ctx: Ctx, i: number): boolean {
  return NUMBER_WORDS.has(ctx.words[i] as string) && ctx.words[i + 1] === 'more' && /^(NN|JJ)/.test(ctx.tokens[i + 2]?.tag ?? '');
}

/**
 * A participle after a hyphen and before a noun or adjective: "backed" in "Iran-backed
 * commander", "bombing" in "car-bombing suspect" (an -ing form, stop 74).
 */
function hyphenedParticiple(ctx: Ctx, i: number): boolean {
  return /^VB[NDG]$/.test(ctx.tokens[i]?.tag ?? '') && ctx.tokens[i - 1]?.tag === 'HYPH' && /^(NN|JJ)/.test(ctx.tokens[i + 1]?.tag ?? '');
}

/** "at least" / "more than" / "nearly" before a counted phrase belongs to it. */
function withOpener(ctx: Ctx, start: number): number {
  // "over 200 people", but not "held over the dissident's poisoning": a word that is also a
  // preposition opens the phrase only before a count
  const quantifier = ctx.words[start - 1] ?? '';
  if (QUANTIFIER_WORDS.has(quantifier) && (!PREPOSITION_QUANTIFIERS.has(quantifier) || isCount(ctx, start))) return start - 1;
  const opener = QUANTIFIER_OPENERS.find(([a, b]) => ctx.words[start - 2] === a && ctx.words[start - 1] === b);
  return opener ? start - 2 : start;
}

/** Quantifiers that are prepositions too: "over 100", "over the border". */
const PREPOSITION_QUANTIFIERS: ReadonlySet<string> = new Set(['over', 'about', 'around', 'near']);

/** Nouns of a great number, whose head follows "of" as a partitive's does: "masses of civilians". */
const MASSES: ReadonlySet<string> = new Set(['masses', 'hordes', 'busloads', 'throngs']);

/**
 * A word for people, or for a side by its kind, right before a noun of violence a crowd or a
 * side does ("anarchist violence", "fan violence", "tribal fighting", "gang feud"): its doers.
 * A noun of one-sided harm takes its victims there instead ("child abuse", "civilian deaths").
 */
export function doersBeforeViolence(ctx: Ctx, i: number): boolean {
  if (!VIOLENCE_OF_DOERS.has(ctx.words[i + 1] ?? '') || !/^NN/.test(ctx.tokens[i + 1]?.tag ?? '')) return false;
  const w = ctx.words[i] as string;
  // (not the kind of violence named by the home it happens in: "family violence", "partner violence")
  // (a noun the tagger read as an adjective too: "hooligan/JJ violence")
  return (/^(NNS?|NNPS|JJ)$/.test(ctx.tokens[i]?.tag ?? '') && isPeopleWord(w) && !HOUSEHOLD_VIOLENCE.has(w)) || SIDES.has(w);
}

/**
 * "Three killed as rival fans clash in the capital": people right before a verb of fighting, its
 * subject, are its sides, who did the harm it brought (a noun of fighting after them is
 * doersBeforeViolence's).
 */
export function sidesBeforeFighting(ctx: Ctx, i: number): boolean {
  if (!FIGHTING_VERBS.has(ctx.words[i + 1] ?? '') || !/^VB[DPZ]?$/.test(ctx.tokens[i + 1]?.tag ?? '') || !/^(NNS|NNPS)$/.test(ctx.tokens[i]?.tag ?? '') || !isPeopleWord(ctx.words[i] as string)) return false;
  // (a fight with an object has it as the other side, whom the text may hold responsible: "workers fight police, two killed")
  if (/^(DT|NN|PRP|CD|JJ)/.test(ctx.tokens[i + 2]?.tag ?? '')) return false;
  // (not a fight over a harm, or after it, which the fighters did not do: "Protesters clash over
  // detainee's death", "Migrants riot after youth killed")
  for (let k = i + 2; k < ctx.words.length && ctx.words[k] !== ',' && ctx.words[k] !== ':'; k++) if (FIGHTS_ABOUT.has(ctx.words[k] as string)) return false;
  return true;
}

/** Words after a fight that name what it is about or what it follows. */
const FIGHTS_ABOUT: ReadonlySet<string> = new Set(['over', 'after', 'against', 'following', 'about', 'amid']);

/** Verbs whose subject are the sides of a fight. */
const FIGHTING_VERBS: ReadonlySet<string> = new Set(['clash', 'clashed', 'brawl', 'brawled', 'riot', 'rioted', 'fight', 'fought']);

/** Words that name violence at home by those it happens among: domestic violence, no doers named. */
const HOUSEHOLD_VIOLENCE: ReadonlySet<string> = new Set(['family', 'families', 'partner', 'partners', 'spouse', 'household']);

/** Violence a crowd or a side does (nouns.yml violence and clash). */
const VIOLENCE_OF_DOERS: ReadonlySet<string> = new Set(['violence', 'feud', 'feuds', 'fighting', 'rioting', 'clashes', 'rampage']);
/** Words that name the sides of a fight by their kind ("tribal fighting": tribes fought). */
const SIDES: ReadonlySet<string> = new Set(['tribal', 'clan', 'gang', 'mob']);

/** Courts and those who sit in them: they jail ("court jails smuggler"), and a charge is faced before them ("to face court on a murder charge"). */
export const COURTS: ReadonlySet<string> = new Set(['court', 'courts', 'trial', 'magistrates', 'judge', 'judges', 'jury', 'tribunal', 'tribunals']);

/** Partitives whose parts are people, whatever the whole: "members of". */
// "two members of the party's political office", "head of the local council": one who belongs to, or leads, a body is a person
const MEMBER_WORDS: ReadonlySet<string> = new Set(['member', 'members', 'head', 'heads']);

/** A count in the plural written in figures: "100s". */
const PLURAL_COUNT = /^\d+s$/;

/** The noun that says what the phrase is: after "of" in a partitive ("dozens of homes"). */
function semanticHead(ctx: Ctx, p: Phrase): number {
  // "mother-in-law", "Father-In-Law": the kin word before "-in-law"
  if (ctx.words[p.head] === 'law' && ctx.words[p.head - 2] === 'in' && ctx.tokens[p.head - 1]?.tag === 'HYPH' && ctx.tokens[p.head - 3]?.tag === 'HYPH' && p.head - 4 >= p.start) return p.head - 4;
  const of = firstOf(ctx, p);
  if (of < 0) return p.head;
  const beforeOf = of - 1;
  // ("100s of civilians": a count in the plural, one word as EWT has it, as "hundreds of")
  return PARTITIVES.has(ctx.words[beforeOf] ?? '') || MASSES.has(ctx.words[beforeOf] ?? '') || ctx.tokens[beforeOf]?.tag === 'CD' || PLURAL_COUNT.test(ctx.words[beforeOf] ?? '') ? p.head : lastNoun(ctx, p.start, of);
}

/** Words for two or three people that also count things: "a couple of guns", "a pair of shoes". */
const COUNTING_PEOPLE_WORDS: ReadonlySet<string> = new Set(['couple', 'pair', 'duo', 'trio']);

/**
 * The phrase after the last "of" of `np` that ends where `np` ends ("a camera of [a gunman]",
 * "families of [citizens]"), or null: the noun a relative pronoun after `np` may stand for.
 */
export function lastOfPhrase(ctx: Ctx, np: Phrase): Phrase | null {
  const of = ctx.words.lastIndexOf('of', np.head);
  if (of <= np.start) return null;
  const after = npStartingAt(ctx, of + 1);
  return after && after.end === np.end ? after : null;
}

/** The index of the first "of" inside the phrase, or -1. */
function firstOf(ctx: Ctx, p: Phrase): number {
  for (let k = p.start; k < p.end; k++) if (ctx.words[k] === 'of') return k;
  return -1;
}

/** A number before the head: "two suspected smugglers". */
function counted(ctx: Ctx, p: Phrase, head: number): boolean {
  for (let i = p.start; i < head; i++) if (ctx.tokens[i]?.tag === 'CD') return true;
  return false;
}

function lastNoun(ctx: Ctx, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (isNounish(ctx, i) || ctx.tokens[i]?.tag === 'PRP') return i;
  return end - 1;
}

/** The word at `k` names an armed group by itself (groups.yml `armed`: "taliban", "hamas", "militia"). */
export function isArmedGroupName(ctx: Pick<Ctx, 'words'>, k: number): boolean {
  return matchAll(loadGroups().armed, ctx.words, k, k + 1).length > 0;
}

/** A phrase of capitalised proper nouns only: "Carter", "Lt. Dan Moore", "Holland". */
export function isProperName(ctx: Pick<Ctx, 'tokens'>, p: Phrase): boolean {
  return ctx.tokens.slice(p.start, p.end).every((t) => /^NNPS?$/.test(t.tag) && /^\p{Lu}/u.test(t.text));
}

/** Can the phrase be people? `strict`: a name is not enough ("Spain beat Italy"). */
export function isPeople(ctx: Ctx, p: Phrase, strict: boolean): boolean {
  // "two members of the party's political office": members are people, whatever they are members of
  const of = firstOf(ctx, p);
  if (of > p.start && MEMBER_WORDS.has(ctx.words[of - 1] as string)) return true;
  // a name given an age in its tail is a person's: "Omar Haddad, 19,"
  if (p.tail !== undefined && ctx.tokens[p.tail - 1]?.tag === 'CD') return true;
  const h = semanticHead(ctx, p);
  const w = ctx.words[h] as string;
  const token = ctx.tokens[h];
  if (!token) return false;
  // an adjective used as a noun names people: "A Palestinian was shot", "a 17-year-old"
  if (token.tag === 'JJ' && h === p.end - 1) return true;
  // (not a sum of money: "$141,000", "£2m")
  if (token.tag === 'CD' && ctx.tokens[h - 1]?.tag === '$') return false;
  // (nor a name's number: "Interstate 290", "Route 9", "Flight 17")
  // (a capitalised word before it in running text is the name's, whatever its tag: "Interstate/JJ 290")
  if (token.tag === 'CD' && numberedName(ctx, h - 1, h > p.start)) return false;
  // (nor a year: "In July 2017, an officer ...", "in 2013")
  if (token.tag === 'CD' && isYear(w) && (TIME_WORDS.has(ctx.words[h - 1] ?? '') || YEAR_PREPOSITIONS.has(ctx.words[h - 1] ?? ''))) return false;
  if (token.tag === 'CD' || NUMBER_WORDS.has(w) || PERSONAL_PRONOUNS.has(w) || STANDALONE_PEOPLE.has(w)) return true;
  // "a couple of guns", "a pair of handguns": a word for two people before "of" counts what follows it
  if (COUNTING_PEOPLE_WORDS.has(w) && ctx.words[h + 1] === 'of') {
    const counted = npStartingAt(ctx, h + 2);
    return counted !== null && isPeople(ctx, counted, strict);
  }
  if (isPeopleWord(w)) return true;
  // "families whose loved ones were killed": "ones" alone stands for anything, "loved ones" for people
  if ((w === 'ones' || w === 'one') && ctx.words[h - 1] === 'loved' && h - 1 >= p.start) return true;
  // "two suspected smugglers", "three miners": a counted plural of a word for a doer
  if (counted(ctx, p, h) && token.tag === 'NNS' && /(ers|ors|ists|ians)$/.test(w) && !ctx.lexicon.causes.has(w) && !ctx.lexicon.homes.has(w)) return true;
  // a demonym as a noun names a person: "Ukrainian Is Killed in Moscow Blast"
  if (/^NN/.test(token.tag) && isDemonymNoun(w)) return true;
  // and one of two words ending the phrase: "Kidnapped North Koreans freed", "storm kills four Central Africans"
  if (/^NN/.test(token.tag) && h > p.start && compoundDemonymEndsAt(ctx, h)) return true;
  // a counted armed group stands for its members: "eight taliban killed", "two Hezbollah wounded"
  if (counted(ctx, p, h) && isArmedGroupName(ctx, h)) return true;
  const lx = ctx.lexicon;
  // "Journalists Ali Hassan and Mira Saad": names after a word for people are those people
  // (a name's last word may be tagged a common noun in a headline: "Journalist Kim Wall")
  if (/^NN/.test(token.tag) && (/^NNPS?$/.test(token.tag) || /^\p{Lu}/u.test(token.text)) && peopleBeforeNames(ctx, p)) return true;
  // Names count in running text only: in a headline every word looks like one.
  const named = /^NNPS?$/.test(token.tag) && ctx.sentence.casing === 'sentence';
  if (!strict && !named && (titleCaseName(ctx, p) || unknownName(ctx, p))) return true;
  // (a surname that is also a thing's word, after a given name, is still a name: "Kevin Gun")
  if (!strict && named && ((!lx.homes.has(w) && !lx.causes.has(w) && !isPlaceName(w)) || titleCaseName(ctx, p))) return true;
  // "shot Corey and his two dogs": people named in a conjunct before the last one
  const and = lastConjunction(ctx, p.start + 1, h);
  return and > 0 && isPeople(ctx, { start: p.start, end: and, head: and - 1 }, strict);
}

/**
 * "Former Cop Who Killed Sam DuBose": a phrase of two or more proper nouns that opens with a
 * given name (data/grammar/first-names.yml) and ends in its head is a person's name, in a
 * headline whose every word is capitalised or in running text ("Kevin Gun"); "Gaza Strip",
 * "Paris Suburb" open with none.
 */
function titleCaseName(ctx: Ctx, p: Phrase): boolean {
  if (p.end - p.start < 2 || p.head !== p.end - 1 || !isFirstName(ctx.words[p.start] as string)) return false;
  for (let k = p.start; k < p.end; k++) if (!/^NNP/.test(ctx.tokens[k]?.tag ?? '')) return false;
  return true;
}

/**
 * "The Killing Of Zarek Omundsen": where capitals mark no names (a headline whose every word
 * is capitalised), two or more words ending the phrase that the tag dictionary knows only as
 * proper nouns, or not at all, or that are given names ("Roman Vastrikov"), are a person's name,
 * unless one is a place's ("Khan Younis": groups.yml) or a word for a home or a weapon.
 */
function unknownName(ctx: Ctx, p: Phrase): boolean {
  if (p.head !== p.end - 1 || ctx.sentence.casing === 'sentence') return false;
  let names = 0;
  let unknown = false;
  for (let k = p.end - 1; k >= p.start; k--) {
    const w = ctx.words[k] as string;
    const tags = lexiconTags(w);
    if (!(tags === '-' || /^NNPS?(\/NNPS?)?$/.test(tags) || isFirstName(w)) || !/^\p{L}[\p{L}'-]*$/u.test(w)) break;
    if (isPlaceName(w) || ctx.lexicon.homes.has(w) || ctx.lexicon.causes.has(w)) return false;
    unknown ||= tags === '-';
    names++;
  }
  return names >= 2 && unknown;
}

/** The last "and" or "or" from `from` to before `to` (-1: none), past the words of an of-phrase ("families of the dead and wounded" is one noun's). */
function lastConjunction(ctx: Ctx, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const w = ctx.words[k] as string;
    if (w === 'of') return -1;
    if ((w === 'and' || w === 'or') && ctx.tokens[k]?.tag === 'CC') return k;
  }
  return -1;
}

/** A number that reads as a year of the last two centuries or this one: "1948", "2013". */
export function isYear(w: string): boolean {
  return /^(1[89]|20)\d\d$/.test(w);
}

/** Prepositions a year follows ("in 2013", "since 1948"), beside a month (TIME_WORDS: "July 2017"). */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'of', 'until', 'till', 'by', 'from', 'to', 'during', 'before', 'after']);

/**
 * The word at `k`, before a number, is a name's: a proper noun in its phrase, or a capitalised noun or
 * adjective inside running text ("Interstate/JJ 290", "Route/NN 9"), not a sentence's opener ("Over 700").
 */
function numberedName(ctx: Ctx, k: number, inPhrase: boolean): boolean {
  const tag = ctx.tokens[k]?.tag ?? '';
  // (a name outside the number's phrase is another phrase: "crashes in Iraq 4 dead")
  return (inPhrase && /^NNP/.test(tag)) || (k > 0 && ctx.sentence.casing === 'sentence' && /^(NN|JJ)$/.test(tag) && /^\p{Lu}/u.test(ctx.tokens[k]?.text ?? ''));
}

/** Verbs that carry someone somewhere, the harmed to a hospital above all ("taken to", "airlifted to", "rushed to"). */
/** Places of care the harmed are taken to: "taken to hospital", "died at the hospital". */
export const HOSPITALS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'clinic', 'er']);
export const CONVEYING_VERBS: ReadonlySet<string> = new Set(['take~v', 'send~v', 'rush~v', 'transport~v', 'airlift~v', 'fly~v', 'bring~v', 'carry~v', 'transfer~v'].flatMap(wordForms));

/** "hostages held in Gaza", "prisoners held by Israel": a phrase whose head names people by their captivity (groups.yml roles). */
export function isCaptive(ctx: Ctx, p: Phrase, role: 'hostage' | 'prisoner'): boolean {
  return matchAll(loadGroups().roles, ctx.words, p.head, p.head + 1).some((m) => m.value === role);
}

/** A country, territory or conflict place named in one word ("France", "Gaza"): a place, not people ("Southern France suffocates under heatwave"). */
function isPlaceName(w: string): boolean {
  const g = loadGroups();
  return [g.countries, g.territories, g.places].some((list) => (list.byFirst.get(w) ?? []).some((e) => e.words.length === 1));
}

/**
 * A place's name alone, written in lower case ("sydney", "gaza"): in a headline written all in
 * lower case, where names lose their capitals, the place it names, not a person of that name.
 */
export function isLowerCasePlaceName(ctx: Ctx, p: Phrase): boolean {
  return p.start === p.head && p.end === p.start + 1 && /^\p{Ll}/u.test(ctx.tokens[p.start]?.text ?? '') && isPlaceName(ctx.words[p.start] as string);
}

/** Demonyms that name a country, not a person, as a noun ("US", "UK"; "Myanmar"). */
export const COUNTRY_DEMONYMS: ReadonlySet<string> = new Set(['us', 'u.s.', 'uk', 'myanmar']);

/** A one-word demonym of data/harm/groups.yml ("ukrainian", "israeli", "druze"). */
export function isDemonymNoun(w: string): boolean {
  return !COUNTRY_DEMONYMS.has(w) && (loadGroups().demonyms.byFirst.get(w) ?? []).some((e) => e.words.length === 1);
}

/** A demonym of two words ("south koreans", "central africans") whose last word is at `h`. */
function compoundDemonymEndsAt(ctx: Ctx, h: number): boolean {
  return matchAll(loadGroups().demonyms, ctx.words, h - 1, h + 1).some((m) => m.start === h - 1 && m.end === h + 1);
}

/** A word for people opening a phrase of names: "Journalists Ali Hassan and Mira Saad", "Palestinian poet Refaat Alareer". */
function peopleBeforeNames(ctx: Ctx, p: Phrase): boolean {
  // "Russian Reporter Maxim Borodin": in a headline a first name may be tagged a common noun;
  // a capitalised noun counts as a name when a name ends the phrase
  const endsInName = /^NNPS?$/.test(ctx.tokens[p.end - 1]?.tag ?? '');
  for (let i = p.start; i < p.end - 1; i++) {
    const next = ctx.tokens[i + 1];
    if (!next || !isPeopleWord(ctx.words[i] as string)) continue;
    if (/^NNPS?$/.test(next.tag) || (endsInName && /^NNS?$/.test(next.tag) && /^\p{Lu}/u.test(next.text))) return true;
  }
  return false;
}

export function isHomes(ctx: Ctx, p: Phrase): boolean {
  return hasWordOf(ctx, p, ctx.lexicon.homes);
}

/** A vehicle that carries people, by its head: "a plane", "the Cuban ferry" (causes.yml vehicles). */
export function isVehicle(ctx: Ctx, p: Phrase): boolean {
  return ctx.lexicon.causes.get(ctx.words[p.head] ?? '') === 'vehicle';
}

/** A populated place: a home, school, hospital, camp ... (places.yml homes and places). */
export function isPlace(ctx: Ctx, p: Phrase): boolean {
  return hasWordOf(ctx, p, ctx.lexicon.places);
}

/** A vehicle as the doer of a passive: "hit by a car", "struck by the train" (an accident). */
export function hitByVehicle(ctx: Ctx): boolean {
  return ctx.words.some((w, i) => ctx.lexicon.causes.get(w) === 'vehicle' && (ctx.words[i - 1] === 'by' || (ctx.words[i - 2] === 'by' && ctx.tokens[i - 1]?.tag === 'DT')));
}

export function isPopulated(ctx: Ctx, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (ctx.lexicon.places.has(ctx.words[k] as string) && !houseAsName(ctx, k)) return true;
  const g = loadGroups();
  const named = (m: { start: number }): boolean => {
    const w = ctx.words[m.start] as string;
    if (!/^NNP/.test(ctx.tokens[m.start]?.tag ?? '') || g.demonyms.byFirst.has(w) || g.organisations.byFirst.has(w)) return false;
    return !g.countries.byFirst.has(w) || (g.capitals.byFirst.has(w) && capitalAsPlace(ctx, m.start));
  };
  return matchAll(g.places, ctx.words, start, end).some(named) || matchAll(g.territories, ctx.words, start, end).some(named);
}

/**
 * "US bombs Yemen", "Israel strikes Syria": a country (or capital) named alone, by its name,
 * as the object of a verb of bombing, stands for the populated places struck in it (verbs.yml
 * victim `country`); not when more is named ("a weapons depot in Syria": inPopulatedPlace).
 */
/** A country's name that is the whole of the sentence's first words, up to `end`, whatever the tagger read: "Turkey/JJ shells village". */
export function openingCountry(ctx: Ctx, end: number): Phrase | null {
  return matchAll(loadGroups().countries, ctx.words, 0, end).some((m) => m.start === 0 && m.end === end) ? { start: 0, end, head: end - 1 } : null;
}

export function isCountryNamed(ctx: Ctx, p: Phrase): boolean {
  // (a capitalised name the tagger read as a common noun too: "Niger/NN holds")
  const token = ctx.tokens[p.start];
  if (!token || !(/^NNP/.test(token.tag) || (token.tag === 'NN' && /^\p{Lu}/u.test(token.text)))) return false;
  return matchAll(loadGroups().countries, ctx.words, p.start, p.end).some((m) => m.start === p.start && m.end === p.end);
}

/**
 * "Turkish planes strike northern Iraq", "jets bomb south Lebanon": a country's part named by
 * its compass point, where people live as in the country itself (verbs.yml strike-place, victim
 * `country`).
 */
export function isRegionOfCountry(ctx: Ctx, p: Phrase): boolean {
  if (p.end - p.start < 2 || !COUNTRY_PARTS.has(ctx.words[p.start] as string)) return false;
  return isCountryNamed(ctx, { start: p.start + 1, end: p.end, head: p.head });
}

/** Words for a part of a country by where it lies: "northern Iraq", "central Gaza", "south Lebanon". */
const COUNTRY_PARTS: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/**
 * "bombs a charity building in Jabalia refugee camp": a building named by what it is for
 * stands in the populated place after it, which the attack hits too (the manual's attacks on
 * populated places). Only "in" or "inside" a place of people (places.yml) or a town, district
 * or camp whose people the text may name by it (groups.yml places), not a country or a capital:
 * "strikes a weapons depot in Syria" names property only.
 */
export function inPopulatedPlace(ctx: Ctx, p: Phrase): boolean {
  if (!IN_PLACE.has(ctx.words[p.end] ?? '')) return false;
  const place = npStartingAt(ctx, p.end + 1);
  if (place === null) return false;
  for (let k = place.start; k < place.end; k++) if (ctx.lexicon.places.has(ctx.words[k] as string)) return true;
  // "bombs hundreds of targets in Gaza": a town, a district or a camp named (places in
  // groups.yml), as a strike on it is ("bombs Gaza"); not a country or a capital ("a weapons
  // depot in Syria", "the consulate in Damascus")
  const g = loadGroups();
  return matchAll(g.places, ctx.words, place.start, place.end).some((m) => {
    const w = ctx.words[m.start] as string;
    return /^NNP/.test(ctx.tokens[m.start]?.tag ?? '') && !g.countries.byFirst.has(w) && !g.capitals.byFirst.has(w);
  });
}

const IN_PLACE: ReadonlySet<string> = new Set(['in', 'inside']);

/**
 * A capital named as a city, not as its government: "Russia bombs Kyiv", "strike in Damascus",
 * but not "Moscow says", "Tehran's response", "Washington warns of attack" (a sentence's
 * opening word, a possessor, or a verb's subject).
 */
function capitalAsPlace(ctx: Ctx, k: number): boolean {
  if (k === 0 || POSSESSIVE_CLITICS.has(ctx.words[k + 1] ?? '')) return false;
  return !/^(VB|MD)/.test(ctx.tokens[k + 1]?.tag ?? '');
}

/** "White House", "House Intel Committee head": the House of a government or a parliament, no home. */
function houseAsName(ctx: Ctx, k: number): boolean {
  if (ctx.words[k] !== 'house') return false;
  return ctx.words[k - 1] === 'white' || (ctx.sentence.casing === 'sentence' && k > 0 && ctx.tokens[k]?.text === 'House');
}

function hasWordOf(ctx: Ctx, p: Phrase, words: ReadonlySet<string>): boolean {
  for (let i = p.start; i < p.end; i++) if (words.has(ctx.words[i] as string)) return true;
  return false;
}

/** What a phrase names as the cause of harm: its head first, then any of its nouns. */
export function causeOf(ctx: Ctx, start: number, end: number, head: number = end - 1): CauseClass | null {
  const causes = ctx.lexicon.causes;
  // "the driver of the truck", "the owner of the gun": people whose of-phrase names what they
  // drive or own; the phrase names them, not the vehicle or the weapon (so do people "inside of" it)
  // (looked for only within the phrase, before its head, with no copy: this runs for every cause asked of)
  let of = start + 1;
  while (of < head && ctx.words[of] !== 'of') of++;
  const owner = PREPOSITIONS_BEFORE_OF.has(ctx.words[of - 1] ?? '') ? of - 2 : of - 1;
  if (of < head && ctx.lexicon.people.has(ctx.words[owner] ?? '')) return null;
  if (isWildfire(ctx, head)) return 'natural';
  const own = causes.get(ctx.words[head] ?? '');
  if (own) return own;
  // "poisoned by a nerve agent": a poison used as a weapon, not an agent who acts
  if (isNerveAgent(ctx.words, head)) return 'weapon';
  if (ctx.lexicon.people.has(ctx.words[head] ?? '')) return null;
  for (let i = start; i < end; i++) {
    if (ctx.words[i] === 'of') break;
    const cls = causes.get(ctx.words[i] as string);
    if (cls && isNounish(ctx, i)) return cls;
  }
  return null;
}

/** "South African bush fires", "a forest fire": a fire on wild land (wordlists.yml wildland) is a natural force, not gunfire nor a blaze. */
export function isWildfire(ctx: Ctx, i: number): boolean {
  return FIRES.has(ctx.words[i] ?? '') && ctx.lexicon.lists.get('wildland')?.has(ctx.words[i - 1] ?? '') === true;
}

/** A fire, one or more. */
const FIRES: ReadonlySet<string> = new Set(['fire', 'fires']);

/** "the hostage's body", "three hostages’ bodies" (a plural's possessive is its apostrophe alone): the possessor's phrase. */
export function possessorBefore(ctx: HarmContext, i: number): Phrase | null {
  return isGenitiveMark(ctx, i - 1) ? npEndingAt(ctx, i - 2) : null;
}

/** "'s" at k, or an apostrophe after a plural ("herders' ears"), however the tagger read it. */
export function isGenitiveMark(ctx: HarmContext, k: number): boolean {
  const mark = ctx.words[k] ?? '';
  return POSSESSIVE_CLITICS.has(mark) || ((mark === '’' || mark === "'") && /s$/.test(ctx.words[k - 1] ?? ''));
}

/** Nouns for those a harm befell, after the harm word that names it: "attack victim", "rape survivors". */
/** The words for those a harm befell: "victim", "victims". */
export const VICTIM_WORDS: ReadonlySet<string> = new Set(['victim', 'victims']);
export const HARMED_NOUNS: ReadonlySet<string> = new Set([...VICTIM_WORDS, 'survivor', 'survivors']);

/** "nerve agent": a poison, not an agent who acts (read by the attack and party rules alike). */
export function isNerveAgent(words: readonly string[], i: number): boolean {
  return words[i] === 'agent' && words[i - 1] === 'nerve';
}
