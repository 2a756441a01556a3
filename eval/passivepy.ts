// Sentence-level passive detection on the PassivePy crowd-sourced sentences: a system calls a
// sentence passive when it predicts at least one passive in it.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from './data';
import { errorList, mark } from './errors';
import { fmt, fmtRatio } from './report';
import { binaryCounts, ratio, scores, type Judged } from './score';
import type { EvalSection, Section } from './section';
import { PASSIVE_SYSTEMS, runSystem, timings, type SystemRun } from './systems';

interface Row {
  sentence: string;
  passive: boolean;
}

/** Published by PassivePy (recomputed from its own output files; accuracy as reported). */
const PASSIVEPY_REPORTED = ['PassivePy (reported, not run)', '0.962', '0.926', '0.943', '0.98', '', '', ''];

export const passivePySection: EvalSection = {
  name: 'passivepy',
  run({ errors }): Section {
    const rows = readRows(sharedData('passivepy-crowd', 'sentences.csv'));
    const runs = PASSIVE_SYSTEMS.map((system) => runSystem(system, rows.map((r) => r.sentence)));
    const judged = runs.map((run) =>
      rows.map((row, i): Judged => ({ gold: row.passive, predicted: (run.predictions[i] ?? []).length > 0 })),
    );
    const ours = runs[0];
    return {
      title: 'Passive voice, PassivePy crowd sentences (sentence level)',
      notes: [`${rows.length} sentences, ${rows.filter((r) => r.passive).length} labelled passive.`, timings(runs)],
      tables: [
        {
          title: 'A sentence is passive when the system finds at least one passive in it',
          head: ['system', 'P', 'R', 'F1', 'accuracy', 'TP', 'FP', 'FN'],
          rows: [
            ...runs.map((run, i) => {
              const c = binaryCounts(judged[i] ?? []);
              const s = scores(c);
              return [
                run.system.name,
                fmt(s.precision),
                fmt(s.recall),
                fmt(s.f1),
                fmt(ratio(c.correct, c.total)),
                ...[c.tp, c.fp, c.gold - c.goldHit].map(String),
              ];
            }),
            PASSIVEPY_REPORTED,
          ],
        },
      ],
      targets: [],
      errors: errors > 0 && ours ? sentenceErrors(rows, ours, errors) : [],
    };
  },
};

function sentenceErrors(rows: readonly Row[], run: SystemRun, n: number): string[] {
  const fp: string[] = [];
  const fn: string[] = [];
  rows.forEach((row, i) => {
    const found = run.predictions[i] ?? [];
    if (!row.passive && found.length > 0) fp.push(mark(row.sentence, found.map((p) => p.verb)));
    if (row.passive && found.length === 0) fn.push(row.sentence);
  });
  return [
    ...errorList('False positives (passive found in a sentence labelled active)', fp, n),
    ...errorList('False negatives (no passive found in a sentence labelled passive)', fn, n),
  ];
}

function readRows(path: string): Row[] {
  const records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return records.map((record, i) => {
    const { sentence, passive } = record;
    if (sentence === undefined || (passive !== '0' && passive !== '1')) {
      throw new Error(`${path}: row ${i + 2} needs columns sentence and passive (0 or 1)`);
    }
    return { sentence, passive: passive === '1' };
  });
}
