// Emotive terms near a report of harm (data/harm/emotive.yml; issue 18): where they occur in
// a text, and whether the outlet says them or quotes them.

import { LexiconError } from '../lexicon';
import { loadedOnce } from '../lexicon/cache';
import { quotedRanges } from '../voice/quotes';
import { HARM_DIR, readYaml } from './load';
import { validateSourceIds } from './schema';

export interface EmotiveTerm {
  term: string;
  forms: string[];
  source: string;
  why: string;
}

export interface EmotiveMatch {
  term: string;
  start: number;
  end: number;
  /** Inside quotation marks: someone else's words, not the outlet's. */
  quoted: boolean;
}

const loadFrom = loadedOnce(readEmotive);

export function loadEmotiveTerms(dir: string = HARM_DIR): EmotiveTerm[] {
  return loadFrom(dir);
}

function readEmotive(dir: string): EmotiveTerm[] {
  const sourcesYaml = readYaml(dir, 'sources.yml');
  const sources = validateSourceIds(sourcesYaml.file, sourcesYaml.data);
  const { file, data } = readYaml(dir, 'emotive.yml');
  if (!Array.isArray(data)) throw new LexiconError(file, null, 'expected a list of terms');
  return data.map((raw: unknown, i: number): EmotiveTerm => {
    const e = raw as Partial<EmotiveTerm>;
    const where = `entry ${i + 1}`;
    if (typeof e.term !== 'string' || !Array.isArray(e.forms) || !e.forms.every((f) => typeof f === 'string')) {
      throw new LexiconError(file, where, 'needs a term and a list of forms');
    }
    if (typeof e.source !== 'string' || !sources.has(e.source)) throw new LexiconError(file, where, `unknown source "${String(e.source)}"`);
    if (typeof e.why !== 'string' || !e.why.trim()) throw new LexiconError(file, where, 'says nothing of why it is listed');
    return { term: e.term, forms: e.forms.map((f) => f.toLowerCase()), source: e.source, why: e.why };
  });
}

let pattern: { re: RegExp; termOf: Map<string, string> } | null = null;

/** Every emotive term in text[start, end), with whether it is quoted. */
export function emotiveIn(text: string, start = 0, end = text.length): EmotiveMatch[] {
  if (!pattern) {
    const termOf = new Map(loadEmotiveTerms().flatMap((t) => t.forms.map((f): [string, string] => [f, t.term])));
    const forms = [...termOf.keys()].sort((a, b) => b.length - a.length);
    pattern = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), termOf };
  }
  const quotes = quotedRanges(text);
  const found: EmotiveMatch[] = [];
  pattern.re.lastIndex = start;
  for (let m = pattern.re.exec(text); m && m.index < end; m = pattern.re.exec(text)) {
    const at = m.index;
    const stop = at + m[0].length;
    if (stop > end) break;
    found.push({ term: pattern.termOf.get(m[0].toLowerCase()) as string, start: at, end: stop,
      quoted: quotes.some((q) => q.start <= at && stop <= q.end) });
  }
  return found;
}
