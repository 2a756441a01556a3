// Corpus statistics against values computed by hand (the formulas in docs/corpus.md,
// worked out separately): Wilson intervals, per-document counts, per-outlet sums and
// measures, Fightin' Words, from hand-built annotations (never from the detectors).

import { countDoc } from '../src/corpus/stats/doc-counts';
import { fightinWords, informativePrior } from '../src/corpus/stats/fightin-words';
import { measure } from '../src/corpus/stats/metrics';
import { corpusStats, type GroupStats } from '../src/corpus/stats/query';
import { outletVocabulary } from '../src/corpus/stats/vocabulary';
import { wilson } from '../src/corpus/stats/wilson';
import { euphemism, harm, passive, times } from './fixtures/corpus/annotations';
import { storeWith } from './fixtures/corpus/store';

describe('Wilson 95% interval', () => {
  test.each([
    // k, n, low, high: p̂ = k/n, centre (p̂ + z²/2n)/(1 + z²/n), half z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²)
    [8, 10, 0.490162, 0.943318],
    [0, 10, 0, 0.277533],
    [10, 10, 0.722467, 1],
    [1, 2, 0.094531, 0.905469],
    [3, 4, 0.300642, 0.954413],
    [2, 200, 0.002747, 0.035722],
  ])('%i of %i → [%f, %f]', (k, n, low, high) => {
    const ci = wilson(k, n);
    expect(ci?.low).toBeCloseTo(low, 6);
    expect(ci?.high).toBeCloseTo(high, 6);
  });

  test.each([[0, 0], [3, 2], [-1, 4]])('%i of %i has no interval', (k, n) => {
    expect(wilson(k, n)).toBeNull();
  });

  test('a share and a rate per 1,000 words carry count, total, value and interval', () => {
    expect(measure('s', 'S', 'share', 8, 10)).toEqual({ key: 's', label: 'S', kind: 'share', count: 8, total: 10,
      value: 0.8, low: expect.closeTo(0.490162, 6), high: expect.closeTo(0.943318, 6) });
    expect(measure('r', 'R', 'per1000', 2, 200)).toMatchObject({ value: 10, low: expect.closeTo(2.7467, 4), high: expect.closeTo(35.7218, 4) });
    expect(measure('r', 'R', 'per1000', 0, 0)).toMatchObject({ value: null, low: null, high: null });
  });
});

describe('per-document counts', () => {
  test('counted from hand-built annotations', () => {
    const annotations = [
      passive('were shot'), passive('were shot', 'police'),
      harm('agentless-passive'), harm('active', 'police'), harm('intransitive'), harm('nominalization'),
      harm('instrument', 'a missile'),
      euphemism('minimising-violence'), euphemism('minimising-violence'), euphemism('vague-agency'),
    ];
    expect(countDoc(annotations, { words: 42 })).toEqual({
      counts: { words: 42, harm: 5, harm_named: 2, harm_agentless_passive: 1, harm_intransitive: 1, harm_nominalization: 1,
        passives: 2, agentless_passives: 1, euphemisms: 3 },
      categories: { 'minimising-violence': 2, 'vague-agency': 1 },
    });
  });
});

