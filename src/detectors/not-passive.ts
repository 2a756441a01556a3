// Participles that cannot be passive verbs, whatever the classifier would say. Each rule
// applies to a participle with no auxiliary before it and names the example it exists for.

import { closingWord } from '../nlp/tagger';
import { lexiconAllows } from '../nlp/tag-lexicon';
import { finiteVerbBefore, isHeadline, startsCountedPhrase, startsTimeExpression } from './clause';
import { isTransitiveWithoutObject } from './missing-object';
import { isPeopleWord } from '../nlp/grammar/people';
import type { Word } from './word';
import { irregularForms } from '../nlp/grammar/verb-forms';
import { ARTICLES, BE_FORMS, CLAUSE_ENDS, LINKING_VERBS, GET_FORMS, COMPOUND_PARTICLES, FIRE_PREPOSITIONS, FIRED_THINGS, GRANTED, GRANTING, INCORPORATED_NOUNS, ONE_WORD_OBJECTS, VERB_PREFIXES, PLACE_PREPOSITIONS, RELATIVES, SAYING_FORMS, SAYING_PRESENT, SUBJECT_PRONOUNS, SUBORDINATE_OPENERS, QUANTIFIER_WORDS, QUOTE_MARKS, TIME_WORDS, amountAt, countWithParticipleAt } from '../nlp/grammar/function-words';
import { ADVERB_TAGS, DETERMINER_TAGS, FINITE_TAGS, NOUN_PHRASE_START_TAGS, NOUN_PHRASE_TAGS, NOUN_SUBJECT_TAGS, NOUN_TAGS, OBJECT_START_TAGS, PRENOMINAL_TAGS, PUNCTUATION_TAGS, QUOTE_TAGS, RELATIVE_PRONOUN_TAGS, SUBJECT_HEAD_TAGS } from '../nlp/grammar/tags';
import { beforePhraseEndingAt } from '../nlp/grammar/noun-phrase';
import { RESULT_WORDS, resultLength } from '../nlp/grammar/results';
import { DOUBLE_OBJECT, LEFT_IN, OBJECT_CONTROL, OBLIGATORILY_TRANSITIVE, PRENOMINAL_ING, PSYCH_PARTICIPLES, wordList, wordListPart } from '../nlp/grammar/word-lists';
import { isCreditHyphen } from '../nlp/grammar/headline-credit';

interface Rule {
  id: string;
  /** True when the participle at `i` is not a passive. */
  test: (words: readonly Word[], i: number) => boolean;
  reason: string;
}


/** Verbs whose subject does the infinitive after them: "tried to absorb", "wanted to fly". */
const CONTROL_VERBS = wordList('control-verbs');

/** Past forms of verbs that take no object (Levin 1993: existence, appearance, disappearance, manner of motion; reciprocal "clash"). */
const INTRANSITIVE_ONLY = wordList('intransitive-only');

/** A verb that has no passive ("fled", "clashed": data/grammar/intransitive-only.yml), whatever auxiliary it shares. */
export function hasNoPassive(lower: string): boolean {
  return INTRANSITIVE_ONLY.has(lower);
}

/** Forms of "leave" whose object may be followed by a resulting state. */
const LEAVE_FORMS = new Set(irregularForms('leave'));

/** Verbs of telling and asking whose object does what the infinitive after it says (Huddleston & Pullum 2002, ch. 14: object control). */

/** Words after a participle that show it passive: "shot by police", "found dead", "burned alive". */
const PASSIVE_CUES = new Set(['by', 'dead', 'alive']);
/** Participles that with "that" open a clause as a conjunction does: "Given that", "provided that". */
const SUBORDINATING_PARTICIPLES: ReadonlySet<string> = new Set(['given', 'provided', 'granted']);


