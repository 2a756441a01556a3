// Participles that are passive verbs whatever the voice classifier would say. Each rule names
// the example it exists for; not-passive.ts holds the rules that rule a participle out.

import { isHeadline } from './clause';
import { isPeopleWord } from '../nlp/grammar/people';
import { isTransitiveWithoutObject } from './missing-object';
import type { VerbGroup } from './verb-group';
import type { Word } from './word';
import { CAPTIVE_STATES, CAPTIVE_VERBS, FIRED_THINGS, GET_FORMS, GRANTED, GRANTING, HAVE_FORMS, REDUCED_CLAUSE_OPENERS, TIME_WORDS, amountAt, countWithParticipleAt } from '../nlp/grammar/function-words';
import { NOUN_PHRASE_START_TAGS, NOUN_TAGS } from '../nlp/grammar/tags';
import { DOUBLE_OBJECT, LEFT_IN, OBJECT_CONTROL, OBLIGATORILY_TRANSITIVE, PSYCH_PARTICIPLES, wordList } from '../nlp/grammar/word-lists';

interface Rule {
  id: string;
  /** True when the participle at `i`, in its verb group, is a passive. */
  test: (words: readonly Word[], i: number, group: VerbGroup) => boolean;
  reason: string;
}

/**
 * Verbs of saying and believing whose subject, before "to be" or "to have", is what is said
 * or believed, never the sayer. Not verbs that also take an infinitive of their own subject
 * ("expected to win", "claimed to be a doctor", "proved to be false").
 */
const RAISING_PARTICIPLES = wordList('raising-participles');

/** States a report can give someone: those of harm, and "reported missing", "believed alive". */
const REPORTED_STATES = wordList('reported-states');

/** What a court or an inquiry finds someone. */
/** A state or a participle of a verb that must have an object at `k`, with no noun after it: "dead", "shot at home". */
function foundState(words: readonly Word[], k: number): boolean {
  const word = words[k];
  if (!word || NOUN_TAGS.has(words[k + 1]?.tag ?? '')) return false;
  return REPORTED_STATES.has(word.lower) || ((word.tag === 'VBN' || word.tag === 'VBD') && OBLIGATORILY_TRANSITIVE.has(word.lower));
}

const VERDICTS: ReadonlySet<string> = new Set(['guilty', 'innocent', 'liable', 'responsible', 'culpable', 'negligent', 'unfit', 'insane', 'incompetent', 'competent']);

const lowerAt = (words: readonly Word[], k: number): string => words[k]?.lower ?? '';

/** Past forms of verbs of hitting that take their object before "with" (Levin 1993, 18.1 hit verbs): "hit X with a gun", "pelted X with stones". */
const HIT_VERBS: ReadonlySet<string> = new Set(['hit', 'slapped', 'pelted', 'smacked', 'whacked', 'clubbed', 'bludgeoned']);


/** Verbs of telling whose own subject may also do what the infinitive says ("asked not to be named"). */
const SELF_CONTROL: ReadonlySet<string> = new Set(['asked', 'begged']);

/** Participles of perceiving or recording that take the one perceived and an -ing verb: "seen advancing", "caught stealing". */
/** What a charge is for, right after "charged": "with assault", "over the killings", "for fraud", "after the crash", "in the death of". */
const CHARGE_GROUNDS: ReadonlySet<string> = new Set(['with', 'over', 'for', 'after', 'in']);

const PERCEIVED: ReadonlySet<string> = new Set(['seen', 'spotted', 'caught', 'filmed', 'pictured', 'photographed', 'videoed', 'glimpsed']);

/** States "get" puts its subject in, not a passive: "get used to", "got involved" (data/grammar/get-states.yml). */
const GET_STATES = wordList('get-states');