describe('statistics per outlet', () => {
  // Outlet A: 200 words, 10 harm events of which 8 name the agent, 1 agentless passive and 1
  // intransitive among them; 2 agentless passives; 1 euphemism. Outlet B: 50 words, 2 harm
  // events naming no one (1 intransitive, 1 nominalization), 1 euphemism of another
  // category, and one item not annotated yet.
  const store = storeWith([
    { record: { id: 'a1', outlet: 'A', headline: 'a one', date: '2024-05-01', event: 'e1', victim_group: 'protesters' },
      analysis: { words: 100, annotations: [...times(3, () => harm('active', 'police')), harm('agentless-passive'),
        passive('were shot'), passive('were hit'), euphemism('minimising-violence')] } },
    { record: { id: 'a2', outlet: 'A', headline: 'a two', date: '2024-06-01', event: 'e2' },
      analysis: { words: 100, annotations: [...times(5, () => harm('active', 'army')), harm('intransitive')] } },
    { record: { id: 'b1', outlet: 'B', headline: 'b one', date: '2024-05-02', event: 'e1', victim_group: 'protesters' },
      analysis: { words: 50, annotations: [harm('intransitive'), harm('nominalization'), euphemism('vague-agency')] } },
    { record: { id: 'b2', outlet: 'B', headline: 'b two', date: '2024-05-03' } },
  ]);
  const metric = (g: GroupStats | undefined, key: string) => g?.metrics.find((m) => m.key === key);

  test('sums, shares and rates with their intervals', () => {
    const stats = corpusStats(store);
    const [a, b] = stats.groups;
    expect(stats.groups.map((g) => [g.outlet, g.items, g.annotated])).toEqual([['A', 2, 2], ['B', 2, 1]]);
    expect(a?.counts).toEqual({ words: 200, harm: 10, harm_named: 8, harm_agentless_passive: 1, harm_intransitive: 1,
      harm_nominalization: 0, passives: 2, agentless_passives: 2, euphemisms: 1 });
    expect(metric(a, 'harm_named_agent')).toMatchObject({ count: 8, total: 10, value: 0.8,
      low: expect.closeTo(0.490162, 6), high: expect.closeTo(0.943318, 6) });
    expect(metric(a, 'agentless_passives_per_1000_words')).toMatchObject({ count: 2, total: 200, value: 10,
      low: expect.closeTo(2.7467, 4), high: expect.closeTo(35.7218, 4) });
    expect(metric(a, 'harm_intransitive')).toMatchObject({ count: 1, total: 10, value: 0.1 });
    expect(metric(b, 'harm_named_agent')).toMatchObject({ count: 0, total: 2, value: 0, low: 0, high: expect.closeTo(0.657620, 6) });
    expect(metric(b, 'harm_nominalized')).toMatchObject({ count: 1, total: 2, value: 0.5,
      low: expect.closeTo(0.094531, 6), high: expect.closeTo(0.905469, 6) });
    expect(metric(b, 'euphemisms_per_1000_words')).toMatchObject({ count: 1, total: 50, value: 20,
      low: expect.closeTo(3.5393, 4), high: expect.closeTo(104.9544, 4) });
  });

  test('euphemisms per category: every group has every category found, zero included', () => {
    const stats = corpusStats(store);
    expect(stats.categories).toEqual(['minimising-violence', 'vague-agency']);
    expect(metric(stats.groups[0], 'euphemisms_per_1000_words:vague-agency')).toMatchObject({ count: 0, total: 200, value: 0 });
    expect(metric(stats.groups[1], 'euphemisms_per_1000_words:vague-agency')).toMatchObject({ count: 1, total: 50 });
  });

  test('all outlets together', () => {
    const { overall } = corpusStats(store);
    expect([overall.items, overall.annotated, overall.counts.harm, overall.counts.harm_named]).toEqual([4, 3, 12, 8]);
    expect(metric(overall, 'harm_named_agent')).toMatchObject({ count: 8, total: 12 });
  });

  test('by event within each outlet; items without one form their own group', () => {
    const stats = corpusStats(store, {}, 'event');
    expect(stats.groups.map((g) => [g.outlet, g.group, g.counts.harm, g.counts.harm_named])).toEqual([
      ['A', 'e1', 4, 3], ['A', 'e2', 6, 5], ['B', '', 0, 0], ['B', 'e1', 2, 0],
    ]);
    expect(metric(stats.groups[0], 'harm_named_agent')).toMatchObject({ count: 3, total: 4,
      low: expect.closeTo(0.300642, 6), high: expect.closeTo(0.954413, 6) });
  });

  test.each([
    ['a date range', { from: '2024-05-01', to: '2024-05-31' }, [['A', 1, 4], ['B', 2, 2]]],
    ['an event', { event: 'e2' }, [['A', 1, 6]]],
    ['a victim group', { victimGroup: 'protesters' }, [['A', 1, 4], ['B', 1, 2]]],
    ['an outlet', { outlet: 'B' }, [['B', 2, 2]]],
  ] as const)('filtered by %s', (_name, filters, expected) => {
    expect(corpusStats(store, filters).groups.map((g) => [g.outlet, g.items, g.counts.harm])).toEqual(expected);
  });
});

describe("Fightin' Words (Monroe, Colaresi & Quinn 2008)", () => {
  test('log-odds with an informative Dirichlet prior and its z-score, worked by hand', () => {
    // a: x 3, y 1 (n 4); b: x 1, y 3 (n 4); α: x 1, y 1 (α0 2).
    // δx = log(4 / (4 + 2 − 3 − 1)) − log(2 / (4 + 2 − 1 − 1)) = log 2 − log ½ = 2 ln 2
    // σ² = 1/(3 + 1) + 1/(1 + 1) = 0.75; z = 2 ln 2 / √0.75
    const scores = fightinWords(new Map([['x', 3], ['y', 1]]), new Map([['x', 1], ['y', 3]]), new Map([['x', 1], ['y', 1]]));
    expect(scores.map((s) => s.word)).toEqual(['x', 'y']);
    expect(scores[0]).toEqual({ word: 'x', a: 3, b: 1, delta: expect.closeTo(1.386294, 6), variance: 0.75,
      z: expect.closeTo(1.600755, 6) });
    expect(scores[1]?.z).toBeCloseTo(-1.600755, 6);
  });

  test('the prior: pooled frequencies scaled to α0', () => {
    expect(informativePrior(new Map([['x', 6], ['y', 2]]), 4)).toEqual(new Map([['x', 3], ['y', 1]]));
    expect(informativePrior(new Map(), 4)).toEqual(new Map());
  });

  test("each outlet's words against the other outlets, from the store", () => {
    const store = storeWith([
      { record: { outlet: 'A', headline: 'police shot protesters' } },
      { record: { outlet: 'A', headline: 'police shot marchers' } },
      { record: { outlet: 'B', headline: 'protesters died clashes' } },
      { record: { outlet: 'B', headline: 'marchers died clashes' } },
    ]);
    const [a, b] = outletVocabulary(store);
    expect(a?.outlet).toBe('A');
    expect(a?.words).toBe(6);
    expect(a?.distinctive.map((w) => w.word).sort()).toEqual(['police', 'shot']);
    expect(b?.distinctive.map((w) => w.word).sort()).toEqual(['clashes', 'died']);
    // Words used equally often by both ("protesters", "marchers") score z = 0: not distinctive.
    expect(a?.distinctive[0]?.z).toBeCloseTo(b?.distinctive[0]?.z ?? NaN, 9);
  });
});