export const NOT_PASSIVE: readonly Rule[] = [
  {
    id: 'prenominal',
    // "the reported reasons", "a wounded man": an adjective before its noun; but not before a
    // time span ("Three killed hours after truce").
    // After a determiner, past adjectives too: "the suspected Syrian chemical attack".
    // Quote marks around the participle change nothing: "the brief 'targeted' raid".
    test: (words, i) => {
      const [before, after] = besideQuoted(words, i);
      const previous = words[before];
      let n = after;
      if (previous && DETERMINER_TAGS.has(previous.tag)) while (n < after + 3 && words[n]?.tag === 'JJ') n++;
      const next = words[n];
      // (not what is granted or withheld: "five refused bail", a verb and its second object)
      if (!next || !NOUN_TAGS.has(next.tag) || startsTimeExpression(words, n) || (GRANTING.has((words[i] as Word).lower) && GRANTED.has(next.lower))) return false;
      // (a headline's opening after a colon or a dash is a start too: "‘Huge loss’: Experienced doctors killed")
      return !previous || PRENOMINAL_TAGS.has(previous.tag) || previous.tag === ':';
    },
    reason: 'a participle between a determiner or adjective and its noun modifies the noun',
  },
  {
    id: 'negated-participle',
    // "bans unvaccinated from venues", "an unprovoked attack", "Gunman unidentified": "un-" or
    // "non-" before a participle says what was not done, an adjective with no verb of its own
    // (there is no "to unvaccinate"). Reversing verbs ("unveiled", "unearthed", "uncovered")
    // are verbs Brill's lexicon lists, and stay open.
    test: (words, i) => {
      const lower = (words[i] as Word).lower;
      return /^(un|non-?)[a-z]/.test(lower) && !lexiconAllows(lower, 'VBN') && !lexiconAllows(lower, 'VBD');
    },
    reason: 'a participle negated by "un-" or "non-" is an adjective with no verb of its own',
  },
  {
    id: 'change-by-amount',
    // "Chip exports plunged by 90%", "Aid entering Gaza dropped by 67%": a verb of a change in
    // amount that happens of itself (VerbNet 3.4 calibratable_cos-45.6.1: plunge, soar, drop,
    // ...) with "by" and an amount after it says how much it changed; no one did it
    test: (words, i) => AMOUNT_CHANGES.has((words[i] as Word).lower) && words[i + 1]?.lower === 'by' && (words[i + 2]?.tag === 'CD' || amountAt(words, i + 2)),
    reason: 'a change of amount with "by" and a number says by how much it changed, no doer',
  },
  {
    id: 'base-after-modal',
    // "she won't ‘shut up’", "can cut costs": after a modal a verb is its base form, which some
    // verbs share with their participle ("shut", "cut", "hit"); not after "to", also a
    // preposition ("hope to stranded sailors")
    test: (words, i) => {
      let k = i - 1;
      while (k >= 0 && (QUOTE_TAGS.has((words[k] as Word).tag) || ADVERB_TAGS.has((words[k] as Word).tag))) k--;
      return words[k]?.tag === 'MD';
    },
    reason: 'after a modal the verb is a base form, not a participle',
  },
  {
    id: 'estimated-count',
    // "kills an estimated 500", "a reported 30 dead": a participle between an article and a
    // number hedges the count
    test: (words, i) => ARTICLES.has(words[i - 1]?.lower ?? '') && words[i + 1]?.tag === 'CD',
    reason: 'a participle between an article and a number hedges the count',
  },
  {
    id: 'after-article',
    // "help for the wounded", "to map the seabed": right after an article a participle form is a
    // noun or modifies one (the manual's noun uses); a passive verb has its subject before it
    test: (words, i) => ARTICLES.has(words[i - 1]?.lower ?? ''),
    reason: 'a participle right after an article is a noun or modifies one',
  },
  {
    id: 'head-after-genitive',
    // "prices plague Freedonia's displaced", "help for Ruritania's wounded?"
    test: (words, i) => headAfterGenitive(words, i),
    reason: "a participle right after a noun's genitive, with no noun after it, names that noun's people",
  },
  {
    id: 'prenominal-after-preposition',
    // "blames the party for expected defeat", "after reported attacks": after a preposition,
    // a participle before a noun modifies it; a passive there would need its subject first.
    // So after "to", which takes no participle as an infinitive ("brings hope to displaced
    // families"), after an -ing verb ("attacking marked convoys"), and inside quotes ("for
    // 'delayed' response", "in a heated 'live' debate").
    test: (words, i) => {
      let n = QUOTE_TAGS.has(words[i + 1]?.tag ?? '') ? i + 2 : i + 1;
      // "dozens of killed and injured Palestinians": coordinated participles before the noun
      if (words[n]?.tag === 'CC' && /^(VBN|VBD|JJ)$/.test(words[n + 1]?.tag ?? '')) n += 2;
      let p = QUOTE_TAGS.has(words[i - 1]?.tag ?? '') ? i - 2 : i - 1;
      // and the second of them: "of killed and [injured] Palestinians"
      if (words[p]?.tag === 'CC' && /^(VBN|VBD|JJ)$/.test(words[p - 1]?.tag ?? '')) p -= 2;
      const next = words[n];
      const previous = words[p];
      if (!next || !(NOUN_TAGS.has(next.tag) || QUOTE_TAGS.has(next.tag)) || startsTimeExpression(words, n)) return false;
      return (previous?.tag === 'IN' || previous?.tag === 'TO' || previous?.tag === 'VBG') && previous.lower !== 'by' && previous.lower !== 'than';
    },
    reason: 'a participle between a preposition or an -ing verb and a noun modifies the noun',
  },
  {
    id: 'prenominal-after-genitive',
    // "the agency's 'expected' report", "the state's ‘sanctioned killing’ of": after a genitive
    // "'s", a participle before a noun or a gerund modifies it, quoted or not
    test: (words, i) => {
      const [p, n] = besideQuoted(words, i);
      const next = words[n];
      return words[p]?.tag === 'POS' && next !== undefined && (NOUN_TAGS.has(next.tag) || next.tag === 'VBG') && !startsTimeExpression(words, n);
    },
    reason: 'a participle between a genitive and a noun modifies the noun',
  },
  {
    id: 'result-of-leave',
    // "Shelling leaves the city's clinics overwhelmed", "leaves 17 injured": the
    // resultative complement of leave is a state, not a passive (../shared/guidelines/passive.md).
    // So is a later state of a list of them: "Leaves 1 Dead, Several Injured", "leaves three
    // dead and two wounded" (a comma or "and" after a state word; not "leaves hospital, wife killed").
    // With no object, the state right after a passive "left" is that state too: "Teenager left
    // paralysed" (rule left-in-a-state makes "left" the passive).
    test: (words, i) => {
      if (words[i - 1]?.lower === 'left' && LEFT_IN.has((words[i] as Word).lower)) return true;
      for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
        const word = words[k] as Word;
        if (LEAVE_FORMS.has(word.lower)) return true;
        const afterState = (word.lower === ',' || word.tag === 'CC') && LEFT_IN.has(words[k - 1]?.lower ?? '');
        if (!NOUN_PHRASE_TAGS.has(word.tag) && word.tag !== 'POS' && !afterState) return false;
      }
      return false;
    },
    reason: 'after "leave" and its object, a participle is the resulting state ("leaves 17 injured")',
  },
  {
    id: 'leave-modified-object',
    // "Coach left injured players out of squad": "leave" (which keeps a second object in the
    // passive, "was left a fortune") before an adjective and a plural noun has them as its
    // object, so it is active; its passive would put the people first ("players left injured").
    // UD English EWT train + dev has no such "left" without an auxiliary, so the voice model's
    // training is unchanged by it.
    test: (words, i) => LEAVE_FORMS.has((words[i] as Word).lower) && /^(JJ|VBN)$/.test(words[i + 1]?.tag ?? '') && words[i + 2]?.tag === 'NNS',
    reason: '"left" before an adjective and a plural noun has them as its object: active',
  },
  {
    id: 'hyphenated-compound',
    // "Woman found dead in burned-out car", "a laid-back atmosphere": a participle joined by
    // a hyphen to a particle, before a noun, is the first half of a compound adjective.
    test: (words, i) =>
      words[i + 1]?.lower === '-' && COMPOUND_PARTICLES.has(words[i + 2]?.lower ?? '') && NOUN_TAGS.has(words[i + 3]?.tag ?? ''),
    reason: 'a participle hyphenated to a particle before a noun ("burned-out car") is part of a compound adjective',
  },
  {
    id: 'hyphened-to-next',
    // "left-wing pundits", "stained-glass windows": a participle joined by a hyphen to the word
    // after it is the first half of a compound; a verb is not hyphened to what follows it. Not
    // a dash with spaces around it ("Eight killed - police say"), where the words carry offsets.
    // Nor a headline's credit after it ("Two soldiers killed-army": isCreditHyphen).
    test: (words, i) => words[i + 1]?.tag === 'HYPH' && /^[a-z]/.test(words[i + 2]?.lower ?? '') && joined(words[i], words[i + 1]) && joined(words[i + 1], words[i + 2]) && !isCreditHyphen(words, i + 1),
    reason: 'a participle hyphened to the word after it ("left-wing") is the first half of a compound',
  },
  {
    id: 'hyphenated-to-noun',
    // "Hamas-run", "U.S.-led", "rebel-planted mine": a noun hyphened to the participle makes a
    // compound adjective, which ../shared/guidelines/passive.md does not count as a passive
    // The noun names the doer: a name or a word for people ("Tear-Gassed" is a verb's own compound)
    // Any noun will do before a noun the compound modifies ("Trump-themed ad", "sugar-coated pill").
    // "gang-raped" is a verb of its own (INCORPORATED_NOUNS), not a gang's state.
    // Before such a noun, any first half joined to it makes one ("'MAGA'-Themed Swimwear",
    // "Adult-Themed Movie", "shots-fired call").
    // (a hyphen the tagger read as a comma too, when nothing parts it from its words)
    test: (words, i) => {
      const noun = words[i - 2];
      const tight = joined(noun, words[i - 1]) && joined(words[i - 1], words[i]);
      // (not a prefix that makes a verb of its own: "Merkel Re-Elected As Chancellor")
      if (!noun || !(words[i - 1]?.tag === 'HYPH' || (words[i - 1]?.lower === '-' && tight)) || VERB_PREFIXES.has(noun.lower)) return false;
      const prenominal = /^(NN|JJ|AFX)/.test(words[i + 1]?.tag ?? '');
      // (nor a verb's own first half: "Protesters Tear-Gassed Outside Parliament")
      if (!/^NN/.test(noun.tag)) return prenominal && tight && !/^VB/.test(noun.tag);
      return /^NNPS?$/.test(noun.tag) || (isPeopleWord(noun.lower) && !INCORPORATED_NOUNS.has(noun.lower)) || prenominal;
    },
    reason: 'a name or a word for people joined to the participle by a hyphen ("Hamas-run") makes a compound adjective',
  },
  {
    id: 'hyphenated-to-adverb',
    // "so-called scary clowns", "a long-awaited report", "well-known", "much-needed aid": an
    // adverb hyphened to the participle makes a compound adjective (../shared/guidelines/passive.md).
    // In UD English EWT train + dev, with no auxiliary and not a prenominal modifier (amod),
    // 1 of 40 such participles is marked passive ("lovable and well-informed woman").
    test: (words, i) => {
      const first = words[i - 2];
      return words[i - 1]?.tag === 'HYPH' && !!first && (ADVERB_TAGS.has(first.tag) || COMPOUND_ADVERBS.has(first.lower));
    },
    reason: 'an adverb joined to the participle by a hyphen ("so-called", "long-awaited") makes a compound adjective',
  },
  {
    id: 'motion-headed',
    // "Aid ship headed to Gaza", "missiles headed for Israel", "a plane bound for Rome": the
    // participle of intransitive "head" (or "bound for") names where something goes; it has no
    // doer (UD English EWT train + dev: 0 of 1 such participle passive)
    test: (words, i) => {
      const word = (words[i] as Word).lower;
      const next = words[i + 1]?.lower ?? '';
      return (word === 'headed' && HEADING.has(next)) || (word === 'bound' && next === 'for');
    },
    reason: '"headed to/for" and "bound for" say where something goes: intransitive, no passive',
  },
  {
    id: 'aged-number',
    // "Singer dies aged 52", "children aged 5 to 12": "aged" before a number gives an age, an
    // adjective under ../shared/guidelines/passive.md. Weak in UD English EWT train + dev, which
    // marks 1 of its 2 such participles passive ("People aged 13-17"); the gold's coders do not.
    test: (words, i) => (words[i] as Word).lower === 'aged' && words[i + 1]?.tag === 'CD',
    reason: '"aged" before a number gives an age, an adjective',
  },
  {
    id: 'subject-pronoun',
    // "They killed him", "we evacuated", "who volunteered", "it announced this week": a
    // subject pronoun makes the verb finite and active. "It" may be an object instead, after
    // a verb: "found it abandoned"; but not after a verb of saying ("army says it detained").
    test: (words, i) => {
      const pronoun = words[i - 1]?.lower ?? '';
      if (SUBJECT_PRONOUNS.has(pronoun)) return true;
      const before = words[i - 2];
      return pronoun === 'it' && (!(before?.tag ?? '').startsWith('VB') || SAYING_PRESENT.has(before?.lower ?? ''));
    },
    reason: 'a subject pronoun right before the verb makes it an active past tense',
  },
  {
    id: 'relative-object',
    // "the students whom the department abandoned", "the homes which settlers torched": a
    // relative pronoun, then a noun phrase, then the verb: the pronoun is the verb's object
    // and the phrase its subject, so the verb is active ("that" is left out: it also opens
    // clauses that report)
    test: (words, i) => {
      let k = i - 1;
      while (k > i - 5 && k >= 0 && /^(DT|JJ|NN|PRP\$|POS|CD)/.test((words[k] as Word).tag)) k--;
      // (not after a preposition: "a raid in which 20 people killed" drops its auxiliary; but a
      // free relative "what" is the verb's object wherever it stands: "in what local media
      // described as a shootout")
      const pronoun = words[k]?.lower;
      const relative = pronoun === 'what' || ((pronoun === 'whom' || pronoun === 'which') && words[k - 1]?.tag !== 'IN');
      return k < i - 1 && /^NN/.test(words[i - 1]?.tag ?? '') && relative && words[i + 1]?.lower !== 'by';
    },
    reason: 'a relative pronoun and a noun phrase before the verb are its object and its subject, so it is active',
  },
  {
    id: 'relative-pronoun-subject',
    // "the peace accord, which ambitiously provided for disarming", "the government, which
    // apologised to Japan": in prose, with no auxiliary, a relative pronoun before the verb is
    // its subject. In UD English EWT train, 50 of 50 such verbs are active. Not in headlines,
    // which drop auxiliaries ("Militia which backed by army"), nor before "by".
    // In a headline only before an object: "Film that revealed council failures".
    test: (words, i) => {
      const next = words[i + 1];
      if (isHeadline(words) && !(next && /^(DT|PRP\$|CD|NNPS?|NNS?)$/.test(next.tag) && words[i + 2]?.lower !== 'by')) return false;
      let k = i - 1;
      while (k >= 0 && ADVERB_TAGS.has((words[k] as Word).tag)) k--;
      const pronoun = words[k];
      return !!pronoun && RELATIVE_PRONOUN_TAGS.has(pronoun.tag) && RELATIVES.has(pronoun.lower) && next?.lower !== 'by';
    },
    reason: 'a relative pronoun right before the verb ("which provided") is its subject, so the verb is active',
  },
  {
    id: 'after-linking-verb',
    // "Two million people remain trapped in the city", "school stays shut", "children feel
    // abandoned": right after a linking verb (past adverbs), a participle is a state the
    // subject is in, not a passive (../shared/guidelines/passive.md, "remain stranded"); even
    // with "by" ("feel abandoned by the world"). "get" is no linking verb: "got shot" is passive.
    test: (words, i) => {
      let k = i - 1;
      while (k >= 0 && ADVERB_TAGS.has((words[k] as Word).tag)) k--;
      return k >= 0 && LINKING_VERBS.has((words[k] as Word).lower) && /^VB/.test((words[k] as Word).tag);
    },
    reason: 'a participle right after a linking verb ("remain", "stay", "feel") is a state, not a passive',
  },
  {
    id: 'clause-complement',
    // "Officials confirmed that ten were missing", "Given that the talks failed": with no
    // auxiliary, a participle right before "that" and a clause takes the clause as its object,
    // so it is active or a subordinator; its passive keeps "be" ("It was confirmed that"). Not a
    // double-object verb, whose passive keeps the clause ("Residents told that the road is shut"),
    // nor "that" as a determiner ("killed that night").
    // "Given" and "provided" before "that" are subordinators, double-object verbs as they are.
    test: (words, i) => {
      const w = (words[i] as Word).lower;
      return words[i + 1]?.lower === 'that' && words[i + 1]?.tag === 'IN' && (!DOUBLE_OBJECT.has(w) || SUBORDINATING_PARTICIPLES.has(w)) && NOUN_PHRASE_START_TAGS.has(words[i + 2]?.tag ?? '');
    },
    reason: 'a verb right before "that" and a clause, with no "be", takes the clause as its object, so it is active',
  },
  {
    id: 'control-verb',
    // "the German government tried to absorb ...", "Bush just wanted to fly jets": a verb whose
    // own subject does what the infinitive says. In UD English EWT train (prose, no
    // auxiliary), 59 of 59 before "to" and a verb are active.
    test: (words, i) => CONTROL_VERBS.has((words[i] as Word).lower) && words[i + 1]?.lower === 'to' && words[i + 2]?.tag === 'VB',
    reason: 'a verb like "tried" or "wanted" before "to" and a verb is done by its subject, so it is active',
  },
  {
    id: 'direct-object',
    // "Police Killed Two Men", "Floods killed more than 100 people": a passive
    // participle takes no direct object, unless it is a double-object verb ("named CEO"). A
    // time span is no object: "Three killed hours after truce".
    // An opening quote may come first ('expressed "immense frustration"'), and an object may
    // start with an adjective or a noun of a compound ("shut down federal courthouse",
    // "exploited family deaths").
    // A result may come between the verb and its object ("shot dead two men", "stabbed to
    // death a judge").
    test: (words, i) => {
      const at = afterResult(words, QUOTE_TAGS.has(words[i + 1]?.tag ?? '') ? i + 2 : i + 1);
      const next = words[at];
      if (!next || DOUBLE_OBJECT.has((words[i] as Word).lower) || startsTimeExpression(words, at)) return false;
      // "62 killed 400 wounded", "9 killed nearly 60 hurt": a count with its own participle
      // after a count is the next item of a list (must-be-passive rule counted-list), not an object
      if (words[i - 1]?.tag === 'CD' && countWithParticipleAt(words, at)) return false;
      if (ONE_WORD_OBJECTS.has(next.lower) || startsCountedPhrase(words, at) || startsModifiedObject(words, at)) return true;
      // "Police shot both dead": "both" before a result is a pronoun, the object (the tagger
      // reads it as an adverb), as the rule transitive-without-object reads it
      if (next.lower === 'both' && RESULT_WORDS.has(words[at + 1]?.lower ?? '')) return true;
      // "Troops killed fleeing civilians": an intransitive -ing word before people modifies
      // the object; a transitive one takes them as its own ("filmed beating detainee")
      if (PRENOMINAL_ING.has(next.lower) && /^NNS?$/.test(words[at + 1]?.tag ?? '') && isPeopleWord(words[at + 1]?.lower ?? '')) return true;
      // 'discussed "gravity" of situation': a noun quoted whole after the verb is its object
      if (at === i + 2 && /^NNS?$/.test(next.tag) && QUOTE_TAGS.has(words[at + 1]?.tag ?? '') && words[at + 2]?.lower !== 'by') return true;
      // "Gang sold tons of horse", "forces destroyed homes": a bare plural noun right after a
      // subject's verb is its object (a passive is followed by a time, a place or "by")
      // (not a verb the tagger read as a plural: "number of Palestinians killed reaches 56,500")
      if (next.tag === 'NNS' && !TIME_WORDS.has(next.lower) && NOUN_SUBJECT_TAGS.has(words[i - 1]?.tag ?? '')) {
        const after = words[at + 1];
        return after?.lower !== 'by' && !(lexiconAllows(next.lower, 'VBZ') && OBJECT_START_TAGS.has(after?.tag ?? ''));
      }
      if (!OBJECT_START_TAGS.has(next.tag)) return false;
      const after = words[at + 1];
      return !!after && !TIME_WORDS.has(after.lower) && after.lower !== 'by';
    },
    reason: 'a direct object after the verb makes it active',
  },
  {
    id: 'object-control',
    // "Deputy Told Other Officers To Stay Away", "asked residents to leave": a verb of telling
    // with people after it and then "to" and a verb has them as its object, so it is active
    // (its passive has no people between: "Officers told to stay away")
    test: (words, i) => {
      if (!OBJECT_CONTROL.has((words[i] as Word).lower)) return false;
      let k = i + 1;
      while (k < i + 5 && /^(DT|JJ|PRP\$|CD|NN|PRP)/.test(words[k]?.tag ?? '')) k++;
      const people = words.slice(i + 1, k).some((w) => w.tag === 'PRP' || (/^NN/.test(w.tag) && isPeopleWord(w.lower)));
      return people && words[k]?.lower === 'to' && words[k + 1]?.tag === 'VB';
    },
    reason: 'a verb of telling with people and then "to" and a verb after it has them as its object, so it is active',
  },
  {
    id: 'particle-object',
    // "Students set up tents", "Police rounded up dozens": a verb, its particle and an
    // object after them is active (the passive has no object: "camps set up").
    test: (words, i) => {
      const particle = words[i + 1];
      const next = words[i + 2];
      if (particle?.tag !== 'RP' || !next || DOUBLE_OBJECT.has((words[i] as Word).lower) || startsTimeExpression(words, i + 2)) return false;
      return ONE_WORD_OBJECTS.has(next.lower) || OBJECT_START_TAGS.has(next.tag) || startsModifiedObject(words, i + 2) || (/^NNS?$/.test(next.tag) && words[i + 3]?.lower !== 'by');
    },
    reason: 'a direct object after the verb and its particle makes it active',
  },
  {
    id: 'no-passive',
    // "after fans clashed outside the stadium", "Thousands fled": verbs with no object, which
    // have no passive (Levin 1993, verbs of existence, appearance and motion; "clash" as a
    // reciprocal verb).
    test: (words, i) => INTRANSITIVE_ONLY.has((words[i] as Word).lower),
    reason: 'the verb takes no object, so it has no passive',
  },
  {
    id: 'reported-clause-subject',
    // "Witnesses said officers fired without warning": after a verb of saying (or "that"),
    // the noun phrase is the subject of the reported clause and the verb is its own. Not
    // when the verb shows a passive: a "by" after it ("say protesters shot by police"), an
    // object it needs and lacks ("Israel says 3 militants killed in raid"), or "dead" /
    // "alive" ("Police say man found dead in river").
    test: (words, i) => {
      const k = beforePhraseEndingAt(words, i, NOUN_SUBJECT_TAGS);
      if (k === i - 1 || k < 0 || !NOUN_TAGS.has((words[i - 1] as Word).tag)) return false;
      if (PASSIVE_CUES.has(words[i + 1]?.lower ?? '') || isTransitiveWithoutObject(words, i)) return false;
      const opener = (words[k] as Word).lower;
      // (not an adjective opening the sentence: "alleged flasher refused bail")
      if (k === 0 && NOUN_TAGS.has(words[1]?.tag ?? '') && lexiconAllows(opener, 'JJ')) return false;
      return (SAYING_FORMS.has(opener) || opener === 'that') && !mainVerbLater(words, i);
    },
    reason: 'a noun phrase right after a verb of saying is the subject of the reported clause',
  },
  {
    id: 'main-clause-verb',
    // "The US troops fired into the hostile crowd, killing 4.", "Oil companies evacuated
    // offshore facilities as the storm's progress kept markets on tenterhooks.": in prose, a
    // subject noun phrase (at the start, or after an opening phrase and its comma), the verb,
    // and no other finite verb but one inside a subordinate clause: the verb is the main
    // clause's, an active past tense. A verb with nothing after it ("Enough said.", "Site
    // made!"), one that needs an object it lacks ("Hundreds killed.") and headlines, which
    // have no final stop ("Hundreds killed in strike"), stay open.
    test: (words, i) => {
      if (!endsWithStop(words) || words[i + 1]?.lower === 'by' || isClosing(words, i + 1)) return false;
      if (OBLIGATORILY_TRANSITIVE.has((words[i] as Word).lower)) return false;
      const opening = words.slice(0, i).map((w) => w.tag).lastIndexOf(',');
      const subject = words.slice(opening + 1, i);
      if (!subject.every((w) => NOUN_PHRASE_TAGS.has(w.tag)) || !subject.some((w) => SUBJECT_HEAD_TAGS.has(w.tag))) return false;
      if (finiteVerbBefore(words, i)) return false;
      return onlySubordinateVerbsAfter(words, i);
    },
    reason: 'a sentence with a subject and no other finite verb needs this one as its active main verb',
  },
  {
    id: 'dropped-subject-after-saying',
    // "Army says destroyed two launchers", "officials say left dozens homeless": a headline
    // drops the subject of the reported clause ("it"), not its auxiliary; the verb right after
    // a present-tense verb of saying, with an object after it, is active.
    test: (words, i) => {
      const next = words[i + 1];
      if (!SAYING_PRESENT.has(words[i - 1]?.lower ?? '') || !next || next.lower === 'by') return false;
      return OBJECT_START_TAGS.has(next.tag) || NOUN_TAGS.has(next.tag) || /^JJ/.test(next.tag) || (next.lower === 'at' && words[i + 2]?.lower === 'least');
    },
    reason: 'right after "says" with an object after it, the verb is the reported clause\'s, its subject dropped',
  },
  {
    id: 'leave-object-in-state',
    // "after storm left British billionaire and daughter dead", "a raid that left over 200
    // Palestinians dead": "left" with an object and the state it put them in is active; its
    // passive puts the state right after it ("Teenager left paralysed", rule left-in-a-state).
    test: (words, i) => {
      if (!LEAVE_FORMS.has((words[i] as Word).lower)) return false;
      let nouns = 0;
      for (let k = i + 1; k < words.length && k <= i + 7; k++) {
        const word = words[k] as Word;
        if (LEFT_IN.has(word.lower)) return nouns > 0;
        if (NOUN_TAGS.has(word.tag) || word.tag === 'CD' || word.tag === 'PRP') nouns++;
        else if (startsCountedPhrase(words, k)) k += QUANTIFIER_WORDS.has(word.lower) ? 0 : 1;
        else if (!NOUN_PHRASE_TAGS.has(word.tag) && word.tag !== 'CC') return false;
      }
      return false;
    },
    reason: '"left" before an object and a state ("left two people dead") is the active of leave',
  },
  {
    id: 'object-modifier',
    // "Marriott Pulls Banned 'Books' From China Hotel", "Police Find Recorded 'Confession'",
    // "moving to implement delayed Russia sanctions": right after a verb that is no auxiliary,
    // a participle before a noun modifies the verb's object (a passive there would need its
    // subject between them). Not a double-object verb ("says named CEO" is rare; "named" keeps
    // its second object when passive).
    test: (words, i) => {
      const [p, n] = besideQuoted(words, i);
      const verb = words[p];
      const next = words[n];
      if (!verb || !next || !/^VB[DPZ]?$/.test(verb.tag) || BE_FORMS.has(verb.lower) || GET_FORMS.has(verb.lower)) return false;
      return NOUN_TAGS.has(next.tag) && !startsTimeExpression(words, n) && words[n + 1]?.lower !== 'by' && !DOUBLE_OBJECT.has((words[i] as Word).lower);
    },
    reason: 'a participle between a verb and a noun modifies the verb\'s object',
  },
  {
    id: 'as-as-comparison',
    // "as tired as before", "as left as GB News does right": a participle between "as" and
    // "as" is an adjective compared.
    test: (words, i) => words[i - 1]?.lower === 'as' && words[i + 1]?.lower === 'as',
    reason: 'between "as" and "as" the participle is an adjective being compared',
  },
  {
    id: 'fired-on-people',
    // "troops fired on the march", "Police fired at protesters": "fire" with its preposition
    // and people or a gathering of them is shooting, active; "fired on the spot" (dismissed)
    // and "fired on Monday" are not about people and stay open.
    // "fired at coyotes", "fired into a house": after "at", "into" or "upon" a common noun is what
    // was shot at ("fired at Google", a name, is a dismissal; "fired on the spot" keeps "on" open).
    // (not after what was fired: "shots fired at a house" are the passive's subject)
    test: (words, i) => {
      const preposition = words[i + 1]?.lower ?? '';
      if ((words[i] as Word).lower !== 'fired' || !FIRE_PREPOSITIONS.has(preposition) || FIRED_THINGS.has(words[i - 1]?.lower ?? '')) return false;
      let head = i + 2;
      while (/^(DT|PRP\$|CD|JJ)/.test(words[head]?.tag ?? '') && head < i + 5) head++;
      const noun = words[head]?.lower ?? '';
      const target = preposition !== 'on' && /^NNS?$/.test(words[head]?.tag ?? '') && !TIME_WORDS.has(noun) && words[head + 1]?.lower !== 'by';
      return GATHERINGS.has(noun) || isPeopleWord(noun) || target;
    },
    reason: '"fired on" people is shooting at them, done by the subject',
  },
  {
    id: 'psych-state',
    // "Texas Bomb Suspect's Family 'Devastated'", "Experts Stunned Yet Cautiously Optimistic",
    // 'US "incredibly concerned" about': a participle of a psychological verb said of people,
    // with no auxiliary and no doer after it, names how they feel, a state (the manual's
    // adjectival participles: "were distracted"). With a doer it stays a passive ("Encouraged by
    // Trump, Europeans push"), and so it does of a thing ("hospital devastated").
    // A feeling only people have is said of an institution too ("UN alarmed at", "White House
    // concerned over"): after any noun, but not a word also said of things ("hospital devastated").
    // "concerned" and "worried" name a state even with "by" its cause ("council concerned by the
    // arrests", "Ruritania says worried by the vote": a speaker's subject dropped after a verb of saying).
    test: (words, i) => {
      const word = (words[i] as Word).lower;
      if (!PSYCH_PARTICIPLES.has(word)) return false;
      if (STATE_WITH_BY.has(word)) return feelerBefore(words, i, true) || SAYING_FORMS.has(words[i - 1]?.lower ?? '');
      return !followedByBy(words, i) && feelerBefore(words, i, !SAID_OF_THINGS.has(word));
    },
    reason: 'a feeling said of people with no doer named is a state, not a passive',
  },
  {
    id: 'shared-object',
    // "Police arrested and questioned the student", "gunmen shot and wounded a guard": after
    // a subject, two verbs joined by "and" share the object after the second, so both are active.
    // The second verb too: "it killed and arrested militants".
    test: (words, i) => {
      const first = words[i - 1]?.tag === 'CC' && isPastVerb(words[i - 2]) ? i - 2 : i;
      const last = first === i && words[i + 1]?.tag === 'CC' && isPastVerb(words[i + 2]) ? i + 2 : i;
      if (first === last) return false;
      const [subject, object] = [words[first - 1], words[last + 1]];
      if (!subject || !object || startsTimeExpression(words, last + 1)) return false;
      return (NOUN_TAGS.has(subject.tag) || subject.tag === 'PRP') &&
        (ONE_WORD_OBJECTS.has(object.lower) || OBJECT_START_TAGS.has(object.tag) || NOUN_TAGS.has(object.tag) || startsModifiedObject(words, last + 1));
    },
    reason: 'two verbs joined by "and" before an object share it, so they are active',
  },
];

