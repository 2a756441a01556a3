// Bounded work (issue 14): whatever the input, analysis output grows linearly with it and no
// span a rule grows (agent, victim, event) reaches past a noun phrase or a sentence.

import { analyze } from '../src/analyze';
import { MAX_PHRASE_TOKENS, MAX_SENTENCE_TOKENS } from '../src/nlp/limits';
import type { Analysis, Span } from '../src/types';

/** Adversarial shapes: repetition, no punctuation, one very long sentence, many short ones. */
const SHAPES: Array<[string, (n: number) => string]> = [
  ['repeated harm verbs, no stop', (n) => 'police killed '.repeat(n)],
  ['a clause chain with no punctuation', (n) => 'the soldiers shot the men and the police killed the people and '.repeat(Math.ceil(n / 4))],
  ['one very long sentence of passives', (n) => 'Protesters were shot by police officers who were beaten by soldiers killed by gunmen wounded in clashes '.repeat(Math.ceil(n / 8))],
  ['many short sentences', (n) => 'Man killed. '.repeat(n)],
  ['one noun phrase that never ends', (n) => `Killed by ${'the security forces of '.repeat(n)}the state`],
];

function spans(analysis: Analysis): Span[] {
  return analysis.annotations.flatMap((a) => {
    if (a.type === 'passive') return [a, a.verb, ...(a.agent ? [a.agent] : [])];
    if (a.type === 'harm') return [a, a.event, ...(a.agent ? [a.agent] : []), ...(a.victim ? [a.victim] : [])];
    return [a];
  });
}

const size = (a: Analysis): number => JSON.stringify(a).length;
/** Generous: a phrase of MAX_PHRASE_TOKENS tokens of up to 20 characters and a space each. */
const MAX_SPAN_CHARS = MAX_PHRASE_TOKENS * 21;

describe.each(SHAPES)('%s', (_name, make) => {
  const small = analyze(make(300));
  const large = analyze(make(1200));

  test('output grows linearly with the input (4x input, at most 4.5x output)', () => {
    const inputRatio = large.text.length / small.text.length;
    expect(inputRatio).toBeGreaterThan(3.5);
    expect(size(large) / size(small)).toBeLessThan(inputRatio * 1.15);
  });

  test('no span a rule grows is longer than a noun phrase', () => {
    for (const span of spans(large)) {
      expect(large.text.slice(span.start, span.end)).toBe(span.text);
      expect(span.text.length).toBeLessThanOrEqual(MAX_SPAN_CHARS);
    }
  });

  test('no sentence has more tokens than the bound', () => {
    for (const s of large.sentences) expect(s.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });
});
