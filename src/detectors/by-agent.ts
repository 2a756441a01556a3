// The agent of a passive: the noun phrase of a "by"-phrase after the participle
// ("shot dead by police", "killed in Gaza by Israeli forces").

import type { Span, TaggedSentence, Token } from '../types';
import { TIME_WORDS } from '../nlp/words';

/** Tags that may stand between the participle and "by": "shot dead by", "killed in Gaza by". */
const BRIDGE_TAGS = new Set(['RB', 'RBR', 'JJ', 'RP', 'IN', 'DT', 'NNP', 'NNPS', 'NN', 'NNS', 'CD', 'PRP$', 'HYPH']);
const MAX_BRIDGE = 5;

/** Tags inside the agent noun phrase. */
const PHRASE_TAGS = new Set(['DT', 'PDT', 'PRP$', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'POS', 'HYPH', 'VBN', 'VBG', 'FW']);
const HEAD_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'CD', 'FW']);

/** "by" that does not introduce a doer: "by far", "by Tuesday", "by 2025", "by the end of". */
const NOT_AGENT_AFTER_BY = new Set([...TIME_WORDS, 'far', 'way', 'hand', 'mistake', 'accident', 'default', 'chance', 'contrast', 'comparison', 'design', 'phone', 'email', 'mail', 'car', 'bus', 'train', 'air', 'sea', 'foot', 'force', 'law', 'name', 'nature', 'percent', 'itself', 'themselves', 'himself', 'herself', 'myself', 'yourself']);

export function findByAgent(sentence: TaggedSentence, verbIndex: number, text: string): Span | null {
  const tokens = sentence.tokens;
  for (let i = verbIndex + 1; i <= verbIndex + 1 + MAX_BRIDGE && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'by') return agentPhrase(tokens, i + 1, text);
    if (!BRIDGE_TAGS.has(token.tag)) return null;
  }
  return null;
}

function agentPhrase(tokens: readonly Token[], from: number, text: string): Span | null {
  const first = tokens[from];
  if (!first || NOT_AGENT_AFTER_BY.has(first.lower) || first.tag === 'VBG') return null;
  if (first.tag === 'PRP' || first.tag === 'WP') return spanOf(first, first, text);
  let end = from;
  while (end < tokens.length && PHRASE_TAGS.has((tokens[end] as Token).tag)) end++;
  // "members of the security forces", "police and soldiers"
  while (end + 1 < tokens.length && /^(of|and|&)$/.test((tokens[end] as Token).lower) && PHRASE_TAGS.has((tokens[end + 1] as Token).tag)) {
    end++;
    while (end < tokens.length && PHRASE_TAGS.has((tokens[end] as Token).tag)) end++;
  }
  let last = end - 1;
  while (last >= from && !HEAD_TAGS.has((tokens[last] as Token).tag)) last--;
  if (last < from) return null;
  const second = tokens[from + 1];
  if (first.tag === 'DT' && second && NOT_AGENT_AFTER_BY.has(second.lower)) return null;
  if (first.tag === 'CD' && last === from) return null;
  return spanOf(first, tokens[last] as Token, text);
}

export function spanOf(first: Token, last: Token, text: string): Span {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}