/** Past forms of verbs of a change in amount that happens of itself (VerbNet 3.4 calibratable_cos-45.6.1), not of the caused ones ("cut", "reduced": a passive with "by" an amount). */
const AMOUNT_CHANGES: ReadonlySet<string> = new Set(['plunged', 'plummeted', 'soared', 'dropped', 'jumped', 'slumped', 'surged', 'tumbled', 'climbed', 'declined', 'dipped', 'slipped', 'rocketed', 'skyrocketed', 'ballooned', 'swelled', 'shrank', 'shrunk', 'rallied', 'fallen', 'risen', 'grown']);

/** Adverbs the tagger may read as adjectives, first in compound adjectives: "long-awaited", "much-needed". */
const COMPOUND_ADVERBS = new Set(['so', 'well', 'long', 'much', 'ill', 'newly', 'hard', 'far', 'short', 'half', 'self', 'best', 'least', 'most', 'widely', 'highly']);
/** Where "headed" goes: "headed to Gaza", "headed home". */
const HEADING = new Set(['to', 'for', 'toward', 'towards', 'into', 'home', 'back', 'north', 'south', 'east', 'west', 'out']);

/** Gatherings of people that are fired on: "fired on the march". */
const GATHERINGS = new Set(['crowd', 'crowds', 'march', 'marchers', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'convoy', 'funeral', 'procession', 'mourners']);

