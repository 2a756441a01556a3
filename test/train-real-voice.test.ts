// The voice classifier's training candidates from the real gold's dev half (train/real-voice.ts)
// and the gold passives located in a text (eval/real-gold.ts goldPassiveSpans).

import { goldPassiveSpans, type RealGoldItem } from '../eval/real-gold';
import { defaultTagger } from '../src/nlp/tagger';
import { realVoiceInstances } from '../train/real-voice';
import { crossValidateRealVoice, repeated } from '../train/cross-validate';

function item(text: string, passives: string[], split: 'dev' | 'test' = 'dev'): RealGoldItem {
  return {
    id: 'x1', split, kind: 'headline', text, harm: false, events: [], primary: null, cause: null, agentNamed: null,
    device: null, responsibility: null, victim: null, nationality: null, role: null,
    passives: passives.map((verb) => ({ verb, agent: null })), note: '', source: {},
  };
}

describe('goldPassiveSpans', () => {
  test('a participle listed twice is found at both places, in order', () => {
    const spans = goldPassiveSpans(item('Two held, three held again', ['held', 'held']));
    expect(spans.map((s) => s.start)).toEqual([4, 16]);
  });

  test('a participle is found as a whole word, not inside another', () => {
    const text = 'Tom White was hit after gunshots; he was shot';
    const spans = goldPassiveSpans(item(text, ['hit', 'shot']));
    expect(spans.map((s) => text.slice(s.start - 1, s.end + 1))).toEqual([' hit ', ' shot']);
  });

  test('a participle not in the text is left out', () => {
    expect(goldPassiveSpans(item('Storm hits coast', ['struck']))).toEqual([]);
  });
});

describe('realVoiceInstances', () => {
  const tagger = defaultTagger();

  test.each([
    // a headline's reduced passive, labelled passive by the coder
    ['Fisherman rescued off the coast after storm', ['rescued'], [true]],
    // a Title Case past tense the coder read as active: still a candidate, labelled active
    ['Governor Pushed For A Recount', [], [false]],
  ])('%s', (text, passives, want) => {
    expect(realVoiceInstances(item(text, passives), tagger).map((x) => x.passive)).toEqual(want);
  });

  test('each candidate carries the features the detector would score', () => {
    const [first] = realVoiceInstances(item('Fisherman rescued off the coast after storm', ['rescued']), tagger);
    expect(first?.features).toEqual(expect.arrayContaining(['bias', 'w rescued']));
  });

  test('the test half never trains', () => {
    expect(() => realVoiceInstances(item('Fisherman rescued off the coast', ['rescued'], 'test'), tagger)).toThrow(/only the dev half/);
  });
});

describe('crossValidateRealVoice', () => {
  // The treebank never shows the feature that decides the real candidates; the real folds do.
  const treebank = Array.from({ length: 20 }, (_, i) => ({ features: ['bias', `tb ${i % 2}`], passive: i % 2 === 0 }));
  const realByItem = Array.from({ length: 40 }, (_, i) => [{ features: ['bias', i % 2 === 0 ? 'headline-passive' : 'headline-active'], passive: i % 2 === 0 }]);

  test('each fold is scored by a model trained on the other folds, beside a treebank-only model', () => {
    const { withReal, treebankOnly } = crossValidateRealVoice(treebank, realByItem, 4, 5, 1);
    // every real candidate is scored once
    expect(withReal.tp + withReal.fn).toBe(20);
    expect(withReal).toEqual({ tp: 20, fp: 0, fn: 0 });
    // the treebank alone cannot tell them apart: it says the same for all forty
    expect(treebankOnly.tp + treebankOnly.fp === 40 || treebankOnly.tp + treebankOnly.fp === 0).toBe(true);
  });

  test('a fold is not trained on: features of its own items alone teach it nothing', () => {
    const unique = Array.from({ length: 40 }, (_, i) => [{ features: ['bias', `item ${i}`], passive: i % 2 === 0 }]);
    const { withReal } = crossValidateRealVoice(treebank, unique, 4, 5, 1);
    expect(withReal.tp + withReal.fn).toBe(20);
    // trained on its own fold it would be right on all forty; held out, half at best
    expect(withReal.fp + withReal.fn).toBeGreaterThanOrEqual(20);
  });
});

describe('repeated: the real candidates counted several times (train.ts --real-weight)', () => {
  test.each([
    [['a', 'b'], 1, ['a', 'b']],
    [['a', 'b'], 3, ['a', 'b', 'a', 'b', 'a', 'b']],
    [[], 5, []],
  ])('%j counted %i times', (items, times, expected) => {
    expect(repeated(items, times)).toEqual(expected);
  });

  test.each([0, -1, 2.5, Number.NaN])('a weight of %p is refused', (times) => {
    expect(() => repeated(['a'], times)).toThrow(/whole number of at least 1/);
  });
});
