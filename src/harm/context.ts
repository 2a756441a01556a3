// What the harm grammar knows about one sentence while it works on it.

import { normalizeWord } from '../lexicon/words';
import type { PassiveAnnotation, Span, TaggedSentence, Token } from '../types';
import type { HarmLexicon } from './types';

export interface HarmContext {
  sentence: TaggedSentence;
  tokens: readonly Token[];
  /** Lower-cased words, one per token. */
  words: readonly string[];
  /** The whole input (annotation offsets are into it). */
  text: string;
  lexicon: HarmLexicon;
  /** Passive annotations of earlier detectors, by the token index of their participle. */
  passives: ReadonlyMap<number, PassiveAnnotation>;
  /** Start and end token of every harm word read as a verb (for coordination). */
  verbs: ReadonlyMap<number, number>;
}

export function createContext(
  sentence: TaggedSentence,
  text: string,
  lexicon: HarmLexicon,
  passives: readonly PassiveAnnotation[],
  words: readonly string[] = sentence.tokens.map((t) => normalizeWord(t.text)),
): Omit<HarmContext, 'verbs'> {
  const tokens = sentence.tokens;
  return { sentence, tokens, words, text, lexicon, passives: passives.length === 0 ? NO_PASSIVES : byVerbOf(tokens, passives) };
}

/** The passives of a sentence that has none (most): one map shared, not one made per sentence (issue 15). */
const NO_PASSIVES: ReadonlyMap<number, PassiveAnnotation> = new Map();

function byVerbOf(tokens: readonly Token[], passives: readonly PassiveAnnotation[]): Map<number, PassiveAnnotation> {
  const byVerb = new Map<number, PassiveAnnotation>();
  for (const p of passives) {
    const i = tokens.findIndex((t) => t.start === p.verb.start);
    if (i >= 0) byVerb.set(i, p);
  }
  return byVerb;
}

/** The text of tokens [start, end). */
export function spanOf(ctx: Pick<HarmContext, 'tokens' | 'text'>, start: number, end: number): Span {
  const first = ctx.tokens[start] as Token;
  const last = ctx.tokens[end - 1] as Token;
  return { start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end) };
}

/** Token indices [start, end) covered by a span of the text. */
export function tokenRange(ctx: Pick<HarmContext, 'tokens'>, span: Span): [number, number] {
  let start = -1;
  let end = -1;
  ctx.tokens.forEach((t, i) => {
    if (t.start < span.end && span.start < t.end) {
      if (start < 0) start = i;
      end = i + 1;
    }
  });
  return [start, end];
}

/**
 * Whether the token at `i` is a hyphen that joins the words beside it ("Israel-Gaza",
 * "Hamas-run"), not a dash set apart by spaces ("... in Rafah - Reuters"), which the tagger
 * tags alike.
 */
export function joiningHyphen(ctx: Pick<HarmContext, 'tokens'>, i: number): boolean {
  const [before, dash, after] = [ctx.tokens[i - 1], ctx.tokens[i], ctx.tokens[i + 1]];
  if (!dash || !(dash.tag === 'HYPH' || /^[-–]$/.test(dash.text))) return false;
  return before !== undefined && after !== undefined && before.end === dash.start && dash.end === after.start;
}
