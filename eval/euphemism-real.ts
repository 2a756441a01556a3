// Do the lexicon's context conditions separate euphemistic and loaded uses from literal ones
// on real text? Scores the shipped euphemism detector on the hand-labelled candidates of
// eval/data/euphemism-real/gold.jsonl (every occurrence of a lexicon wording in sentences and
// headlines we did not write, eval/euphemism-real/sample.ts), next to the baseline that flags
// every candidate (the lexicon with its conditions removed).
//
// A candidate counts as flagged when one of the detector's euphemism annotations on the
// candidate's text overlaps the candidate's span and belongs to an entry of the same
// category as the candidate's entry (rule "category", the one reported). Rule "entry"
// (same entry id) is stricter; the section prints it too. Category, not entry, because a
// wording can be claimed by a longer or a newer entry of the same kind (entries added to the
// lexicon after sampling included) and the question is whether the use is flagged at all.
//
// precision = flagged and (euphemistic or loaded) / flagged
// recall    = flagged and (euphemistic or loaded) / (euphemistic or loaded)
// Run: npm run build && node dist/eval/euphemism-real.js

import { loadLexicon } from '../src/lexicon';
import type { EuphemismAnnotation } from '../src/types';
import { flaggedAnnotations } from './euphemism';
import { type GoldCandidate, type RealSplit, isPositive, readEuphemismRealGold } from './euphemism-real/gold';
import { f1, ratio } from './score';

export type MatchRule = 'category' | 'entry';

/** The annotations that flag this candidate under a rule. */
export function flagsOf(
  item: Pick<GoldCandidate, 'span' | 'entry' | 'category'>,
  annotations: readonly Pick<EuphemismAnnotation, 'start' | 'end' | 'entry' | 'category'>[],
  rule: MatchRule = 'category',
): boolean {
  return annotations.some(
    (a) =>
      a.start < item.span.end &&
      item.span.start < a.end &&
      (rule === 'entry' ? a.entry === item.entry : a.category === item.category),
  );
}

export interface RealCounts {
  candidates: number;
  /** Labelled euphemistic or loaded. */
  positive: number;
  flagged: number;
  /** Flagged and positive. */
  hits: number;
}

export const emptyRealCounts = (): RealCounts => ({ candidates: 0, positive: 0, flagged: 0, hits: 0 });

export function add(counts: RealCounts, positive: boolean, flagged: boolean): void {
  counts.candidates++;
  if (positive) counts.positive++;
  if (flagged) counts.flagged++;
  if (flagged && positive) counts.hits++;
}

export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function scoresOf(c: RealCounts): Scores {
  const precision = ratio(c.hits, c.flagged);
  const recall = ratio(c.hits, c.positive);
  return { precision, recall, f1: f1(precision, recall) };
}

/** The baseline that flags every candidate: precision is the share of positives, recall 1. */
export function baselineOf(c: RealCounts): RealCounts {
  return { candidates: c.candidates, positive: c.positive, flagged: c.candidates, hits: c.positive };
}

export interface Judged {
  item: GoldCandidate;
  flagged: boolean;
  /** Flagged under the stricter same-entry rule. */
  flaggedSameEntry: boolean;
  /** Entries of the annotations overlapping the span (any category), for error listings. */
  overlapping: string[];
}

export type Detect = (text: string) => readonly EuphemismAnnotation[];

/** Runs the detector once per distinct text and judges every candidate. */
export function judge(items: readonly GoldCandidate[], detect: Detect = flaggedAnnotations): Judged[] {
  const cache = new Map<string, readonly EuphemismAnnotation[]>();
  return items.map((item) => {
    let annotations = cache.get(item.text);
    if (!annotations) {
      annotations = detect(item.text);
      cache.set(item.text, annotations);
    }
    return {
      item,
      flagged: flagsOf(item, annotations, 'category'),
      flaggedSameEntry: flagsOf(item, annotations, 'entry'),
      overlapping: annotations.filter((a) => a.start < item.span.end && item.span.start < a.end).map((a) => a.entry),
    };
  });
}

export interface RealEuphemismResult {
  /** Counts per split, then per category, with "all" for every category together. */
  tool: Map<RealSplit, Map<string, RealCounts>>;
  baseline: Map<RealSplit, Map<string, RealCounts>>;
  /** Overall counts under the same-entry rule, per split. */
  sameEntry: Map<RealSplit, RealCounts>;
  judged: Judged[];
}

export const ALL = 'all';
export const SPLITS: readonly RealSplit[] = ['dev', 'test'];

/** Counts for the tool and the flag-everything baseline, per split and category. */
export function scoreEuphemismReal(judged: readonly Judged[]): RealEuphemismResult {
  const tool = new Map<RealSplit, Map<string, RealCounts>>();
  const baseline = new Map<RealSplit, Map<string, RealCounts>>();
  const sameEntry = new Map<RealSplit, RealCounts>();
  for (const split of SPLITS) {
    const byCategory = new Map<string, RealCounts>([[ALL, emptyRealCounts()]]);
    const strict = emptyRealCounts();
    for (const { item, flagged, flaggedSameEntry } of judged) {
      if (item.split !== split) continue;
      const positive = isPositive(item.label);
      if (!byCategory.has(item.category)) byCategory.set(item.category, emptyRealCounts());
      add(byCategory.get(item.category) as RealCounts, positive, flagged);
      add(byCategory.get(ALL) as RealCounts, positive, flagged);
      add(strict, positive, flaggedSameEntry);
    }
    tool.set(split, byCategory);
    baseline.set(split, new Map([...byCategory].map(([k, c]) => [k, baselineOf(c)])));
    sameEntry.set(split, strict);
  }
  return { tool, baseline, sameEntry, judged: [...judged] };
}

/** The shipped detector on the shipped gold. */
export function runEuphemismReal(items: readonly GoldCandidate[] = readEuphemismRealGold(), detect?: Detect): RealEuphemismResult {
  return scoreEuphemismReal(judge(items, detect));
}

/** Lexicon entries of the gold that the lexicon no longer has (renamed or removed since sampling). */
export function missingEntries(items: readonly GoldCandidate[]): string[] {
  const ids = new Set(loadLexicon().entries.map((e) => e.id));
  return [...new Set(items.map((i) => i.entry))].filter((id) => !ids.has(id));
}

if (require.main === module) {
  const result = runEuphemismReal();
  for (const split of SPLITS) {
    for (const [category, c] of result.tool.get(split) ?? []) {
      const s = scoresOf(c);
      const b = scoresOf(baselineOf(c));
      process.stdout.write(
        `${split}\t${category}\t${c.candidates}\t${c.positive}\t${c.flagged}\tP ${s.precision?.toFixed(3) ?? '-'}\tR ${s.recall?.toFixed(3) ?? '-'}\tbaseline P ${b.precision?.toFixed(3) ?? '-'}\n`,
      );
    }
  }
}
