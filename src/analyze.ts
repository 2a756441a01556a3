// The pipeline: text → sentences and tokens → part-of-speech tags → detectors → annotations.
// Pure: no I/O beyond loading the shipped tagger model once.

import { DETECTORS } from './detectors';
import { splitSentences } from './nlp/sentences';
import { defaultTagger, type Tagger } from './nlp/tagger';
import { tokenize } from './nlp/tokenize';
import { summarize } from './summary';
import { assignVoices } from './voice';
import type { Analysis, Annotation, Detector, Document, TaggedSentence } from './types';

export interface AnalyzeOptions {
  /** Detectors to run, in order; defaults to all of them. */
  detectors?: readonly Detector[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
  const doc = parse(text);
  const annotations: Annotation[] = [];
  for (const detector of options.detectors ?? DETECTORS) {
    annotations.push(...detector.detect(doc, annotations));
  }
  annotations.sort((a, b) => a.start - b.start || a.end - b.end);
  assignVoices(doc, annotations);
  return {
    text,
    sentences: doc.sentences.map(({ start, end, text: sentenceText, casing }) => ({
      start,
      end,
      text: sentenceText,
      casing,
    })),
    annotations,
    summary: summarize(doc, annotations),
  };
}

/** Sentences, tokens and tags: what every detector reads. Training passes its own tagger. */
export function parse(text: string, tagger: Tagger = defaultTagger()): Document {
  const sentences: TaggedSentence[] = splitSentences(text, tokenize(text)).map((raw) => {
    const tags = tagger.tag(
      raw.tokens.map((t) => t.expanded ?? t.text),
      raw.casing,
    );
    return {
      start: raw.start,
      end: raw.end,
      text: text.slice(raw.start, raw.end),
      casing: raw.casing,
      // a literal, not { ...t }: spreading is several times slower, and this runs once per word
      tokens: raw.tokens.map((t, i) => ({ start: t.start, end: t.end, text: t.text, lower: (t.expanded ?? t.text).toLowerCase(), tag: tags[i] as string })),
    };
  });
  return { text, sentences };
}
