// The harm evaluation: its gold set is well-formed and covers what docs/harm.md promises,
// the scorer counts correctly, and the measured figures stay at or above the targets.

import { readHarmGold, locate, AGENCIES } from '../eval/harm-gold';
import { countHarm, harmScores, type PredictedEvent } from '../eval/harm-score';
import { harmSection } from '../eval/harm-section';
import type { Span } from '../src/types';

const items = readHarmGold();

describe('eval/data/harm-gold.jsonl', () => {
  test('has at least 300 sentences with unique ids, split into dev and held-out', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const split of ['dev', 'heldout'] as const) expect(items.filter((i) => i.split === split).length).toBeGreaterThanOrEqual(150);
  });

  // The constructed set predates the manual's `other` device (issue 13); the real-text gold has it.
  test('every agency but `other` occurs in both halves, and so do sentences without harm', () => {
    for (const split of ['dev', 'heldout'] as const) {
      const some = items.filter((i) => i.split === split);
      const agencies = new Set(some.flatMap((i) => i.events.map((e) => e.agency)));
      expect([...agencies].sort()).toEqual(AGENCIES.filter((a) => a !== 'other').sort());
      expect(some.filter((i) => i.events.length === 0).length).toBeGreaterThanOrEqual(30);
    }
  });

  test('has headlines in Title Case and ALL CAPS', () => {
    const upper = items.filter((i) => i.text === i.text.toUpperCase());
    const title = items.filter((i) => i.text.split(' ').filter((w) => /^[a-z]/.test(w)).length === 0 && i.text !== i.text.toUpperCase());
    expect(upper.length).toBeGreaterThanOrEqual(20);
    expect(title.length).toBeGreaterThanOrEqual(60);
  });

  test('agents are null exactly for the agencies that hide them, except named nominalizations', () => {
    for (const e of items.flatMap((i) => i.events)) {
      if (e.agency === 'passive-with-agent') expect(e.agent).not.toBeNull();
      if (['agentless-passive', 'intransitive', 'instrument'].includes(e.agency)) expect(e.agent).toBeNull();
    }
  });

  test('locating refuses an event that is not in the text', () => {
    const raw = { id: 'x', split: 'dev' as const, text: 'Two killed', events: [{ event: 'shot', harm: 'shooting', agency: 'active' as const, agent: null, victim: null }] };
    expect(() => locate(raw, 'test')).toThrow('event "shot" is not in the text');
  });
});

describe('scoring', () => {
  const text = 'Police shot two men; three were killed.';
  const span = (t: string): Span => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t });
  const gold = locate(
    {
      id: 'g',
      split: 'dev',
      text,
      events: [
        { event: 'shot', harm: 'shooting', agency: 'active', agent: 'Police', victim: 'two men' },
        { event: 'killed', harm: 'killing', agency: 'agentless-passive', agent: null, victim: 'three' },
      ],
    },
    'test',
  );
  const event = (e: string, agency: PredictedEvent['agency'], agent: string | null): PredictedEvent => ({
    event: span(e),
    harm: 'killing',
    agency,
    agent: agent ? span(agent) : null,
    victim: null,
  });
  const negative = locate({ id: 'n', split: 'dev', text: 'Workers strike.', events: [] }, 'test');

  test.each([
    ['all right', [event('shot', 'active', 'Police'), event('killed', 'agentless-passive', null)], { precision: 1, recall: 1, agency: 1, agentNamed: 1 }],
    ['one missed', [event('shot', 'active', 'Police')], { precision: 1, recall: 0.5, agency: 1, agentNamed: 1 }],
    ['one spurious, one wrong agency', [event('shot', 'agentless-passive', null), event('two men', 'active', null), event('killed', 'agentless-passive', null)], { precision: 2 / 3, recall: 1, agency: 0.5, agentNamed: 0.5 }],
    ['overlap is enough', [event('shot two', 'active', 'Police shot')], { precision: 1, recall: 0.5, agency: 1, agentNamed: 1 }],
  ])('%s', (_what, predictions, expected) => {
    const counts = countHarm([{ item: gold, predictions }, { item: negative, predictions: [] }]);
    expect(harmScores(counts)).toMatchObject(expected);
    expect([counts.negatives, counts.cleanNegatives]).toEqual([1, 1]);
  });

  test('no predictions: precision undefined, recall zero', () => {
    const s = harmScores(countHarm([{ item: gold, predictions: [] }]));
    expect([s.precision, s.recall, s.f1, s.agency]).toEqual([null, 0, null, null]);
  });
});

describe('the eval section', () => {
  const section = harmSection.run({ split: 'test', errors: 3 });

  test('scores the detector and both baselines on both halves', () => {
    const scores = section.tables[0];
    expect(scores?.rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'framing dev', 'framing heldout', 'lexicon words dev', 'lexicon words heldout', 'passives on harm verbs dev', 'passives on harm verbs heldout',
    ]);
  });

  test('meets its targets on the held-out half', () => {
    for (const t of section.targets) expect(t.value).toBeGreaterThanOrEqual(t.min);
  });

  test('prints at most 3 errors of each kind, from the dev half only', () => {
    expect(section.errors.length).toBeLessThanOrEqual(9);
    const ids = section.errors.flatMap((e) => /in (h\d+):/.exec(e)?.[1] ?? []);
    for (const id of ids) expect(items.find((i) => i.id === id)?.split).toBe('dev');
  });
});
