// Cross-validated voice-classifier scores on the jackknifed training candidates: a steadier
// yardstick for choosing features than dev alone. Dev has about 250 gold passives and its F1
// moves by a point or two with the training shuffles; the training candidates hold about
// 4,000, tagged by taggers that did not see them.

import { VoiceModel } from '../src/detectors/voice-model';
import { seededRandom } from './perceptron-trainer';
import { instances, trainVoice, type Instance, type TaggedVariant } from './train-voice';

export interface CandidateScores {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * K-fold scores over contiguous blocks of `sentences`. The jackknifed sentences come fold by
 * fold with a sentence's recased copies next to it, so a block rarely splits a sentence from
 * its copies.
 */
export function crossValidateVoice(sentences: readonly TaggedVariant[], folds: number, iterations: number, seed: number): CandidateScores {
  const scores: CandidateScores = { tp: 0, fp: 0, fn: 0 };
  const n = sentences.length;
  for (let k = 0; k < folds; k++) {
    const lo = Math.floor((k * n) / folds);
    const hi = Math.floor(((k + 1) * n) / folds);
    const training = instances([...sentences.slice(0, lo), ...sentences.slice(hi)]);
    const model = VoiceModel.fromFile(trainVoice(training, iterations, 0, seededRandom(seed)));
    add(scores, candidateScores(model, instances(sentences.slice(lo, hi)), 0));
  }
  return scores;
}

/**
 * K-fold scores on the real gold's dev candidates (train/real-voice.ts), item by item: each
 * fold scored by a classifier trained on the treebank's candidates and the other folds' (each
 * counted `realWeight` times), and
 * beside it by one trained on the treebank's alone, as the shipped model was before.
 */
export function crossValidateRealVoice(
  treebank: readonly Instance[],
  realByItem: readonly Instance[][],
  folds: number,
  iterations: number,
  seed: number,
  realWeight = 1,
): { withReal: CandidateScores; treebankOnly: CandidateScores } {
  const withReal: CandidateScores = { tp: 0, fp: 0, fn: 0 };
  for (let k = 0; k < folds; k++) {
    const training = [...treebank, ...repeated(realByItem.filter((_, i) => i % folds !== k).flat(), realWeight)];
    const model = VoiceModel.fromFile(trainVoice(training, iterations, 0, seededRandom(seed)));
    add(withReal, candidateScores(model, realByItem.filter((_, i) => i % folds === k).flat(), 0));
  }
  const treebankModel = VoiceModel.fromFile(trainVoice([...treebank], iterations, 0, seededRandom(seed)));
  return { withReal, treebankOnly: candidateScores(treebankModel, realByItem.flat(), 0) };
}

/** `items` `times` times over, in order: training data in which each item counts `times` times. */
export function repeated<T>(items: readonly T[], times: number): T[] {
  if (!Number.isInteger(times) || times < 1) throw new Error(`a weight must be a whole number of at least 1, not ${times}`);
  return Array.from({ length: times }, () => items).flat();
}

function add(total: CandidateScores, part: CandidateScores): void {
  total.tp += part.tp;
  total.fp += part.fp;
  total.fn += part.fn;
}

/** The model's verdicts on candidates, passive when the margin is above `threshold`. */
export function candidateScores(model: VoiceModel, data: readonly Instance[], threshold: number): CandidateScores {
  const scores: CandidateScores = { tp: 0, fp: 0, fn: 0 };
  for (const x of data) {
    const said = model.margin(x.features) > threshold;
    if (said && x.passive) scores.tp++;
    else if (said) scores.fp++;
    else if (x.passive) scores.fn++;
  }
  return scores;
}

export function formatScores({ tp, fp, fn }: CandidateScores): string {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return `P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r)).toFixed(4)} (TP ${tp}, FP ${fp}, FN ${fn})`;
}