const isPastVerb = (word: Word | undefined): boolean => word?.tag === 'VBD' || word?.tag === 'VBN';

/** Adverbs of degree and negation between a feeler and the feeling: "deeply troubled", "not concerned". */
const DEGREE_WORDS = new Set(['deeply', 'very', 'so', 'too', 'incredibly', 'extremely', 'gravely', 'greatly', 'really', 'not', 'visibly', 'clearly', 'still']);

/**
 * A word for people right before the participle, past quote marks and degree adverbs: the one
 * who feels it; with `anyNoun`, any noun (a feeling only people have, said of an institution).
 */
function feelerBefore(words: readonly Word[], i: number, anyNoun: boolean): boolean {
  let k = i - 1;
  while (k >= 0 && (QUOTE_TAGS.has((words[k] as Word).tag) || DEGREE_WORDS.has((words[k] as Word).lower))) k--;
  const before = words[k];
  return !!before && NOUN_TAGS.has(before.tag) && (anyNoun || isPeopleWord(before.lower));
}

/** Psychological participles also said of things: "towns devastated", "hospitals overwhelmed". */
const SAID_OF_THINGS = wordListPart('psych-participles', 'said-of-things');
/** Psychological participles that name a state even with a "by" phrase, its cause: "concerned by", "worried by". */
const STATE_WITH_BY = wordListPart('psych-participles', 'state-with-by');

