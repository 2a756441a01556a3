// The agent of a passive: the noun phrase of a "by"-phrase after the participle
// ("shot dead by police", "killed in Gaza by Israeli forces", "sent to me by a friend").

import type { Span, TaggedSentence, Token } from '../types';
import { MAX_PHRASE_TOKENS } from '../nlp/limits';
import { type PhraseRules, asideEnd, commaAsideEnd, joinsPhrase, quoteInside, scanPhrase } from '../nlp/grammar/noun-phrase';
import { lexiconAllows } from '../nlp/tag-lexicon';
import { PRONOMINAL_DETERMINERS, TIME_WORDS, amountAt } from '../nlp/grammar/function-words';
import { ADVERB_TAGS, AGENT_HEAD_TAGS, AGENT_PHRASE_TAGS, BEFORE_BY_TAGS, MODIFIER_AFTER_ADVERB_TAGS, NOUN_PHRASE_START_TAGS, NOUN_TAGS } from '../nlp/grammar/tags';
import { VERB_ONLY_S_FORMS, wordList } from '../nlp/grammar/word-lists';
import { isPeopleWord } from '../nlp/grammar/people';

const MAX_BRIDGE = 10;

/** "by" that does not introduce a doer, with or without an article: "by Tuesday", "by the end of", "by the way". */
const NOT_AGENT_AFTER_BY = new Set([...TIME_WORDS, 'far', 'way', 'percent', 'itself', 'themselves', 'himself', 'herself', 'myself', 'yourself']);
/** Means and manners, not doers, when bare: "sent by car", "by hand", "by law"; but "hit by a car", "by the hand of the servant". */
const MEANS_WHEN_BARE = wordList('means-when-bare');
/** Verbs whose "by" gives a measure, not a doer: "multiplied by the rate". */
const MEASURE_VERBS = wordList('measure-verbs');
/** Verbs whose "by" gives a measure when a number follows: "increased by 5 per cent", but "raised by the campaign". */
const AMOUNT_VERBS = wordList('amount-verbs');

export function findByAgent(sentence: TaggedSentence, verbIndex: number, text: string): Span | null {
  const tokens = sentence.tokens;
  const verb = (tokens[verbIndex] as Token).lower;
  if (MEASURE_VERBS.has(verb)) return null;
  for (let i = verbIndex + 1; i <= verbIndex + 1 + MAX_BRIDGE && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'by') {
      // ("beaten by two goals" is a margin, "beaten by three men" a doer: people counted)
      if (isIdiom(tokens, i) || amountAt(tokens, i + 1) || (AMOUNT_VERBS.has(verb) && tokens[i + 1]?.tag === 'CD' && !isPeopleWord(tokens[i + 2]?.lower ?? ''))) return null;
      return agentPhrase(tokens, i + 1, text);
    }
    // "he was shot, point blank, by Israeli forces": past a short aside set off by commas
    if (token.lower === ',') {
      const close = commaAsideEnd(tokens, i, BEFORE_BY_TAGS);
      if (close > 0 && tokens[close + 1]?.lower === 'by') {
        i = close;
        continue;
      }
    }
    if (!BEFORE_BY_TAGS.has(token.tag)) return null;
  }
  return null;
}

/** "by phone calls", but "by phone", "by hand yesterday": a noun, not a time word, at `k`. */
function nounFollows(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  return next !== undefined && NOUN_TAGS.has(next.tag) && !TIME_WORDS.has(next.lower);
}

/** -ing forms of verbs that take no object: before a noun they describe it ("by falling debris"), unlike "by throwing stones". */
const INTRANSITIVE_ING = wordList('intransitive-ing');

/** "Man killed by *falling* tree", "injured by *flying* glass": a doer, not a means ("by throwing stones"). */
function describesNoun(tokens: readonly Token[], at: number): boolean {
  return INTRANSITIVE_ING.has((tokens[at] as Token).lower) && nounFollows(tokens, at + 1);
}

/** "case by case", "one by one", "step by step". */
function isIdiom(tokens: readonly Token[], by: number): boolean {
  return tokens[by - 1]?.lower === tokens[by + 1]?.lower;
}

