// The baseline adapters turn each tool's output into predicted verb spans.

import { compromiseSystem, writeGoodSystem } from '../eval/baselines';
import type { PassiveSystem } from '../eval/systems';

const spans = (system: PassiveSystem, text: string): string[] =>
  system.predict(text).map((p) => text.slice(p.verb.start, p.verb.end));

describe.each<{ system: PassiveSystem; cases: [string, string[]][] }>([
  {
    system: writeGoodSystem,
    cases: [
      ['The man was shot by police.', ['was shot']],
      ['The car is being repaired.', ['being repaired']],
      ['Hundreds killed in attack.', []],
      ['It is very good.', []],
    ],
  },
  {
    system: compromiseSystem,
    cases: [
      ['The man was shot by police.', ['shot']],
      ['The car is being repaired.', ['repaired']],
      ['Police shot the man.', []],
    ],
  },
])('$system.name', ({ system, cases }) => {
  test.each(cases)('%s', (text, expected) => {
    expect(spans(system, text)).toEqual(expected);
  });

  test('has no forms and no agents', () => {
    expect([system.forms, system.agents]).toEqual([false, false]);
    for (const p of system.predict('The man was shot by police.')) expect(p).toEqual({ verb: p.verb });
  });
});
