// Counts per device, the shape the web app and corpus statistics show.

import { harmSummary } from './harm/summary';
import type { Annotation, Document, Summary } from './types';

/** A token with a letter or a digit (/[\p{L}\p{N}]/u): ASCII tokens by their codes, others by the regular expression. */
function isWord(text: string): boolean {
  let ascii = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (c >= 0x80) ascii = false;
  }
  return !ascii && /[\p{L}\p{N}]/u.test(text);
}

export function summarize(doc: Document, annotations: readonly Annotation[]): Summary {
  const counts: Record<string, number> = {};
  const passives = { full: 0, get: 0, reduced: 0, withAgent: 0, agentless: 0 };
  for (const a of annotations) {
    counts[a.type] = (counts[a.type] ?? 0) + 1;
    if (a.type !== 'passive') continue;
    passives[a.form]++;
    if (a.agent) passives.withAgent++;
    else passives.agentless++;
  }
  let words = 0;
  for (const s of doc.sentences) for (const t of s.tokens) if (isWord(t.text)) words++;
  return { words, sentences: doc.sentences.length, counts, passives, harm: harmSummary(annotations) };
}