function agentPhrase(tokens: readonly Token[], from: number, text: string): Span | null {
  // "Sent by: Jeff Smith", "shelled by "rebels""
  if (tokens[from]?.tag === ':' || tokens[from]?.tag === '``') from++;
  const first = tokens[from];
  if (!first || NOT_AGENT_AFTER_BY.has(first.lower) || (first.tag === 'VBG' && !describesNoun(tokens, from))) return null;
  if (MEANS_WHEN_BARE.has(first.lower) && !nounFollows(tokens, from + 1)) return null;
  // "by e-mail"
  if (first.lower === 'e' && tokens[from + 1]?.tag === 'HYPH') return null;
  if (first.tag === 'PRP' || first.tag === 'WP') return spanOf(first, first, text);
  const end = phraseEnd(tokens, from);
  let last = end - 1;
  while (last >= from && !AGENT_HEAD_TAGS.has((tokens[last] as Token).tag)) last--;
  if (last < from) {
    return end === from + 1 && PRONOMINAL_DETERMINERS.has(first.lower) ? spanOf(first, first, text) : null;
  }
  const second = tokens[from + 1];
  if (first.tag === 'DT' && second && NOT_AGENT_AFTER_BY.has(second.lower)) return null;
  if (first.tag === 'CD' && last === from) return null;
  return spanOf(first, tokens[last] as Token, text);
}

/**
 * One past the phrase: modifiers and nouns, joined by "of" ("members of the security
 * forces"), "and" ("police and soldiers") or a listing comma ("US, British and Swiss firms").
 */
function phraseEnd(tokens: readonly Token[], from: number): number {
  const limit = Math.min(tokens.length, from + MAX_PHRASE_TOKENS);
  return scanPhrase(from, limit, agentRules(tokens, limit)).end;
}

/**
 * An agent's words by their tags. Inside it, before more of the phrase: an adverb before a
 * modifier ("by mainly European immigrants"), quotes ("by the Center's "Intelligence
 * Report"") and a short bracketed aside ("by a 9m (30ft) storm surge").
 */
function agentRules(tokens: readonly Token[], limit: number): PhraseRules {
  const tagAt = (k: number): string => tokens[k]?.tag ?? '';
  const continues = (k: number): boolean => AGENT_PHRASE_TAGS.has(tagAt(k)) || quoteInside(tagAt(k), tagAt(k + 1), AGENT_PHRASE_TAGS, NOUN_TAGS);
  return {
    // "Man shot by police dies of wounds": "dies" is the headline's verb, whatever its tag.
    takes: (i, start) =>
      !(i > start && (VERB_ONLY_S_FORMS.has((tokens[i] as Token).lower) || pluralThatIsAVerb(tokens, i))) && AGENT_PHRASE_TAGS.has(tagAt(i)),
    isHead: (i) => AGENT_HEAD_TAGS.has(tagAt(i)),
    stepOver: (i, start) => {
      const tag = tagAt(i);
      if (ADVERB_TAGS.has(tag) && MODIFIER_AFTER_ADVERB_TAGS.has(tagAt(i + 1))) return i + 1;
      if (i > start && quoteInside(tag, tagAt(i + 1), AGENT_PHRASE_TAGS, NOUN_TAGS)) return i + 1;
      if (tag !== '-LRB-' || i === start) return -1;
      const close = asideEnd(tokens, i);
      return close < 0 || !continues(close + 1) ? -1 : close + 1;
    },
    join: (end) =>
      end + 1 < limit && joinsPhrase(tokens, end, AGENT_PHRASE_TAGS) && AGENT_PHRASE_TAGS.has(tagAt(end + 1)) && !isGerund(tokens[end + 1] as Token)
        ? end + 1
        : -1,
  };
}

/**
 * "accused by witnesses of *taking* part": an -ing form the lexicon never lists as an
 * adjective heads a clause, not more of the phrase ("members of the *ruling* party").
 */
function isGerund(token: Token): boolean {
  return token.tag === 'VBG' && !lexiconAllows(token.lower, 'JJ');
}

/**
 * "Family of man killed by police *demands* answers": a plural that can be a verb ("demands":
 * NNS/VBZ), after a noun and before the start of another noun phrase, is the headline's verb;
 * two plurals in a row rarely make one noun phrase. When the next word could be that verb too,
 * it is the one ("by US forces *claims* group").
 */
function pluralThatIsAVerb(tokens: readonly Token[], k: number): boolean {
  const verbHere = (j: number): boolean => {
    const word = tokens[j];
    return (
      word !== undefined &&
      (word.tag === 'NNS' || word.tag === 'VBZ') &&
      NOUN_TAGS.has(tokens[j - 1]?.tag ?? '') &&
      NOUN_PHRASE_START_TAGS.has(tokens[j + 1]?.tag ?? '') &&
      lexiconAllows(word.lower, 'VBZ')
    );
  };
  return verbHere(k) && !verbHere(k + 1);
}

export function spanOf(first: Token, last: Token, text: string): Span {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}
