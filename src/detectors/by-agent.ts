// The agent of a passive: the noun phrase of a "by"-phrase after the participle
// ("shot dead by police", "killed in Gaza by Israeli forces", "sent to me by a friend").

import type { Span, TaggedSentence, Token } from '../types';
import { VERB_ONLY_S_FORMS } from '../nlp/words';
import { MAX_PHRASE_TOKENS } from '../nlp/limits';
import { lexiconAllows } from '../nlp/tag-lexicon';
import { PRONOMINAL_DETERMINERS, TIME_WORDS } from '../nlp/grammar/function-words';
import { ADVERB_TAGS, AGENT_HEAD_TAGS, AGENT_PHRASE_TAGS, BEFORE_BY_TAGS, MODIFIER_AFTER_ADVERB_TAGS, NOUN_PHRASE_START_TAGS, NOUN_TAGS } from '../nlp/grammar/tags';

const MAX_BRIDGE = 10;

/** "by" that does not introduce a doer, with or without an article: "by Tuesday", "by the end of", "by the way". */
const NOT_AGENT_AFTER_BY = new Set([...TIME_WORDS, 'far', 'way', 'percent', 'itself', 'themselves', 'himself', 'herself', 'myself', 'yourself']);
/** Means and manners, not doers, when bare: "sent by car", "by hand", "by law"; but "hit by a car", "by the hand of the servant". */
const MEANS_WHEN_BARE = new Set(['hand', 'mistake', 'accident', 'default', 'chance', 'contrast', 'comparison', 'design', 'phone', 'email', 'mail', 'post', 'car', 'bus', 'train', 'air', 'sea', 'land', 'road', 'rail', 'boat', 'foot', 'force', 'law', 'name', 'nature', 'fax', 'cheque', 'check', 'cash']);
/** Verbs whose "by" gives a measure, not a doer: "multiplied by the rate". */
const MEASURE_VERBS = new Set(['multiplied', 'divided']);
/** Verbs whose "by" gives a measure when a number follows: "increased by 5 per cent", but "raised by the campaign". */
const AMOUNT_VERBS = new Set(['increased', 'decreased', 'reduced', 'raised', 'cut', 'lowered', 'exceeded', 'outnumbered', 'beaten']);

export function findByAgent(sentence: TaggedSentence, verbIndex: number, text: string): Span | null {
  const tokens = sentence.tokens;
  const verb = (tokens[verbIndex] as Token).lower;
  if (MEASURE_VERBS.has(verb)) return null;
  for (let i = verbIndex + 1; i <= verbIndex + 1 + MAX_BRIDGE && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'by') {
      if (isIdiom(tokens, i) || (AMOUNT_VERBS.has(verb) && tokens[i + 1]?.tag === 'CD')) return null;
      return agentPhrase(tokens, i + 1, text);
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
const INTRANSITIVE_ING = new Set(['falling', 'flying', 'collapsing', 'exploding', 'speeding', 'crashing', 'rampaging', 'marauding', 'advancing', 'retreating', 'erupting']);

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
  let end = Math.min(limit, modifiersAndNouns(tokens, from, limit));
  while (end + 1 < limit && joins(tokens, end) && AGENT_PHRASE_TAGS.has((tokens[end + 1] as Token).tag) && !isGerund(tokens[end + 1] as Token)) {
    end = modifiersAndNouns(tokens, end + 1, limit);
  }
  return end;
}

/**
 * "accused by witnesses of *taking* part": an -ing form the lexicon never lists as an
 * adjective heads a clause, not more of the phrase ("members of the *ruling* party").
 */
function isGerund(token: Token): boolean {
  return token.tag === 'VBG' && !lexiconAllows(token.lower, 'JJ');
}

/**
 * Past the words of the phrase from `at`. Inside it, before more of the phrase: an adverb
 * before a modifier ("by mainly European immigrants"), quotes ("by the Center's "Intelligence
 * Report"") and a short bracketed aside ("by a 9m (30ft) storm surge").
 */
function modifiersAndNouns(tokens: readonly Token[], at: number, limit: number): number {
  let end = at;
  for (;;) {
    const token = tokens[end];
    if (!token || end >= limit) return end;
    // "Man shot by police dies of wounds": "dies" is the headline's verb, whatever its tag.
    if (end > at && (VERB_ONLY_S_FORMS.has(token.lower) || pluralThatIsAVerb(tokens, end))) return end;
    if (AGENT_PHRASE_TAGS.has(token.tag)) end++;
    else if (ADVERB_TAGS.has(token.tag) && MODIFIER_AFTER_ADVERB_TAGS.has(tokens[end + 1]?.tag ?? '')) end++;
    else if (end > at && quoteInside(token.tag, tokens[end + 1]?.tag ?? '')) end++;
    else if (token.tag === '-LRB-' && end > at) {
      const close = asideEnd(tokens, end);
      if (close < 0 || !continues(tokens, close + 1)) return end;
      end = close + 1;
    } else return end;
  }
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

/** An opening quote before more of the phrase; a closing one only before its noun ("the "Unitary Executive" theory"). */
function quoteInside(tag: string, next: string): boolean {
  return (tag === '``' && AGENT_PHRASE_TAGS.has(next)) || (tag === "''" && NOUN_TAGS.has(next));
}

/** Does the phrase go on at `k`, maybe after a quote? */
function continues(tokens: readonly Token[], k: number): boolean {
  const tag = tokens[k]?.tag ?? '';
  return AGENT_PHRASE_TAGS.has(tag) || quoteInside(tag, tokens[k + 1]?.tag ?? '');
}

const MAX_ASIDE = 4;

/** The closing bracket of a short aside opening at `open`, or -1. */
function asideEnd(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k <= open + 1 + MAX_ASIDE; k++) {
    const tag = (tokens[k] as Token).tag;
    if (tag === '-RRB-') return k;
    if (tag === '.' || tag === '-LRB-') return -1;
  }
  return -1;
}

function joins(tokens: readonly Token[], at: number): boolean {
  const word = (tokens[at] as Token).lower;
  if (word === 'of' || word === 'and' || word === '&') return true;
  if (word !== ',') return false;
  // A comma joins only in a list that ends in "and": "US, British and Swiss firms".
  for (let k = at + 1; k < tokens.length && k <= at + 4; k++) {
    const next = tokens[k] as Token;
    if (next.lower === 'and' || next.lower === 'or') return true;
    if (!AGENT_PHRASE_TAGS.has(next.tag) && next.lower !== ',') return false;
  }
  return false;
}

export function spanOf(first: Token, last: Token, text: string): Span {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}