/** "by" right after the participle, past a closing quote: a doer follows. */
function followedByBy(words: readonly Word[], i: number): boolean {
  const next = QUOTE_TAGS.has(words[i + 1]?.tag ?? '') ? words[i + 2] : words[i + 1];
  return next?.lower === 'by';
}

/** Whether the word at `k` is the sentence's final punctuation (or past the end). */
function isClosing(words: readonly Word[], k: number): boolean {
  return words.slice(k).every((w) => PUNCTUATION_TAGS.has(w.tag));
}

/** No finite verb after `i`, or one only, inside a clause opened after the verb ("... as the storm kept ..."). */
function onlySubordinateVerbsAfter(words: readonly Word[], i: number): boolean {
  const finite = words.map((w, k) => (k > i && FINITE_TAGS.has(w.tag) ? k : -1)).filter((k) => k >= 0);
  if (finite.length === 0) return true;
  if (finite.length > 1) return false;
  return words.slice(i + 1, finite[0]).some((w) => SUBORDINATE_OPENERS.has(w.lower));
}

/** A statement's stop; a question ("Passport needed for cruise?") may be a headline fragment. */
function endsWithStop(words: readonly Word[]): boolean {
  return /^[.!]+$/.test(closingWord(words.map((w) => w.lower)) ?? '');
}

