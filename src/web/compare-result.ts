// The answer to a comparison, as /api/compare and /compare.json give it: each text with its
// analysis, and the comparison table's rows.

import type { Analysis } from '../types';
import type { CompareItem } from './input';
import { textStats } from './stats';
import { comparisonTable } from './table';

export function compareResult(items: readonly CompareItem[], analyses: readonly Analysis[]) {
  return {
    items: items.map(({ outlet, date, url }, i) => ({ outlet, date, url, analysis: analyses[i] as Analysis })),
    comparison: comparisonTable(analyses.map(textStats)),
  };
}
