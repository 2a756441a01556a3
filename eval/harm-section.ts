// Harm events and agency on the gold set (eval/data/harm-gold.jsonl), dev and held-out,
// for the harm detector and two baselines. Targets are set on the held-out half.

import { AGENCIES, type GoldItem, type HarmSplit, readHarmGold } from './harm-gold';
import { type HarmCounts, type ItemResult, countHarm, harmScores } from './harm-score';
import { HARM_SYSTEMS, type HarmSystem } from './harm-systems';
import { fmt, fmtRatio } from './report';
import type { EvalSection, Section, Table } from './section';
import { harmErrors } from './harm-errors';

const SPLITS: readonly HarmSplit[] = ['dev', 'heldout'];

interface Run {
  system: HarmSystem;
  split: HarmSplit;
  counts: HarmCounts;
}

export const harmSection: EvalSection = {
  name: 'harm',
  run({ errors }): Section {
    const items = readHarmGold();
    const runs: Run[] = HARM_SYSTEMS.flatMap((system) =>
      SPLITS.map((split) => ({ system, split, counts: countHarm(results(system, items.filter((i) => i.split === split))) })),
    );
    const ours = (split: HarmSplit): HarmCounts => (runs.find((r) => r.system === HARM_SYSTEMS[0] && r.split === split) as Run).counts;
    const held = harmScores(ours('heldout'));
    return {
      title: 'Harm events and agency on constructed sentences (eval/data/harm-gold.jsonl): regression checks, not accuracy',
      notes: [
        goldNote(items),
        'Written by the same hands as the rules, and before ../shared/guidelines/harm.md: for accuracy on real text see the next section.', ...HARM_SYSTEMS.map((s) => `${s.name}: ${s.description}.`), 'Tune on dev; targets are set on held-out.'],
      tables: [scoreTable(runs), agencyTable(ours('dev'), 'dev'), agencyTable(ours('heldout'), 'held-out')],
      targets: [
        { label: 'harm held-out event F1', value: held.f1, min: 0.85 },
        { label: 'harm held-out agent-named accuracy', value: held.agentNamed, min: 0.9 },
      ],
      errors: errors > 0 ? harmErrors(ours('dev'), errors) : [],
    };
  },
};

function results(system: HarmSystem, items: readonly GoldItem[]): ItemResult[] {
  return items.map((item) => ({ item, predictions: system.run(item.text) }));
}

function goldNote(items: readonly GoldItem[]): string {
  const of = (split: HarmSplit): string => {
    const some = items.filter((i) => i.split === split);
    const events = some.reduce((n, i) => n + i.events.length, 0);
    const negatives = some.filter((i) => i.events.length === 0).length;
    return `${split} ${some.length} sentences (${events} events, ${negatives} without any)`;
  };
  return `${items.length} sentences and headlines: ${SPLITS.map(of).join('; ')}.`;
}

function scoreTable(runs: readonly Run[]): Table {
  return {
    title: 'Events (spans overlap); agency, agent and victim on matched events',
    head: ['system', 'split', 'P', 'R', 'F1', 'agency', 'agent named', 'agent', 'agent span', 'victim', 'kind', 'clean negatives'],
    rows: runs.map(({ system, split, counts }) => {
      const s = harmScores(counts);
      return [
        system.name,
        split,
        ...[s.precision, s.recall, s.f1, s.agency, s.agentNamed, s.agent, s.agentSpan, s.victim, s.harm].map(fmt),
        fmtRatio(counts.cleanNegatives, counts.negatives),
      ];
    }),
  };
}

function agencyTable(counts: HarmCounts, label: string): Table {
  return {
    title: `framing by gold agency, ${label}: found = events matched; agency / agent named = right among found`,
    head: ['gold agency', 'gold', 'found', 'agency', 'agent named', 'predicted as this'],
    rows: AGENCIES.map((agency) => {
      const gold = counts.pairs.filter((p) => p.gold.agency === agency);
      const total = gold.length + counts.missed.filter((m) => m.gold.agency === agency).length;
      const predicted = counts.pairs.filter((p) => p.predicted.agency === agency).length + counts.spurious.filter((s) => s.predicted.agency === agency).length;
      return [
        agency,
        String(total),
        fmtRatio(gold.length, total),
        fmtRatio(gold.filter((p) => p.predicted.agency === agency).length, gold.length),
        fmtRatio(gold.filter((p) => (p.predicted.agent === null) === (p.gold.agent === null)).length, gold.length),
        String(predicted),
      ];
    }),
  };
}