export const MUST_BE_PASSIVE: readonly Rule[] = [
  {
    id: 'raising',
    // "Dozens believed to have been killed", "a man said to be a commander", "Bush reported to have asked ..."
    test: (words, i, group) =>
      group.kind !== 'have' && RAISING_PARTICIPLES.has(lowerAt(words, i)) && lowerAt(words, i + 1) === 'to' && ['be', 'have'].includes(lowerAt(words, i + 2)),
    reason: 'before "to be" or "to have", the subject of a verb of saying or believing is what is said, not the sayer',
  },
  {
    id: 'raising-in-headline',
    // "Fox News Said To Settle Lawsuits", "Apple said to plan new phone": a headline's subject
    // right before a verb of saying or believing and an infinitive is what is said ("is said to
    // settle"); in running text "he said to wait" tells someone to, so only in headlines
    test: (words, i, group) =>
      group.kind === 'none' &&
      isHeadline(words) &&
      RAISING_PARTICIPLES.has(lowerAt(words, i)) &&
      NOUN_TAGS.has(words[i - 1]?.tag ?? '') &&
      lowerAt(words, i + 1) === 'to' &&
      words[i + 2]?.tag === 'VB',
    reason: 'in a headline, a subject before a verb of saying or believing and an infinitive is what is said, not the sayer',
  },
  {
    id: 'reported-in-a-state',
    // "Two reported missing after flash floods", "Dozens of civilians reported killed": with no
    // auxiliary, a verb of saying or believing right before a state, or before a verb that
    // must have an object, reports that state of its subject ("are reported [to be] missing").
    // Not before a noun, which the word describes: "Officials reported missing funds"; not
    // before other participles ("the dealer said needed to be done", "held closed-door talks":
    // the only two matches in UD English EWT train, both active, without that restriction).
    test: (words, i, group) =>
      group.kind === 'none' &&
      RAISING_PARTICIPLES.has(lowerAt(words, i)) &&
      (REPORTED_STATES.has(lowerAt(words, i + 1)) || OBLIGATORILY_TRANSITIVE.has(lowerAt(words, i + 1))) &&
      !NOUN_TAGS.has(words[i + 2]?.tag ?? ''),
    reason: 'a verb of saying or believing before a state ("reported missing") is a passive: someone reported it',
  },
  {
    id: 'left-in-a-state',
    // "Teenager left paralysed after police shooting"; not "left injured players out", where
    // the state word modifies the object.
    // So is an -ing right after it, with a noun before and none after: "Hungry Gazans Left
    // Waiting", "residents left scrambling for water" (not "the army left fighting positions").
    test: (words, i, group) =>
      group.kind !== 'have' &&
      lowerAt(words, i) === 'left' &&
      ((LEFT_IN.has(lowerAt(words, i + 1)) && !NOUN_TAGS.has(words[i + 2]?.tag ?? '')) || (/ing$/.test(lowerAt(words, i + 1)) && /^(VBG|NN)$/.test(words[i + 1]?.tag ?? '') && NOUN_TAGS.has(words[i - 1]?.tag ?? '') && !NOUN_TAGS.has(words[i + 2]?.tag ?? ''))),
    reason: '"leave" in this sense needs an object ("the attack left him paralysed"); with the state right after it, none is there',
  },
  {
    id: 'transitive-after-be',
    // "Protesters were shot.", which the tagger may read as an adjective; but a conjunct may be
    // active ("were arrested and killed two guards") and is forced only with no object.
    // Not "get" before a plural noun, which the participle modifies: "to get injured Palestinians
    // to hospitals" (get's object is the injured).
    test: (words, i, group) =>
      (group.kind === 'be' || group.kind === 'get') &&
      OBLIGATORILY_TRANSITIVE.has(lowerAt(words, i)) &&
      !(group.kind === 'get' && /^NNP?S$/.test(words[i + 1]?.tag ?? '') && lowerAt(words, i + 2) !== 'by') &&
      (group.coordinatedWith === null || isTransitiveWithoutObject(words, i)),
    reason: 'a verb that must have an object, after "be" or "get"',
  },
  {
    id: 'reduced-adverbial-clause',
    // "resists when pushed to explain", "if elected", "as expected": a participle right after
    // a subordinating conjunction is a clause with its subject and "be" left out. In UD
    // English EWT train + dev, 42 of 43 such participles are passive.
    test: (words, i, group) =>
      group.kind === 'none' && REDUCED_CLAUSE_OPENERS.has(lowerAt(words, i - 1)) && (words[i - 1]?.tag === 'IN' || words[i - 1]?.tag === 'WRB'),
    reason: 'right after "when", "if" or "as", the participle is a clause whose subject and "be" are left out',
  },
  {
    id: 'agent-after-participle',
    // "Man shot by police outside his home", "a village shelled by artillery": with no
    // auxiliary, a participle followed by "by" and a noun phrase. In UD English EWT train +
    // dev, 139 of 143 such participles are passive; the others are "by the time" and a
    // subject pronoun's verb ("what he meant by the phrase"). Not an amount after "by", the
    // size of a change: "Aid dropped by 67%".
    test: (words, i, group) =>
      group.kind === 'none' && lowerAt(words, i + 1) === 'by' && NOUN_PHRASE_START_TAGS.has(words[i + 2]?.tag ?? '') && !amountAt(words, i + 2) &&
      !TIME_WORDS.has(lowerAt(words, i + 2)) && lowerAt(words, i + 3) !== 'time' && words[i - 1]?.tag !== 'PRP',
    reason: 'a doer named with "by" right after the participle makes it a passive',
  },
  {
    id: 'transitive-without-object',
    // "Hundreds killed, thousands displaced", "Palestinians killed waiting for aid"
    test: (words, i, group) => group.kind === 'none' && isTransitiveWithoutObject(words, i),
    reason: 'a verb that must have an object, with none after it and no auxiliary before it, can only be a passive participle',
  },
  {
    id: 'found-in-a-state',
    // "Widow Found Not Guilty Of Aiding Attack", "officer found liable": with no auxiliary,
    // "found" right before a verdict reports it of its subject (the court found them so); so
    // too before a state or a participle with no noun after it ("Man found dead", "Executive
    // found shot at home": someone found them so; not "Police found stolen jewels")
    test: (words, i, group) => {
      if (group.kind !== 'none' || lowerAt(words, i) !== 'found') return false;
      const next = lowerAt(words, i + 1) === 'not' ? i + 2 : i + 1;
      return VERDICTS.has(lowerAt(words, next)) || foundState(words, next);
    },
    reason: '"found" right before a verdict ("found not guilty"), a state or a participle ("found shot") reports it of its subject: a passive',
  },
  {
    id: 'state-after-found',
    // "Executive found shot at home", "Teen found stabbed in park": the participle of a verb
    // that must have an object, right after a "found" with no auxiliary, is the state they were
    // found in, itself passive (../shared/guidelines/passive.md: "reported killed", both)
    test: (words, i, group) => group.kind === 'none' && lowerAt(words, i - 1) === 'found' && NOUN_TAGS.has(words[i - 2]?.tag ?? '') && foundState(words, i),
    reason: 'a participle right after "found" ("found shot") is the passive state someone was found in',
  },
  {
    id: 'second-object-after-be',
    // "Founder Is Denied Entry Into U.S.", "was given a medal", "is considered a threat": after
    // "be", a verb that keeps a second object in the passive, with a noun phrase after it
    test: (words, i, group) =>
      (group.kind === 'be' || group.kind === 'get') && DOUBLE_OBJECT.has(lowerAt(words, i)) && NOUN_PHRASE_START_TAGS.has(words[i + 1]?.tag ?? '') && !TIME_WORDS.has(lowerAt(words, i + 1)),
    reason: 'after "be", a verb that keeps a second object in the passive ("was given a medal") is a passive',
  },
  {
    id: 'agent-after-be',
    // "was immediately impressed by their professionalism", "are mostly overrun by foreigners":
    // in UD English EWT train + dev, 137 of 138 participles after "be" with "by" right after are passive.
    test: (words, i, group) =>
      (group.kind === 'be' || group.kind === 'get') && lowerAt(words, i + 1) === 'by' && NOUN_PHRASE_START_TAGS.has(words[i + 2]?.tag ?? '') && !TIME_WORDS.has(lowerAt(words, i + 2)),
    reason: 'a doer named with "by" makes the participle a verb, not an adjective',
  },
  {
    id: 'held-captive',
    // "Hamas releases two women held hostage after talks": "hold", "keep" or "take" with the
    // captive's state right after it and no object between: the people are held, a passive
    // ("held two aid workers captive" has its object first)
    test: (words, i) => CAPTIVE_VERBS.has(lowerAt(words, i)) && CAPTIVE_STATES.has(lowerAt(words, i + 1)),
    reason: '"held hostage" with no object before the state: the one held is its subject',
  },
  {
    id: 'shots-fired',
    // "a report of shots fired at a bus stop", "hurt after shots fired near a park": what a
    // gun fires, right before "fired" with no auxiliary, is what was fired (shots fire nothing)
    test: (words, i, group) => group.kind === 'none' && lowerAt(words, i) === 'fired' && FIRED_THINGS.has(lowerAt(words, i - 1)),
    reason: 'shots or rounds right before "fired" are what was fired: a passive',
  },
  {
    id: 'hit-with',
    // "GOP Lawmaker Hit With Ethics Complaint", "store clerk hit with gun": a verb of hitting
    // has its object before the with-phrase of what hit it ("hit a clerk with a gun"), so with
    // "with" right after it and no auxiliary, the one hit is its subject (not "struck", which
    // is also to attack: "the army struck with precision")
    test: (words, i, group) => group.kind === 'none' && HIT_VERBS.has(lowerAt(words, i)) && lowerAt(words, i + 1) === 'with',
    reason: 'a verb of hitting with "with" right after it and no object between: the one hit is its subject',
  },
  {
    id: 'counted-list',
    // "Iraq says 62 killed 400 wounded in past day": a count, the participle, and another count
    // with its own participle is a headline's list of two reduced passives with the comma left
    // out, not "62 killed 400" (the second count with its quantifier: "9 killed nearly 60 hurt")
    test: (words, i) => words[i - 1]?.tag === 'CD' && countWithParticipleAt(words, i + 1),
    reason: 'between two counts, each with a participle: a list of reduced passives ("62 killed 400 wounded")',
  },
  {
    id: 'causative-have',
    // "Japanese firefighter has his pay slashed", "had their homes demolished": "have" or "get"
    // with a determined noun phrase and a participle after it is the causative or experiential
    // passive (../shared/guidelines/passive.md counts "having cases reviewed")
    test: (words, i) => {
      if (!/^VB[DN]$/.test(words[i]?.tag ?? '') || !/(ed|en)$/.test(lowerAt(words, i))) return false;
      let k = i - 1;
      if (!/^NNS?$/.test(words[k]?.tag ?? '')) return false;
      while (k > i - 4 && /^(NN|NNS|JJ)$/.test(words[k - 1]?.tag ?? '')) k--;
      return /^(PRP\$|DT)$/.test(words[k - 1]?.tag ?? '') && (HAVE_FORMS.has(lowerAt(words, k - 2)) || GET_FORMS.has(lowerAt(words, k - 2)));
    },
    reason: '"have" or "get" with its object and a participle: a causative passive ("has his pay slashed")',
  },
  {
    id: 'told-not-to',
    // "Ambassador told not to attend meetings", "State media ordered not to talk about the war":
    // a verb of telling right before "not to" and a verb has no object, which its active needs
    // ("told officers not to"), so its subject is the one told. Not "asked" or "begged", whose
    // own subject may do what follows ("asked not to be named")
    test: (words, i) => OBJECT_CONTROL.has(lowerAt(words, i)) && !SELF_CONTROL.has(lowerAt(words, i)) && lowerAt(words, i + 1) === 'not' && lowerAt(words, i + 2) === 'to' && words[i + 3]?.tag === 'VB',
    reason: 'a verb of telling with no object before "not to" and a verb: the one told is its subject, a passive',
  },
  {
    id: 'perceived-doing',
    // "Israeli tanks seen advancing into Rafah", "was last seen getting into a car", "Soldiers
    // filmed beating detainee": a participle of seeing or recording right before an -ing verb;
    // the active needs the one seen between them ("saw tanks advancing"), so its subject is the
    // one seen (not after "have": "I have seen dancing like that")
    test: (words, i, group) => PERCEIVED.has(lowerAt(words, i)) && words[i + 1]?.tag === 'VBG' && group.kind !== 'have',
    reason: 'seen, filmed or caught doing something: the one perceived is the subject, a passive',
  },
  {
    id: 'charged-with',
    // "Ex-President Charged Over 2019 Protest Killings", "Teacher charged with assault": with no
    // auxiliary, "charged" right before what the charge is for is the passive of the accusation,
    // whose active needs the one charged between ("police charged him with"); the other sense, a
    // rush, goes "at", "into" or "toward". In the real gold's dev half 72 of 73 such participles
    // after a noun or a name are labelled passive (the other a typo: "arrested on charged with").
    test: (words, i, group) => group.kind === 'none' && lowerAt(words, i) === 'charged' && CHARGE_GROUNDS.has(lowerAt(words, i + 1)) && NOUN_TAGS.has(words[i - 1]?.tag ?? ''),
    reason: '"charged" with no object before what the charge is for: the one charged is its subject, a passive',
  },
  {
    id: 'granted-in-headline',
    // "Teen refused bail over stabbing", "Protesters denied entry to square", "Dissident granted
    // asylum": in a headline, with no auxiliary, a verb of granting or withholding with what is
    // granted right after it and the one who receives it right before it: the receiver is its
    // subject, a passive (../shared/guidelines/passive.md's headline passives; not "Court refused
    // bail", whose subject grants)
    test: (words, i, group) => group.kind === 'none' && GRANTING.has(lowerAt(words, i)) && GRANTED.has(lowerAt(words, i + 1)) && receiverBefore(words, i) && isHeadline(words),
    reason: 'in a headline, "refused bail", "denied entry", "granted asylum" after the one who receives it is a passive',
  },
  {
    id: 'get-participle',
    // "Trump Goes Spy Hunting and Gets Skunked", "Don't get carried away": "get" with a
    // participle is the get-passive (../shared/guidelines/passive.md counts "Get Paid"), but for
    // a feeling or a state ("got scared", "get involved": PSYCH_PARTICIPLES and the states EWT
    // tags as adjectives after "get") and before a noun, which it modifies ("get injured
    // Palestinians to hospitals").
    test: (words, i, group) =>
      group.kind === 'get' && /ed$/.test(lowerAt(words, i)) && !PSYCH_PARTICIPLES.has(lowerAt(words, i)) && !GET_STATES.has(lowerAt(words, i)) && !NOUN_TAGS.has(words[i + 1]?.tag ?? ''),
    reason: '"get" with a participle is a passive',
  },
];

/** Those who grant it, who as the subject make the verb active: "Court refused bail", "magistrate denied bail". */
const GRANTERS: ReadonlySet<string> = new Set(['court', 'courts', 'judge', 'judges', 'magistrate', 'magistrates', 'justice', 'justices', 'tribunal', 'board', 'panel', 'government', 'minister', 'ministry', 'authorities', 'officials', 'police', 'prosecutors', 'state']);

/** The one who receives what is granted, right before the verb: a word for people, a count or a name, not one who grants. */
function receiverBefore(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || GRANTERS.has(before.lower)) return false;
  return before.tag === 'CD' || /^NNPS?$/.test(before.tag) || (/^NNS?$/.test(before.tag) && isPeopleWord(before.lower));
}

/** The first rule that makes the participle at `i` a passive, if any. */
export function mustBePassive(words: readonly Word[], i: number, group: VerbGroup): Rule | undefined {
  return MUST_BE_PASSIVE.find((rule) => rule.test(words, i, group));
}
