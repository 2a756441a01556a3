// The pipeline's contract: offsets slice back to the text, any input is safe.

import { analyze, parse } from '../src/analyze';
import { passiveDetector } from '../src/detectors/passive';
import type { Analysis, Span } from '../src/types';

const run = (text: string): Analysis => analyze(text, { detectors: [passiveDetector] });

function spansOf(analysis: Analysis): Span[] {
  return analysis.annotations.flatMap((a) => {
    const spans: Span[] = [a];
    if (a.type === 'passive') spans.push(a.verb, ...(a.agent ? [a.agent] : []));
    return spans;
  });
}

describe('analyze', () => {
  test.each([
    'Hundreds killed as Syria security forces battle al-Assad loyalists',
    '“Two men were shot by police,” witnesses in Jableh said. 😢🙏 More were detained.',
    'Abd al-Rahman al-Shami was taken by gunmen in Baniyas — his family has not been told.',
    'عشرات القتلى were reported killed by militias near Latakia.',
    '  \n\n  Leading spaces and\r\nCRLF lines were kept.  ',
    'PROTESTERS WERE SHOT BY POLICE OUTSIDE THE MINISTRY',
  ])('offsets slice back to the text: %s', (text) => {
    const analysis = run(text);
    expect(analysis.text).toBe(text);
    for (const sentence of analysis.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    const spans = spansOf(analysis);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  test('empty and blank input give an empty analysis', () => {
    for (const text of ['', '   ', '\n\n']) {
      const analysis = run(text);
      expect(analysis.sentences).toEqual([]);
      expect(analysis.annotations).toEqual([]);
      expect(analysis.summary.words).toBe(0);
    }
  });

  test('very long input: every sentence is analysed', () => {
    const sentence = 'Two men were shot by police in the town. ';
    const text = sentence.repeat(5000);
    const analysis = run(text);
    expect(analysis.sentences).toHaveLength(5000);
    expect(analysis.summary.passives.full).toBe(5000);
    expect(analysis.summary.passives.withAgent).toBe(5000);
    const last = analysis.annotations[analysis.annotations.length - 1];
    expect(last && text.slice(last.start, last.end)).toBe('were shot');
  });

  test('annotations come sorted by start', () => {
    const { annotations } = run('Dozens were detained. Hundreds killed, thousands displaced.');
    const starts = annotations.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('summary counts the passives', () => {
    const { summary } = run('Protesters were shot by police. Hundreds killed.');
    expect(summary.sentences).toBe(2);
    expect(summary.counts.passive).toBe(2);
    expect(summary.passives).toEqual({ full: 1, get: 0, reduced: 1, withAgent: 1, agentless: 1 });
  });

  test('a vertical bar ends a headline before the story that follows, each with its own casing', () => {
    const sentences = parse('Floods Swamp Valley Towns | Rescue crews pulled people from their cars').sentences;
    expect(sentences.map((s) => [s.text, s.casing])).toEqual([
      ['Floods Swamp Valley Towns |', 'title'],
      ['Rescue crews pulled people from their cars', 'sentence'],
    ]);
  });

  test('non-string input is refused with a clear error', () => {
    expect(() => analyze(42 as unknown as string)).toThrow('text must be a string');
  });
});

describe('tags', () => {
  // EWT's GW marks a piece of a word split by a typo; the model gives it to some capitalised
  // words of news ("President Macron"), which must read as names
  test.each([
    ['President Macron says the attackers fled', ['NNP', 'NNP']],
  ])('no GW tag: %s', (text, firstTags) => {
    const tags = parse(text).sentences.flatMap((s) => s.tokens.map((t) => t.tag));
    expect(tags).not.toContain('GW');
    expect(tags.slice(0, firstTags.length)).toEqual(firstTags);
  });

  // EWT's ADD marks an address; the model gave it to a plain word at a headline's end
  test.each([['Three hurt'], ['Market bombed, several hurt']])('no ADD tag for a plain word: %s', (text) => {
    const tags = parse(text).sentences.flatMap((s) => s.tokens.map((t) => t.tag));
    expect(tags).not.toContain('ADD');
  });

  // a spelled-out number is CD in every casing: lower-case and Title Case headlines had it a
  // participle by its suffix ("-teen" like "beaten"), and so a passive
  test.each([
    ['fourteen dead in bus crash', 'sentence'],
    ['Seventeen Hurt As Bus Overturns', 'title'],
    ['SEVENTEEN HURT AS BUS OVERTURNS', 'upper'],
  ])('a spelled-out number is CD: %s', (text, casing) => {
    const [sentence] = parse(text).sentences;
    expect(sentence?.casing).toBe(casing);
    expect(sentence?.tokens[0]?.tag).toBe('CD');
    expect(run(text).annotations.map((a) => a.text.toLowerCase())).not.toContain(text.split(' ')[0]?.toLowerCase());
  });
});
