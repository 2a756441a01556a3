// Passive verbs and by-agents on UD English EWT, for our system and the baselines.

import { readConllu } from './conllu';
import { headlineCopy } from './headline-copy';
import { RECASINGS, recase } from './recase';
import { sharedData } from './data';
import { ewtErrors } from './ewt-errors';
import { passiveGold, type PassiveGold } from './passive-gold';
import { fmt, fmtRatio } from './report';
import { agentCounts, formAgreement, passiveCounts, scores, type Scoring, type SentenceResult, type Slice } from './score';
import type { EvalSection, Section, Table } from './section';
import { PASSIVE_SYSTEMS, runSystem, timings, type SystemRun } from './systems';

const SLICES: readonly Slice[] = ['all', 'full', 'reduced'];

export const ewtPassiveSection: EvalSection = {
  name: 'ewt',
  run({ split, errors }): Section {
    const sentences = readConllu(sharedData('ud-english-ewt', `en_ewt-ud-${split}.conllu`));
    const golds = sentences.map((s) => passiveGold(s));
    const runs = PASSIVE_SYSTEMS.map((system) => runSystem(system, sentences.map((s) => s.text)));
    // The same sentences as headlines write them: other case, then without auxiliaries.
    const headlines = sentences.map(headlineCopy);
    const headlineGolds = headlines.map((s) => passiveGold(s));
    const variants: HeadlineVariant[] = [
      ...RECASINGS.map((casing) => ({ label: casing, golds, texts: sentences.map((s) => recase(s.text, casing)) })),
      { label: 'headlinese', golds: headlineGolds, texts: headlines.map((s) => s.text) },
      { label: 'headlinese, Title Case', golds: headlineGolds, texts: headlines.map((s) => recase(s.text, 'Title Case')) },
    ];
    const scored = runs.map((run) => ({
      run,
      results: golds.map((gold, i) => ({ gold, predictions: run.predictions[i] ?? [] })),
    }));
    const ours = scored[0]?.results ?? [];
    const all = scores(passiveCounts(ours, 'all'));
    const agents = scores(agentCounts(ours));
    const where = `EWT ${split}`;
    return {
      title: `Passive voice, UD English EWT (${split})`,
      notes: [
        goldNote(sentences.length, golds),
        literalNote(sentences.map((s) => passiveGold(s, 'literal')), runs),
        timings(runs),
        ...(split === 'test' ? [] : ['Targets are set on test.']),
      ],
      tables: [
        scoreTable(scored, 'typed'),
        scoreTable(scored, 'form-blind'),
        countTable(scored),
        extrasTable(scored),
        headlineTable(variants),
      ],
      targets: [
        { label: `${where} passive F1 (full + reduced)`, value: all.f1, min: 0.9 },
        { label: `${where} passive F1 (full, typed)`, value: scores(passiveCounts(ours, 'full', 'typed')).f1, min: 0.95 },
        { label: `${where} agent precision`, value: agents.precision, min: 0.95 },
        { label: `${where} agent recall`, value: agents.recall, min: 0.95 },
      ],
      errors: errors > 0 ? ewtErrors(sentences, ours, errors) : [],
    };
  },
};

function goldNote(sentenceCount: number, golds: readonly PassiveGold[]): string {
  const passives = golds.flatMap((g) => g.passives);
  const count = (cls: string): number => passives.filter((p) => p.class === cls).length;
  const agents = golds.reduce((n, g) => n + g.agents.length, 0);
  const unaligned = golds.reduce((n, g) => n + g.unaligned, 0);
  return (
    `${sentenceCount} sentences; gold passive verbs: ${count('full')} full, ${count('reduced')} reduced ` +
    `(${count('amod')} prenominal, ignored); ${agents} by-agents` +
    (unaligned > 0 ? `; ${unaligned} gold tokens not aligned to the text, left out` : '') +
    '.'
  );
}

/**
 * Full-passive F1 as ../shared/README.md scores it: only a verb with its own aux:pass child
 * is full, and form-blind. The baselines' figures there are reproduced here.
 */
