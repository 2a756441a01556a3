// The harm part of the summary: counts, agent omission and who → did what → to whom.

import { analyze } from '../src/analyze';

describe('summary.harm', () => {
  test.each([
    [
      'Police shot two men. Hundreds killed as clashes erupt.',
      {
        events: 3,
        agentNamed: 1,
        agentOmitted: 2,
        byHarm: { shooting: 1, killing: 1, violence: 1 },
        triples: [
          { agent: 'Police', event: 'shot', victim: 'two men', agency: 'active', harm: 'shooting' },
          { agent: null, event: 'killed', victim: 'Hundreds', agency: 'agentless-passive', harm: 'killing' },
          // the clashes' victims are those killed (events.ts withSharedVictims)
          { agent: null, event: 'clashes', victim: 'Hundreds', agency: 'nominalization', harm: 'violence' },
        ],
      },
    ],
    ['The minister spoke.', { events: 0, agentNamed: 0, agentOmitted: 0, byHarm: {}, triples: [] }],
  ])('%s', (text, expected) => {
    const harm = analyze(text).summary.harm;
    expect(harm).toMatchObject(expected);
    const byAgency: Record<string, number> = harm?.byAgency ?? {};
    expect(Object.keys(byAgency)).toEqual(['active', 'passive-with-agent', 'agentless-passive', 'intransitive', 'nominalization', 'instrument', 'other']);
    expect(Object.values(byAgency).reduce((a, b) => a + b, 0)).toBe(expected.events);
  });

  test('counts stay additive: passives and per-type counts are unchanged', () => {
    const s = analyze('Protesters were shot by police.').summary;
    expect(s.counts).toEqual({ passive: 1, harm: 1 });
    expect(s.passives.withAgent).toBe(1);
    expect(s.harm?.byAgency['passive-with-agent']).toBe(1);
  });
});
