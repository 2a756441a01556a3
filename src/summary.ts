// Counts per device, the shape the web app and corpus statistics show.

import { harmSummary } from './harm/summary';
import type { Annotation, Document, Summary } from './types';

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
  const words = doc.sentences.reduce(
    (n, s) => n + s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length,
    0,
  );
  return { words, sentences: doc.sentences.length, counts, passives, harm: harmSummary(annotations) };
}