/** "Officials said two men killed in the raid were civilians": the clause's verb comes later. */
function mainVerbLater(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) {
    const word = words[k] as Word;
    if (CLAUSE_ENDS.has(word.lower)) return false;
    if (FINITE_TAGS.has(word.tag)) return true;
  }
  return false;
}

/**
 * The word after a result that follows a verb ("shot dead", "stabbed to death") when a
 * determiner, a count or a possessive opens a noun phrase after it, or else `at`.
 */
function afterResult(words: readonly Word[], at: number): number {
  const past = at + resultLength((j) => words[j]?.lower, at);
  return past > at && RESULT_OBJECT_START.has(words[past]?.tag ?? '') ? past : at;
}

/** Tags that open an object after a result: "shot dead a/DT man", "two/CD men", "his/PRP$ wife". */
const RESULT_OBJECT_START: ReadonlySet<string> = new Set(['DT', 'CD', 'PRP$']);

/**
 * "prices plague Freedonia's displaced", "help for Ruritania's wounded?": right after a noun's
 * genitive "'s" (tagged POS), a participle that ends its clause or comes before the clause's
 * verb names the noun's people (the displaced, the wounded), with no "is" (which follows a
 * pronoun: "it's called"). The verb group reads no auxiliary there (verb-group.ts).
 */
