// Euphemisms and loaded labels from the lexicon (data/lexicon/, docs/lexicon.md): one
// annotation per non-overlapping match, with the entry's explanation, alternative and sources.

import {
  type Lexicon,
  type LexiconEntry,
  type LexiconMatcher,
  defaultMatcher,
  wordView,
} from '../lexicon';
import { arabicWords, hasArabic, lexiconForm } from '../lexicon/arabic';
import { type ArabicMatcher, defaultArabicMatcher } from '../lexicon/arabic-matcher';
import { nounForms } from '../nlp/grammar/inflect';
import type { Detector, Document, EuphemismAnnotation, LexiconSource, Token } from '../types';

/**
 * A detector over given matchers (tests use small lexicons); the shipped one is below.
 * English words are matched on each sentence's tokens, Arabic words (data/lexicon/ar/) on
 * the Arabic letters of the sentence, wherever a text has any.
 */
export function createEuphemismDetector(
  matcher: () => LexiconMatcher,
  arabicMatcher: () => ArabicMatcher = defaultArabicMatcher,
): Detector {
  return {
    id: 'euphemism',
    detect(doc: Document): EuphemismAnnotation[] {
      const m = matcher();
      const out: EuphemismAnnotation[] = [];
      // the text's words, gathered only when a match has a case to check
      let words: Set<string> | null = null;
      const isAbout = (when: readonly string[]): boolean => {
        words ??= new Set(doc.sentences.flatMap((s) => s.tokens.map((t) => t.lower)));
        const all = words;
        return caseWords(when).some((w) => all.has(w));
      };
      for (const sentence of doc.sentences) {
        const view = wordView(sentence.tokens);
        for (const match of m.match(view)) {
          const start = (view.tokens[match.start] as Token).start;
          const end = (view.tokens[match.end - 1] as Token).end;
          out.push(annotate(doc.text, start, end, match.entry, m.lexicon, isAbout));
        }
      }
      if (hasArabic(doc.text)) out.push(...arabicAnnotations(doc, arabicMatcher()));
      return out;
    },
  };
}

export const euphemismDetector: Detector = createEuphemismDetector(defaultMatcher);

function arabicAnnotations(doc: Document, m: ArabicMatcher): EuphemismAnnotation[] {
  const forms = new Set(arabicWords(doc.text).flatMap((w) => w.forms));
  // a case word of several words ("أحمد الشرع") needs each of them
  const about = (when: readonly string[]): boolean => when.some((w) => w.split(/\s+/).every((part) => forms.has(lexiconForm(part))));
  return doc.sentences.flatMap((sentence) =>
    m.match(doc.text, sentence.start, sentence.end).map((match) =>
      annotate(doc.text, match.start, match.end, match.entry, m.lexicon, about)),
  );
}

function annotate(
  text: string,
  start: number,
  end: number,
  entry: LexiconEntry,
  lexicon: Lexicon,
  isAbout: (when: readonly string[]) => boolean,
): EuphemismAnnotation {
  const caseNote = entry.case && isAbout(entry.case.when) ? { case: entry.case.note } : {};
  return {
    type: 'euphemism',
    start,
    end,
    text: text.slice(start, end),
    rule: `euphemism/${entry.id}`,
    explanation: explain(entry),
    category: entry.category,
    entry: entry.id,
    ...(entry.gloss ? { gloss: entry.gloss } : {}),
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
  const { publisher, title, date, url, via } = source;
  return { id, ...(publisher ? { publisher } : {}), title, ...(date ? { date } : {}), url: url ?? '', ...(via ? { via } : {}) };
}
