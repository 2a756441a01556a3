// A linear model over sparse string features: the scoring half of an averaged perceptron,
// as the JSON model files store it. Training lives in train/perceptron-trainer.ts. The tagger
// and the voice classifier score with the same weights keyed by hashes (model-binary.ts);
// this class is the reference the tests hold them to.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** As stored: per feature, [class index, weight, class index, weight, ...]. */
export interface LinearModelFile {
  classes: string[];
  weights: Record<string, number[]>;
}

export class LinearModel {
  readonly classes: string[];
  /**
   * Per feature, where its (class, weight) pairs are in the two arrays below: start · 256 +
   * count. One packed pair of arrays instead of two small typed arrays per feature keeps a
   * loaded tagger at about 15 MB of heap instead of over 100 MB, which matters once per
   * worker thread (issue 5's memory target).
   */
  private readonly index = new Map<string, number>();
  private readonly classOf: Uint8Array;
  private readonly weightOf: Float32Array;

  constructor(file: LinearModelFile) {
    this.classes = file.classes;
    let total = 0;
    for (const pairs of Object.values(file.weights)) total += pairs.length / 2;
    this.classOf = new Uint8Array(total);
    this.weightOf = new Float32Array(total);
    let at = 0;
    for (const [feature, pairs] of Object.entries(file.weights)) {
      const n = pairs.length / 2;
      for (let k = 0; k < n; k++) {
        this.classOf[at + k] = pairs[2 * k] as number;
        this.weightOf[at + k] = pairs[2 * k + 1] as number;
      }
      this.index.set(feature, at * 256 + n);
      at += n;
    }
  }

  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.classes.length);
    for (const feature of features) {
      const entry = this.index.get(feature);
      if (entry === undefined) continue;
      const start = Math.floor(entry / 256);
      const end = start + (entry % 256);
      for (let k = start; k < end; k++) scores[this.classOf[k] as number]! += this.weightOf[k] as number;
    }
    return scores;
  }

  best(features: readonly string[]): string {
    return bestClass(this.scores(features), this.classes);
  }
}

/** The class with the highest score (the first of equals). */
export function bestClass(scores: Float64Array, classes: readonly string[]): string {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
  return classes[best] as string;
}

export function readGzipJson<T>(path: string): T {
  return parseGzipJson<T>(readFileSync(path));
}

/** The JSON in gzipped `bytes`. */
export function parseGzipJson<T>(bytes: Buffer): T {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as T;
}
