// Pure scoring of passive predictions against gold, the same for every system.
// Precision counts predictions (TP / (TP + FP), ignored ones left out); recall counts gold
// items (gold found by some prediction / gold). "Found" and "TP" both mean overlapping spans.

import type { PassiveForm } from '../src/types';
import type { GoldAgent, GoldPassive, PassiveGold } from './passive-gold';

export interface Offsets {
  start: number;
  end: number;
}

export interface PassivePrediction {
  verb: Offsets;
  /** Absent for systems that do not tell forms apart. */
  form?: PassiveForm;
  /** Absent for systems that do not look for agents; null when none was found. */
  agent?: Offsets | null;
}

/** One sentence: its gold and one system's predictions on its text. */
export interface SentenceResult {
  gold: PassiveGold;
  predictions: readonly PassivePrediction[];
}

/** Which gold passives count: full + reduced, or one of them (the other then ignored). */
export type Slice = 'all' | 'full' | 'reduced';

/**
 * How a slice treats predictions. "typed": a prediction belongs to the slice of its own form
 * (full and get with full, reduced with reduced; a system that gives no form claims full
 * passives, as write-good and compromise do), so "full P" is the precision of what the system
 * calls a full passive and "full R" the share of gold full passives it found and called full.
 * "form-blind": every prediction is judged in every slice, whatever its form.
 */
export type Scoring = 'typed' | 'form-blind';

/** Whether a prediction takes part in a slice. */
export function inPredictedSlice(prediction: PassivePrediction, slice: Slice, scoring: Scoring): boolean {
  if (slice === 'all' || scoring === 'form-blind' || prediction.form === 'get') return true;
  return (prediction.form === 'reduced' ? 'reduced' : 'full') === slice;
}

/**
 * A get-passive is its own form (issue 2), and EWT splits get-passives between its two
 * classes: full when "got" is the participle's aux:pass ("got *fired*"), reduced when "get"
 * heads the participle as its xcomp ("We got *upgraded*"). So a "get" prediction takes part
 * in both typed slices and is judged form-blind there.
 */
function scoringOf(prediction: PassivePrediction, scoring: Scoring): Scoring {
  return prediction.form === 'get' ? 'form-blind' : scoring;
}

export type Verdict = 'tp' | 'fp' | 'ignored';

export interface Counts {
  tp: number;
  fp: number;
  ignored: number;
  /** Gold items found by some prediction. */
  goldHit: number;
  gold: number;
}

