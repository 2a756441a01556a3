// The euphemism evaluation: its data set is well-formed and covers the lexicon, the scorer
// counts correctly, and the measured precision stays at or above the target.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvalItems, runEuphemismEval } from '../eval/euphemism';
import { euphemismSection } from '../eval/euphemism-section';
import { lexiconCountsTable } from '../eval/euphemism-stats';
import { loadLexicon } from '../src/lexicon';
import { PACKAGE_ROOT } from '../src/paths';

const items = readEvalItems();
const lexicon = loadLexicon();

describe('eval/data/euphemism-uses.jsonl', () => {
  test('has at least 150 sentences with unique ids', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  test('labels only entries that exist', () => {
    const ids = new Set(lexicon.entries.map((e) => e.id));
    expect(items.flatMap((i) => i.expect).filter((id) => !ids.has(id))).toEqual([]);
  });

  test('covers every category and includes literal uses', () => {
    const categoryOf = new Map(lexicon.entries.map((e) => [e.id, e.category]));
    const covered = new Set(items.flatMap((i) => i.expect).map((id) => categoryOf.get(id)));
    expect([...covered].sort()).toEqual(lexicon.categories.map((c) => c.id).sort());
    expect(items.filter((i) => i.literal).length).toBeGreaterThanOrEqual(30);
  });
});

describe('runEuphemismEval', () => {
  test('scores (sentence, entry) pairs', () => {
    const result = runEuphemismEval([
      { id: 'a', text: 'Officials conceded collateral damage from the airstrike.', expect: ['collateral-damage'], literal: false },
      { id: 'b', text: 'The insurer covered collateral damage to the cars.', expect: [], literal: true },
      { id: 'c', text: 'The army said the killings were regrettable.', expect: ['individual-violations'], literal: false },
    ]);
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(0.5);
    expect(result.lines).toContain('  missed individual-violations in c: The army said the killings were regrettable.');
  });

  test('meets the precision target on the shipped set', () => {
    const result = runEuphemismEval(items);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(euphemismSection.run({ split: 'test', errors: 0 }).targets[0]?.value).toBe(result.precision);
  });
});

test('docs/lexicon.md shows the current counts per category', () => {
  const docs = readFileSync(join(PACKAGE_ROOT, 'docs', 'lexicon.md'), 'utf8');
  expect(docs).toContain(lexiconCountsTable(lexicon));
});
