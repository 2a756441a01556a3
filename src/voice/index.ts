// Whose words each annotation is in (issue 16, "Whose words"): the outlet's own voice,
// quoted words, or words attributed to a speaker. Media critics separate these first.

import type { Annotation, Document, Span, Voice } from '../types';
import { attributionsIn } from './attribution';
import { quotedRanges } from './quotes';

export interface VoiceOf {
  voice: Voice;
  speaker: Span | null;
}

/**
 * Sets `voice` and `speaker` on every annotation, in place. `annotations` are sorted by
 * start (as analyze() sorts them), so one pass walks them beside the sentences.
 */
export function assignVoices(doc: Document, annotations: Annotation[]): void {
  let next = 0;
  for (const sentence of doc.sentences) {
    while (next < annotations.length && (annotations[next] as Annotation).start < sentence.start) next++;
    const inside: Annotation[] = [];
    for (let i = next; i < annotations.length && (annotations[i] as Annotation).start < sentence.end; i++) inside.push(annotations[i] as Annotation);
    if (inside.length === 0) continue;
    const quotes = quotedRanges(sentence.text).map((r) => ({ start: r.start + sentence.start, end: r.end + sentence.start }));
    const attributed = attributionsIn(sentence, doc.text);
    for (const a of inside) Object.assign(a, voiceOf(a, quotes, attributed));
  }
  for (const a of annotations) if (a.voice === undefined) Object.assign(a, { voice: 'outlet', speaker: null });
}

function voiceOf(a: Span, quotes: readonly { start: number; end: number }[], attributed: ReturnType<typeof attributionsIn>): VoiceOf {
  const within = (r: { start: number; end: number }): boolean => a.start >= r.start && a.end <= r.end;
  const by = attributed.find(within);
  if (quotes.some(within)) return { voice: 'quoted', speaker: by?.speaker ?? null };
  if (by) return { voice: 'attributed', speaker: by.speaker };
  return { voice: 'outlet', speaker: null };
}
