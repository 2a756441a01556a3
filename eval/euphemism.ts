// Evaluates the euphemism detector on eval/data/euphemism-uses.jsonl: constructed news
// sentences, each labelled with the lexicon entries that should be flagged (none for literal
// uses such as insurance "collateral damage"). Runs the full pipeline (tokenizer, tagger,
// detector). Run: npm run build && node dist/eval/euphemism.js

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze';
import { euphemismDetector } from '../src/detectors/euphemism';
import { loadLexicon } from '../src/lexicon';
import { PACKAGE_ROOT } from '../src/paths';
import type { EuphemismAnnotation } from '../src/types';

export const EUPHEMISM_EVAL_FILE = join(PACKAGE_ROOT, 'eval', 'data', 'euphemism-uses.jsonl');

export interface EvalItem {
  id: string;
  text: string;
  /** Entry ids that should be flagged. */
  expect: string[];
  /** The sentence uses a lexicon phrase in a literal or legitimate sense. */
  literal: boolean;
}

export interface EuphemismEvalResult {
  title: string;
  lines: string[];
  precision: number;
  recall: number;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function readEvalItems(path: string = EUPHEMISM_EVAL_FILE): EvalItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const item = JSON.parse(line) as EvalItem;
      if (typeof item.text !== 'string' || !Array.isArray(item.expect) || typeof item.literal !== 'boolean') {
        throw new Error(`${path}:${i + 1}: needs text, expect[] and literal`);
      }
      return item;
    });
}

/** Entry ids the detector flags in a text. */
export function flaggedEntries(text: string): string[] {
  return analyze(text, { detectors: [euphemismDetector] })
    .annotations.filter((a): a is EuphemismAnnotation => a.type === 'euphemism')
    .map((a) => a.entry);
}

export function runEuphemismEval(items: readonly EvalItem[] = readEvalItems()): EuphemismEvalResult {
  const categoryOf = new Map(loadLexicon().entries.map((e) => [e.id, e.category]));
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const literal: Counts = { tp: 0, fp: 0, fn: 0 };
  const byCategory = new Map<string, Counts>();
  const errors: string[] = [];
  let literalClean = 0;
  for (const item of items) {
    const got = new Set(flaggedEntries(item.text));
    const want = new Set(item.expect);
    const tally = (counts: Counts, key: keyof Counts): void => {
      counts[key]++;
    };
    for (const id of got) {
      const key = want.has(id) ? 'tp' : 'fp';
      tally(all, key);
      if (item.literal) tally(literal, key);
      tally(categoryCounts(byCategory, categoryOf.get(id) ?? '?'), key);
      if (key === 'fp') errors.push(`  false flag ${id} in ${item.id}: ${item.text}`);
    }
    for (const id of want) {
      if (got.has(id)) continue;
      tally(all, 'fn');
      if (item.literal) tally(literal, 'fn');
      tally(categoryCounts(byCategory, categoryOf.get(id) ?? '?'), 'fn');
      errors.push(`  missed ${id} in ${item.id}: ${item.text}`);
    }
    if (item.literal && [...got].every((id) => want.has(id))) literalClean++;
  }
  const precision = ratio(all.tp, all.tp + all.fp);
  const recall = ratio(all.tp, all.tp + all.fn);
  const literalItems = items.filter((i) => i.literal).length;
  const lines = [
    `${items.length} sentences, ${items.filter((i) => i.expect.length > 0).length} with expected flags, ${literalItems} with literal uses`,
    `all: precision ${fmt(precision)} (${all.tp}/${all.tp + all.fp}), recall ${fmt(recall)} (${all.tp}/${all.tp + all.fn})`,
    `literal-use subset: precision ${fmt(ratio(literal.tp, literal.tp + literal.fp))} (${literal.tp}/${literal.tp + literal.fp} flags correct), ${literalClean}/${literalItems} sentences without a false flag`,
    'by category (flags of that category): precision, recall',
    ...[...byCategory.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, c]) => `  ${category}: P ${fmt(ratio(c.tp, c.tp + c.fp))}, R ${fmt(ratio(c.tp, c.tp + c.fn))} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`),
    ...(errors.length > 0 ? ['errors:', ...errors] : []),
  ];
  return { title: 'Euphemisms and loaded labels (eval/data/euphemism-uses.jsonl)', lines, precision, recall };
}

function categoryCounts(map: Map<string, Counts>, category: string): Counts {
  let counts = map.get(category);
  if (!counts) {
    counts = { tp: 0, fp: 0, fn: 0 };
    map.set(category, counts);
  }
  return counts;
}

/** tp / total, or 1 when nothing was flagged or expected (no errors possible). */
function ratio(part: number, total: number): number {
  return total === 0 ? 1 : part / total;
}

function fmt(x: number): string {
  return x.toFixed(3);
}

if (require.main === module) {
  const result = runEuphemismEval();
  process.stdout.write(`${result.title}\n${result.lines.join('\n')}\n`);
}