function literalNote(literal: readonly PassiveGold[], runs: readonly SystemRun[]): string {
  const f1s = runs.map((run) => {
    const results = literal.map((gold, i) => ({ gold, predictions: run.predictions[i] ?? [] }));
    return `${run.system.name} ${fmt(scores(passiveCounts(results, 'full', 'form-blind')).f1)}`;
  });
  return (
    'Full passives here include conjuncts that share the auxiliary ("were arrested and *beaten*"); ' +
    `counting only verbs with their own aux:pass child, form-blind, as ../shared/README.md does, full F1 is: ${f1s.join(', ')}.`
  );
}

interface ScoredRun {
  run: SystemRun;
  results: SentenceResult[];
}

function scoreTable(scored: readonly ScoredRun[], scoring: Scoring): Table {
  const how =
    scoring === 'typed'
      ? 'typed: full and reduced each judge the predictions of their own form; a system without forms claims full passives'
      : 'form-blind: every prediction judged in every slice, whatever its form (how earlier reports scored)';
  return {
    title: `Passive verbs, ${how}. A prediction is right when its verb overlaps a gold passive verb`,
    head: ['system', ...SLICES.flatMap((s) => [`${s} P`, `${s} R`, `${s} F1`])],
    rows: scored.map(({ run, results }) => [
      run.system.name,
      ...SLICES.flatMap((slice) => {
        const s = scores(passiveCounts(results, slice, scoring));
        return [fmt(s.precision), fmt(s.recall), fmt(s.f1)];
      }),
    ]),
  };
}

function countTable(scored: readonly ScoredRun[]): Table {
  return {
    title: 'Counts, full + reduced (ignored: overlaps only a prenominal passive)',
    head: ['system', 'TP', 'FP', 'ignored', 'gold found', 'gold'],
    rows: scored.map(({ run, results }) => {
      const c = passiveCounts(results, 'all');
      return [run.system.name, ...[c.tp, c.fp, c.ignored, c.goldHit, c.gold].map(String)];
    }),
  };
}

function extrasTable(scored: readonly ScoredRun[]): Table {
  return {
    title: 'Form (full/get vs reduced, on predictions matching gold) and by-agents',
    head: ['system', 'form acc', 'full→reduced', 'reduced→full', 'agent P', 'agent R', 'agent F1'],
    rows: scored.map(({ run, results }) => {
      const form = run.system.forms ? formAgreement(results) : null;
      const agent = run.system.agents ? agentCounts(results) : null;
      return [
        run.system.name,
        form ? fmtRatio(form.agree, form.matched) : 'n/a',
        form ? String(form.fullAsReduced) : 'n/a',
        form ? String(form.reducedAsFull) : 'n/a',
        agent ? fmtRatio(agent.tp, agent.tp + agent.fp) : 'n/a',
        agent ? fmtRatio(agent.goldHit, agent.gold) : 'n/a',
        agent ? fmt(scores(agent).f1) : 'n/a',
      ];
    }),
  };
}

interface HeadlineVariant {
  label: string;
  golds: readonly PassiveGold[];
  texts: readonly string[];
}

/** Full + reduced P/R/F1 on the split as written, recased, and as headlinese. */
function headlineTable(variants: readonly HeadlineVariant[]): Table {
  const rows = PASSIVE_SYSTEMS.map((system) => [
    system.name,
    ...variants.flatMap(({ golds, texts }) => {
      const { predictions } = runSystem(system, texts);
      const s = scores(passiveCounts(golds.map((gold, i) => ({ gold, predictions: predictions[i] ?? [] })), 'all'));
      return [fmt(s.precision), fmt(s.recall), fmt(s.f1)];
    }),
  ]);
  return {
    title:
      'Passive verbs (full + reduced) in the same sentences recased, and as headlinese ' +
      '(passive auxiliaries, articles and final stop dropped: "A man was shot by police." → "man shot by police")',
    head: ['system', ...variants.flatMap(({ label }) => [`${label} P`, 'R', 'F1'])],
    rows,
  };
}