export function headAfterGenitive(words: ReadonlyArray<{ readonly tag: string }>, i: number): boolean {
  const next = words[i + 1];
  return words[i - 1]?.tag === 'POS' && NOUN_TAGS.has(words[i - 2]?.tag ?? '') && (next === undefined || PUNCTUATION_TAGS.has(next.tag) || FINITE_TAGS.has(next.tag));
}

/** The first rule that rules the participle at `i` out as a passive, if any. */
export function notPassive(words: readonly Word[], i: number): Rule | undefined {
  return NOT_PASSIVE.find((rule) => rule.test(words, i));
}

const DIRECT_OBJECT = ruleNamed('direct-object');

function ruleNamed(id: string): Rule {
  const rule = NOT_PASSIVE.find((r) => r.id === id);
  if (!rule) throw new Error(`not-passive: no rule ${id}`);
  return rule;
}

/** Rule `direct-object` alone: the verb at `i` has a direct object after it. */
export function hasDirectObject(words: readonly Word[], i: number): boolean {
  return DIRECT_OBJECT.test(words, i);
}

/**
 * A common noun phrase opened by an adjective or by the first noun of a compound ("federal
 * courthouse", "immense frustration", "family deaths"), with no "by" after it: an object. Not
 * "dead" or "alive" (a passive's state: "shot dead Tuesday"), nor a time ("killed last week").
 */
