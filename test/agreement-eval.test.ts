// The second coder's labels (eval/agreement-section.ts) are read and scored as the tool's
// readings are, and the agreement figures count what they say.

import { SECOND_CODINGS, type SecondLabel, kappa, readSecondCoder, readingOf } from '../eval/agreement-section';
import { readRealGold } from '../eval/real-gold';
import { emptyCounts, scoreItem } from '../eval/real-score';

const text = 'Two men killed and a boy wounded as troops opened fire; the boy was killed later';
const label = (over: Partial<SecondLabel>): SecondLabel => ({
  id: 'x', harm: true, events: ['killed', 'wounded', 'killed'], primary: 'killed', cause: 'violence', agentNamed: false,
  device: 'agentless-passive', responsibility: { link: 'clause', party: 'troops' }, victim: 'Two men', nationality: null,
  role: null, passives: [{ verb: 'killed', agent: null }, { verb: 'wounded', agent: null }, { verb: 'killed', agent: null }], ...over,
});

describe('readingOf: a second coder\'s labels as a reading', () => {
  test('a repeated phrase is found at its next place, in order', () => {
    const reading = readingOf(text, label({}));
    expect(reading.events.map((e) => e.start)).toEqual([text.indexOf('killed'), text.indexOf('wounded'), text.lastIndexOf('killed')]);
    expect(reading.passives.map((p) => p.verb.start)).toEqual([text.indexOf('killed'), text.indexOf('wounded'), text.lastIndexOf('killed')]);
  });

  test('the primary harm carries the coder\'s fields', () => {
    expect(readingOf(text, label({})).primary).toEqual(expect.objectContaining({ device: 'agentless-passive', link: 'clause', party: 'troops', victim: 'Two men', agentNamed: false }));
  });

  test('no harm: no events and no primary, passives still read', () => {
    const reading = readingOf(text, label({ harm: false, events: [], primary: null, responsibility: null, device: null, victim: null }));
    expect(reading.events).toEqual([]);
    expect(reading.primary).toBeNull();
    expect(reading.passives).toHaveLength(3);
  });

  test('harm whose phrases are not in the text is an error, not a silent miss', () => {
    expect(() => readingOf(text, label({ events: ['shot'], primary: 'shot' }))).toThrow(/no event/);
  });

  test('scored against the same labels as gold, every field agrees', () => {
    const counts = emptyCounts();
    const gold = { ...label({}), split: 'dev' as const, kind: 'sentence' as const, text, note: '', source: {} };
    scoreItem(counts, gold, readingOf(text, label({})));
    expect(counts.tp).toBe(1);
    expect(counts.wrong).toEqual([]);
    expect(counts.passive).toEqual({ tp: 3, fp: 0, fn: 0 });
  });
});

describe('kappa', () => {
  test.each([
    // perfect agreement, both codings varied
    [{ tp: 10, fp: 0, fn: 0, tn: 10 }, 1],
    // agreement no better than chance: half yes each, independent
    [{ tp: 5, fp: 5, fn: 5, tn: 5 }, 0],
    // 0.9 observed, 0.5 by chance
    [{ tp: 9, fp: 1, fn: 1, tn: 9 }, 0.8],
  ])('%o gives %d', (counts, expected) => {
    expect(kappa(counts)).toBeCloseTo(expected, 10);
  });

  test('no items, or one coding that never varies on both sides: undefined', () => {
    expect(kappa({ tp: 0, fp: 0, fn: 0, tn: 0 })).toBeNull();
    expect(kappa({ tp: 0, fp: 0, fn: 0, tn: 7 })).toBeNull();
  });
});

describe.each(SECOND_CODINGS.map(({ file }) => [file.replace(/.*\/eval\//, 'eval/'), file]))('%s', (_name, file) => {
  test('every label is of a gold item, and every span is in its text', () => {
    const gold = new Map(readRealGold().map((i) => [i.id, i]));
    const labels = readSecondCoder(file);
    expect(labels.length).toBeGreaterThanOrEqual(300);
    for (const l of labels) {
      const item = gold.get(l.id);
      expect(item).toBeDefined();
      const spans = [...l.events, l.primary, l.victim, l.responsibility?.party ?? null, ...l.passives.map((p) => p.verb)];
      for (const span of spans) if (span !== null) expect(item?.text).toContain(span);
    }
  });
});
