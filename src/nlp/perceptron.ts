// A linear model over sparse string features: the scoring half of an averaged perceptron.
// Training lives in train/perceptron-trainer.ts; the tagger and the voice classifier both
// load their weights through this class.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** As stored: per feature, [class index, weight, class index, weight, ...]. */
export interface LinearModelFile {
  classes: string[];
  weights: Record<string, number[]>;
}

interface SparseWeights {
  classes: Uint8Array;
  values: Float32Array;
}

export class LinearModel {
  readonly classes: string[];
  private readonly weights = new Map<string, SparseWeights>();

  constructor(file: LinearModelFile) {
    this.classes = file.classes;
    for (const [feature, pairs] of Object.entries(file.weights)) {
      const n = pairs.length / 2;
      const entry = { classes: new Uint8Array(n), values: new Float32Array(n) };
      for (let k = 0; k < n; k++) {
        entry.classes[k] = pairs[2 * k] as number;
        entry.values[k] = pairs[2 * k + 1] as number;
      }
      this.weights.set(feature, entry);
    }
  }

  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.classes.length);
    for (const feature of features) {
      const entry = this.weights.get(feature);
      if (!entry) continue;
      for (let k = 0; k < entry.classes.length; k++) {
        scores[entry.classes[k] as number]! += entry.values[k] as number;
      }
    }
    return scores;
  }

  best(features: readonly string[]): string {
    const scores = this.scores(features);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
    return this.classes[best] as string;
  }
}

export function readGzipJson<T>(path: string): T {
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as T;
}