/** No space between two words, known from their offsets (words without them, as in training data, are not known to be joined). */
function joined(a: Word | undefined, b: Word | undefined): boolean {
  return a?.end !== undefined && b?.start !== undefined && a.end === b.start;
}

function startsModifiedObject(words: readonly Word[], at: number): boolean {
  const first = words[at];
  const head = words[at + 1];
  // not a preposition the tagger read as an adjective ("stabbed outside/JJ nightclub")
  if (!first || !head || PASSIVE_CUES.has(first.lower) || PLACE_PREPOSITIONS.has(first.lower) || TIME_WORDS.has(head.lower) || startsTimeExpression(words, at)) return false;
  // "sparked more outrage": a comparative quantity before a noun opens an object too; so does a
  // participle that is also an adjective ("seized stolen goods", "killed wounded civilians")
  const adjectival = first.tag === 'VBN' && lexiconAllows(first.lower, 'JJ') && /^NNS?$/.test(head.tag);
  if (!(first.tag === 'JJ' || first.tag === 'NN' || first.tag === 'JJR' || adjectival)) return false;
  // (past a second adjective: "attacked Israeli military bases")
  const noun = first.tag === 'JJ' && head.tag === 'JJ' ? at + 2 : at + 1;
  if (!/^NNS?$/.test(words[noun]?.tag ?? '')) return false;
  return words[noun + 1]?.lower !== 'by';
}

/** The words before and after the participle at `i`, past a quote mark on either side ("Banned 'Books'"). */
function besideQuoted(words: readonly Word[], i: number): [number, number] {
  const opened = QUOTE_TAGS.has(words[i - 1]?.tag ?? '');
  // (a closing mark the tagger read as a genitive: "the brief ‘targeted’/POS incursion")
  const closed = QUOTE_TAGS.has(words[i + 1]?.tag ?? '') || (opened && words[i + 1]?.tag === 'POS' && QUOTE_MARKS.has(words[i + 1]?.lower ?? ''));
  return [opened ? i - 2 : i - 1, closed ? i + 2 : i + 1];
}
