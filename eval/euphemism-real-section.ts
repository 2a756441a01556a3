// Euphemisms and loaded labels on real text (eval/data/euphemism-real/gold.jsonl) as a section
// of `npm run eval`: do the context conditions keep the euphemistic and loaded uses of the
// lexicon's wordings and drop the literal ones? Dev and test side by side; test is frozen
// and reported as it comes out. No targets yet: the figures are a first measurement.

import {
  ALL,
  type Judged,
  type RealCounts,
  type RealEuphemismResult,
  SPLITS,
  baselineOf,
  missingEntries,
  runEuphemismReal,
  scoresOf,
} from './euphemism-real';
import { type GoldCandidate, type RealSplit, isPositive, readEuphemismRealGold } from './euphemism-real/gold';
import { fmt, fmtRatio } from './report';
import type { EvalSection, Section, Table } from './section';

export const euphemismRealSection: EvalSection = {
  name: 'euphemism-real',
  run({ errors }): Section {
    const items = readEuphemismRealGold();
    const result = runEuphemismReal(items);
    const missing = missingEntries(items);
    return {
      title: 'Euphemisms and loaded labels on real text (eval/data/euphemism-real/gold.jsonl)',
      notes: [
        goldNote(items),
        'Candidates: every occurrence of a lexicon wording in UD EWT and GUM (train, dev), RSS and CNN/BBC headlines, Reuters-21578 and',
        'CoNLL-2003 (train, dev), found with the context conditions removed and capped per entry (eval/euphemism-real/sample.ts),',
        'labelled by hand before the tool was run on them (eval/data/euphemism-real/README.md).',
        'framing: the shipped detector; a candidate is flagged when an annotation overlaps its span with an entry of the same category.',
        'every candidate: the lexicon without context conditions (flags all candidates: precision = share of positives, recall 1).',
        'Positive = labelled euphemistic or loaded. P = flagged positives / flagged; R = flagged positives / positives.',
        `Same-entry rule instead of same category, all categories: ${SPLITS.map((s) => `${s} ${strictNote(result.sameEntry.get(s) as RealCounts)}`).join('; ')}.`,
        ...(missing.length > 0 ? [`Entries of the gold missing from the lexicon now: ${missing.join(', ')}.`] : []),
      ],
      tables: [overallTable(result), categoryTable(result)],
      targets: [],
      errors: errors > 0 ? listErrors(result.judged, errors) : [],
    };
  },
};

function goldNote(items: readonly GoldCandidate[]): string {
  const of = (split: RealSplit): string => {
    const some = items.filter((i) => i.split === split);
    const n = (label: string): number => some.filter((i) => i.label === label).length;
    return `${split} ${some.length} (${n('euphemistic')} euphemistic, ${n('loaded')} loaded, ${n('literal')} literal)`;
  };
  return `${items.length} candidates of ${new Set(items.map((i) => i.entry)).size} entries: ${SPLITS.map(of).join('; ')}.`;
}

function strictNote(c: RealCounts): string {
  const s = scoresOf(c);
  return `P ${fmt(s.precision)}, R ${fmt(s.recall)}`;
}

const counts = (result: RealEuphemismResult, which: 'tool' | 'baseline', split: RealSplit, category: string): RealCounts =>
  result[which].get(split)?.get(category) ?? { candidates: 0, positive: 0, flagged: 0, hits: 0 };

function overallTable(result: RealEuphemismResult): Table {
  const rows: string[][] = [];
  for (const split of SPLITS) {
    for (const [name, which] of [['framing', 'tool'], ['every candidate', 'baseline']] as const) {
      const c = counts(result, which, split, ALL);
      const s = scoresOf(c);
      rows.push([name, split, String(c.candidates), String(c.positive), String(c.flagged), fmtRatio(c.hits, c.flagged), fmtRatio(c.hits, c.positive), fmt(s.f1)]);
    }
  }
  return { title: 'All categories', head: ['system', 'split', 'candidates', 'positive', 'flagged', 'P', 'R', 'F1'], rows };
}

function categoryTable(result: RealEuphemismResult): Table {
  const categories = [...new Set(SPLITS.flatMap((s) => [...(result.tool.get(s)?.keys() ?? [])]))].filter((c) => c !== ALL).sort();
  const rows: string[][] = [];
  for (const category of categories) {
    for (const split of SPLITS) {
      const c = counts(result, 'tool', split, category);
      if (c.candidates === 0) continue;
      const s = scoresOf(c);
      const b = scoresOf(baselineOf(c));
      rows.push([category, split, String(c.candidates), String(c.positive), String(c.flagged), fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(b.precision), fmt(b.f1)]);
    }
  }
  return {
    title: 'Per category: framing, and every candidate (baseline, recall 1)',
    head: ['category', 'split', 'candidates', 'positive', 'flagged', 'P', 'R', 'F1', 'base P', 'base F1'],
    rows,
  };
}

/** Dev only: test is not for reading errors. */
function listErrors(judged: readonly Judged[], n: number): string[] {
  const wrong = judged.filter((j) => j.item.split === 'dev' && j.flagged !== isPositive(j.item.label));
  return wrong.slice(0, n).map(({ item, flagged, overlapping }) => {
    const kind = flagged ? 'false flag' : 'missed';
    const by = overlapping.length > 0 ? ` (overlapping: ${overlapping.join(', ')})` : '';
    return `${kind} ${item.id} [${item.label}] "${item.span.text}"${by}: ${item.text}`;
  });
}