export interface Scores {
  /** null when undefined (no predictions, no gold). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function overlaps(a: Offsets, b: Offsets): boolean {
  return a.start < b.end && b.start < a.end;
}

export function inSlice(gold: GoldPassive, slice: Slice): boolean {
  return slice === 'all' ? gold.class !== 'amod' : gold.class === slice;
}

/**
 * TP if the verb overlaps a gold passive of the slice; ignored if only other gold passives,
 * except that typed scoring counts a wrong form as wrong ("reduced" on a gold full passive).
 * A prenominal gold passive is ignored either way.
 */
export function judge(verb: Offsets, gold: readonly GoldPassive[], slice: Slice, scoring: Scoring = 'form-blind'): Verdict {
  const hit = gold.filter((g) => overlaps(verb, g));
  if (hit.some((g) => inSlice(g, slice))) return 'tp';
  if (scoring === 'typed' && hit.some((g) => g.class !== 'amod')) return 'fp';
  return hit.length > 0 ? 'ignored' : 'fp';
}

/** Each prediction's verdict and whether each gold item was found, in one sentence. */
export interface Judgments<P, G> {
  predicted: { item: P; verdict: Verdict }[];
  gold: { item: G; found: boolean }[];
}

export function judgePassives(
  result: SentenceResult,
  slice: Slice,
  scoring: Scoring = 'typed',
): Judgments<PassivePrediction, GoldPassive> {
  const gold = result.gold;
  const predictions = result.predictions.filter((p) => inPredictedSlice(p, slice, scoring));
  return {
    predicted: predictions.map((item) => ({ item, verdict: judge(item.verb, gold.passives, slice, scoringOf(item, scoring)) })),
    gold: gold.passives
      .filter((g) => inSlice(g, slice))
      .map((item) => ({ item, found: predictions.some((p) => overlaps(p.verb, item)) })),
  };
}

/**
 * Predicted agents against gold agents: an agent is right when it overlaps a gold agent. Like
 * their verbs, the agents of prenominal participles are neither right nor wrong: a predicted
 * agent of a verb overlapping a prenominal gold passive, and a gold agent of one, are left out.
 */
export function judgeAgents({ gold, predictions }: SentenceResult): Judgments<Offsets, GoldAgent> {
  const prenominal = gold.passives.filter((g) => g.class === 'amod');
  const predicted = predictions.flatMap((p) => (p.agent ? [{ agent: p.agent, verb: p.verb }] : []));
  const verdict = ({ agent, verb }: { agent: Offsets; verb: Offsets }): Verdict => {
    const match = gold.agents.filter((g) => overlaps(agent, g));
    if (match.some((g) => !g.prenominal)) return 'tp';
    return match.length > 0 || prenominal.some((g) => overlaps(verb, g)) ? 'ignored' : 'fp';
  };
  return {
    predicted: predicted.map((p) => ({ item: p.agent, verdict: verdict(p) })),
    gold: gold.agents
      .filter((g) => !g.prenominal)
      .map((item) => ({ item, found: predicted.some((p) => overlaps(p.agent, item)) })),
  };
}

export function tally(judgments: readonly Judgments<unknown, unknown>[]): Counts {
  const counts = emptyCounts();
  for (const { predicted, gold } of judgments) {
    for (const p of predicted) counts[p.verdict]++;
    counts.gold += gold.length;
    counts.goldHit += gold.filter((g) => g.found).length;
  }
  return counts;
}

export function passiveCounts(results: readonly SentenceResult[], slice: Slice, scoring: Scoring = 'typed'): Counts {
  return tally(results.map((r) => judgePassives(r, slice, scoring)));
}

export function agentCounts(results: readonly SentenceResult[]): Counts {
  return tally(results.map(judgeAgents));
}

export interface FormAgreement {
  /** Predictions with a form that overlap a full or reduced gold passive. */
  matched: number;
  agree: number;
  /** Gold full predicted reduced, and the other way round. */
  fullAsReduced: number;
  reducedAsFull: number;
}

export interface FormPair {
  prediction: PassivePrediction;
  form: PassiveForm;
  gold: GoldPassive;
}

/** Predictions with a form that overlap a full or reduced gold passive, and that gold. */
export function formPairs({ gold, predictions }: SentenceResult): FormPair[] {
  return predictions.flatMap((prediction) => {
    const match = gold.passives.find((g) => g.class !== 'amod' && overlaps(prediction.verb, g));
    return match && prediction.form ? [{ prediction, form: prediction.form, gold: match }] : [];
  });
}

/** "full" goes with gold full passives, "reduced" with reduced ones, "get" with either (see scoringOf). */
export function formAgrees(form: PassiveForm, gold: GoldPassive): boolean {
  return form === 'get' || (form === 'reduced' ? 'reduced' : 'full') === gold.class;
}

export function formAgreement(results: readonly SentenceResult[]): FormAgreement {
  const counts: FormAgreement = { matched: 0, agree: 0, fullAsReduced: 0, reducedAsFull: 0 };
  for (const { form, gold } of results.flatMap(formPairs)) {
    counts.matched++;
    if (formAgrees(form, gold)) counts.agree++;
    else if (gold.class === 'full') counts.fullAsReduced++;
    else counts.reducedAsFull++;
  }
  return counts;
}

export interface Judged {
  gold: boolean;
  predicted: boolean;
}

export interface BinaryCounts extends Counts {
  correct: number;
  total: number;
}

/** Yes/no items (a sentence is passive or not): TP, FP and accuracy. */
export function binaryCounts(items: readonly Judged[]): BinaryCounts {
  const counts: BinaryCounts = { ...emptyCounts(), correct: 0, total: items.length };
  for (const { gold, predicted } of items) {
    if (predicted && gold) counts.tp++;
    if (predicted && !gold) counts.fp++;
    if (gold) counts.gold++;
    if (gold && predicted) counts.goldHit++;
    if (gold === predicted) counts.correct++;
  }
  return counts;
}

export function scores(counts: Counts): Scores {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.goldHit, counts.gold);
  return { precision, recall, f1: f1(precision, recall) };
}

/** The harmonic mean of precision and recall; null when either is undefined. */
export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, ignored: 0, goldHit: 0, gold: 0 };
}
