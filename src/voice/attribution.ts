// Whose words a stretch of a sentence is: reported speech ("X said ...", "..., X says",
// "according to X") and a headline's source tag ("...: report", "... - witnesses") make
// it attributed to a speaker, not the outlet's own voice.

import type { Span, TaggedSentence, Token } from '../types';
import type { Range } from './quotes';
import { SAYING_FORMS } from '../nlp/grammar/function-words';

export interface Attribution extends Range {
  /** Who the words are attributed to, when the text names them. */
  speaker: Span | null;
}

/** Tags a speaker's noun phrase is made of ("the health ministry", "Israel's army"). */
const SPEAKER_TAGS = /^(NN|NNS|NNP|NNPS|JJ|DT|POS|CD|PRP|HYPH)$/;
/** A headline's trailing source tag: "...: report", "... - witnesses", "...: BBC". */
const MAX_TAG_TOKENS = 3;
const MAX_SPEAKER_TOKENS = 6;

export function attributionsIn(sentence: TaggedSentence, text: string): Attribution[] {
  const tokens = sentence.tokens;
  const out: Attribution[] = [];
  const span = (from: number, to: number): Span | null => {
    const first = tokens[from];
    const last = tokens[to - 1];
    return first && last && from < to ? { start: first.start, end: last.end, text: text.slice(first.start, last.end) } : null;
  };
  const whole = { start: sentence.start, end: sentence.end };
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    // "according to the health ministry"
    if (w === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push({ ...whole, speaker: span(i + 2, speakerEnd(tokens, i + 2)) });
      continue;
    }
    if (!SAYING_FORMS.has(w) || !/^VB/.test(tokens[i]?.tag ?? '')) continue;
    const from = speakerStart(tokens, i);
    if (from === i) continue;
    const speaker = span(from, i);
    const before = tokens[from - 1];
    if (before && (before.lower === ',' || before.lower === '-' || before.lower === '–' || before.lower === '—')) {
      // "Five killed in Gaza, health ministry says": what comes before the comma
      out.push({ start: sentence.start, end: before.start, speaker });
    } else if (from === 0 || before?.tag === ':' || before?.lower === '"' || before?.lower === '“') {
      // "Officials said that ...", "Witnesses say police fired": what comes after the verb
      const next = tokens[i + 1];
      if (next) out.push({ start: next.start, end: sentence.end, speaker });
    }
  }
  const tag = sourceTag(tokens, text);
  if (tag) out.push({ start: sentence.start, end: (tokens[tag - 1] as Token).start, speaker: span(tag, tokens.length) });
  return out;
}

/** Where the speaker's noun phrase before the verb at `verb` starts (`verb` when there is none). */
function speakerStart(tokens: readonly Token[], verb: number): number {
  let k = verb;
  while (k > 0 && verb - k < MAX_SPEAKER_TOKENS && SPEAKER_TAGS.test(tokens[k - 1]?.tag ?? '')) k--;
  return k;
}

function speakerEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_SPEAKER_TOKENS && SPEAKER_TAGS.test(tokens[k]?.tag ?? '')) k++;
  return k;
}

/** "... killed in the war: report", "... as strikes continue - witnesses": the index of the tag's first token. */
function sourceTag(tokens: readonly Token[], text: string): number | null {
  for (let k = tokens.length - 1; k >= 1 && tokens.length - k <= MAX_TAG_TOKENS; k--) {
    const markToken = tokens[k - 1] as Token;
    const mark = markToken.lower;
    if (mark !== ':' && mark !== '-' && mark !== '–' && mark !== '—') continue;
    // a dash between spaces ("continue - witnesses"), not a hyphen ("al-Assad")
    if (mark !== ':' && !(/\s/.test(text[markToken.start - 1] ?? '') && /\s/.test(text[markToken.end] ?? ''))) continue;
    const tag = tokens.slice(k);
    if (tag.length === 0 || k < 3 || !tag.every((t) => /^(NN|NNS|NNP|NNPS|JJ)$/.test(t.tag))) return null;
    // a name alone is more often a place than a source ("... prison - Nairobi"), unless it is
    // an acronym ("- BBC", ": UN")
    const common = tag.some((t) => /^(NN|NNS|JJ)$/.test(t.tag));
    return common || tag.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase()) ? k : null;
  }
  return null;
}
