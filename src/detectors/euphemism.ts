// Euphemisms and loaded labels from the lexicon (data/lexicon/, docs/lexicon.md): one
// annotation per non-overlapping match, with the entry's explanation, alternative and sources.

import {
  type Lexicon,
  type LexiconEntry,
  type LexiconMatch,
  type LexiconMatcher,
  defaultMatcher,
  wordView,
} from '../lexicon';
import type { Detector, Document, EuphemismAnnotation, LexiconSource, Token } from '../types';

/** A detector over a given matcher (tests use small lexicons); the shipped one is below. */
export function createEuphemismDetector(matcher: () => LexiconMatcher): Detector {
  return {
    id: 'euphemism',
    detect(doc: Document): EuphemismAnnotation[] {
      const m = matcher();
      const out: EuphemismAnnotation[] = [];
      for (const sentence of doc.sentences) {
        const view = wordView(sentence.tokens);
        for (const match of m.match(view)) out.push(annotate(doc.text, view.tokens, match, m.lexicon));
      }
      return out;
    },
  };
}

export const euphemismDetector: Detector = createEuphemismDetector(defaultMatcher);

function annotate(
  text: string,
  tokens: readonly Token[],
  match: LexiconMatch,
  lexicon: Lexicon,
): EuphemismAnnotation {
  const { entry } = match;
  const start = (tokens[match.start] as Token).start;
  const end = (tokens[match.end - 1] as Token).end;
  return {
    type: 'euphemism',
    start,
    end,
    text: text.slice(start, end),
    rule: `euphemism/${entry.id}`,
    explanation: explain(entry),
    category: entry.category,
    entry: entry.id,
    alternative: entry.alternative,
    sources: entry.sources.map((id) => citation(lexicon, id)),
    contested: entry.contested,
  };
}

/** The explanation, followed for contested entries by the case for the term. */
function explain(entry: LexiconEntry): string {
  if (!entry.note) return entry.explanation;
  return entry.contested ? `${entry.explanation} Contested: ${entry.note}` : `${entry.explanation} ${entry.note}`;
}

function citation(lexicon: Lexicon, id: string): LexiconSource {
  const source = lexicon.sources.get(id);
  if (!source) throw new Error(`lexicon source "${id}" vanished after validation`);
  return { id, title: source.title, url: source.url ?? '' };
}
