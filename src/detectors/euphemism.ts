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
import { nounForms } from '../lexicon/inflect';
import type { Detector, Document, EuphemismAnnotation, LexiconSource, Token } from '../types';

/** A detector over a given matcher (tests use small lexicons); the shipped one is below. */
export function createEuphemismDetector(matcher: () => LexiconMatcher): Detector {
  return {
    id: 'euphemism',
    detect(doc: Document): EuphemismAnnotation[] {
      const m = matcher();
      const out: EuphemismAnnotation[] = [];
      const words = new Set(doc.sentences.flatMap((s) => s.tokens.map((t) => t.lower)));
      for (const sentence of doc.sentences) {
        const view = wordView(sentence.tokens);
        for (const match of m.match(view)) out.push(annotate(doc.text, view.tokens, match, m.lexicon, words));
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
  words: ReadonlySet<string>,
): EuphemismAnnotation {
  const { entry } = match;
  const caseNote = entry.case && caseWords(entry.case.when).some((w) => words.has(w)) ? { case: entry.case.note } : {};
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
    ...caseNote,
  };
}

/** "syrian~n" → syrian, syrians; plain words as they are. */
function caseWords(when: readonly string[]): string[] {
  return when.flatMap((w) => (w.endsWith('~n') ? nounForms(w.slice(0, -2)) : [w.toLowerCase()]));
}

/** The explanation, followed for contested entries by the case for the term. */
function explain(entry: LexiconEntry): string {
  if (!entry.note) return entry.explanation;
  return entry.contested ? `${entry.explanation} Contested: ${entry.note}` : `${entry.explanation} ${entry.note}`;
}

function citation(lexicon: Lexicon, id: string): LexiconSource {
  const source = lexicon.sources.get(id);
  if (!source) throw new Error(`lexicon source "${id}" vanished after validation`);
  return { id, title: source.title, url: source.url ?? '', ...(source.via ? { via: source.via } : {}) };
}
