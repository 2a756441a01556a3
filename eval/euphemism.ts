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

/** The detector's annotations on a text, through the full pipeline. */
export function flaggedAnnotations(text: string): EuphemismAnnotation[] {
  return analyze(text, { detectors: [euphemismDetector] }).annotations.filter(
    (a): a is EuphemismAnnotation => a.type === 'euphemism',
  );
}

export function runEuphemismEval(items: readonly EvalItem[] = readEvalItems()): EuphemismEvalResult {
  const categoryOf = new Map(loadLexicon().entries.map((e) => [e.id, e.category]));
  const all = zero();
  const literal = zero();
  const byCategory = new Map<string, Counts>();
  const errors: string[] = [];
  let literalClean = 0;
  const count = (item: EvalItem, id: string, key: keyof Counts): void => {
    all[key]++;
    if (item.literal) literal[key]++;
    const category = categoryOf.get(id) ?? '?';
    const counts = byCategory.get(category) ?? zero();
    counts[key]++;
    byCategory.set(category, counts);
  };
  for (const item of items) {
    const got = new Set(flaggedAnnotations(item.text).map((a) => a.entry));
    const want = new Set(item.expect);
    for (const id of got) {
      count(item, id, want.has(id) ? 'tp' : 'fp');
      if (!want.has(id)) errors.push(`  false flag ${id} in ${item.id}: ${item.text}`);
    }
    for (const id of want) {
      if (got.has(id)) continue;
      count(item, id, 'fn');
      errors.push(`  missed ${id} in ${item.id}: ${item.text}`);
    }
    if (item.literal && [...got].every((id) => want.has(id))) literalClean++;
  }
  const literalItems = items.filter((i) => i.literal).length;
  const withFlags = items.filter((i) => i.expect.length > 0).length;
  const lines = [
    `${items.length} sentences, ${withFlags} with expected flags, ${literalItems} with literal uses`,
    `all: precision ${fraction(all.tp, all.tp + all.fp)}, recall ${fraction(all.tp, all.tp + all.fn)}`,
    `literal-use subset: precision ${fraction(literal.tp, literal.tp + literal.fp)}, ` +
      `${literalClean}/${literalItems} sentences without a false flag`,
    'by category (flags of that category): precision, recall',
    ...[...byCategory.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, c]) => `  ${category}: P ${fraction(c.tp, c.tp + c.fp)}, R ${fraction(c.tp, c.tp + c.fn)}`),
    ...(errors.length > 0 ? ['errors:', ...errors] : []),
  ];
  return {
    title: 'Euphemisms and loaded labels (eval/data/euphemism-uses.jsonl)',
    lines,
    precision: ratio(all.tp, all.tp + all.fp),
    recall: ratio(all.tp, all.tp + all.fn),
  };
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** tp / total, or 1 when nothing was flagged or expected (no errors possible). */
function ratio(part: number, total: number): number {
  return total === 0 ? 1 : part / total;
}

/** "0.975 (39/40)" */
function fraction(part: number, total: number): string {
  return `${ratio(part, total).toFixed(3)} (${part}/${total})`;
}

if (require.main === module) {
  const result = runEuphemismEval();
  process.stdout.write(`${result.title}\n${result.lines.join('\n')}\n`);
}
