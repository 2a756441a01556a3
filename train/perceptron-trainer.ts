// Training half of the averaged perceptron (Collins 2002): weights are averaged over every
// update step, which the lazy "stamps" make cheap. Produces a LinearModelFile.

import type { LinearModelFile } from '../src/nlp/perceptron';

export class PerceptronTrainer {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private steps = 0;

  constructor(readonly classes: string[]) {}

  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.classes.length);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let c = 0; c < w.length; c++) scores[c]! += w[c] as number;
    }
    return scores;
  }

  predict(features: readonly string[]): number {
    const scores = this.scores(features);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
    return best;
  }

  update(truth: number, guess: number, features: readonly string[]): void {
    this.steps++;
    if (truth === guess) return;
    for (const f of features) {
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  private bump(feature: string, c: number, delta: number): void {
    let w = this.weights.get(feature);
    if (!w) {
      w = new Float64Array(this.classes.length);
      this.weights.set(feature, w);
      this.totals.set(feature, new Float64Array(this.classes.length));
      this.stamps.set(feature, new Float64Array(this.classes.length));
    }
    const totals = this.totals.get(feature) as Float64Array;
    const stamps = this.stamps.get(feature) as Float64Array;
    totals[c]! += (this.steps - (stamps[c] as number)) * (w[c] as number);
    stamps[c] = this.steps;
    w[c]! += delta;
  }

  /** Averaged weights rounded to 1/1000, those below `minimum` dropped. */
  averaged(minimum = 0.001): LinearModelFile {
    const weights: Record<string, number[]> = {};
    for (const [feature, w] of this.weights) {
      const totals = this.totals.get(feature) as Float64Array;
      const stamps = this.stamps.get(feature) as Float64Array;
      const pairs: number[] = [];
      for (let c = 0; c < w.length; c++) {
        const total = (totals[c] as number) + (this.steps - (stamps[c] as number)) * (w[c] as number);
        const average = Math.round((total / Math.max(1, this.steps)) * 1000) / 1000;
        if (Math.abs(average) >= minimum) pairs.push(c, average);
      }
      if (pairs.length > 0) weights[feature] = pairs;
    }
    return { classes: this.classes, weights };
  }
}

/** The mean of models over the same classes: a feature missing from one weighs 0 there. */
export function meanOfModels(models: readonly LinearModelFile[]): LinearModelFile {
  const first = models[0];
  if (!first) throw new Error('meanOfModels needs at least one model');
  const sums = new Map<string, Float64Array>();
  for (const model of models) {
    for (const [feature, pairs] of Object.entries(model.weights)) {
      const sum = sums.get(feature) ?? new Float64Array(first.classes.length);
      for (let k = 0; k < pairs.length; k += 2) sum[pairs[k] as number]! += (pairs[k + 1] as number) / models.length;
      sums.set(feature, sum);
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [feature, sum] of sums) {
    const pairs: number[] = [];
    sum.forEach((w, c) => {
      const rounded = Math.round(w * 1000) / 1000;
      if (rounded !== 0) pairs.push(c, rounded);
    });
    if (pairs.length > 0) weights[feature] = pairs;
  }
  return { classes: first.classes, weights };
}

/** Deterministic pseudo-random numbers (mulberry32), so training is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
