// Penn Treebank part-of-speech tagging with the averaged perceptron trained by
// `npm run train` on UD English EWT (models/README.md gives its licence and figures).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MODELS_DIR } from '../paths';
import type { Casing } from '../types';
import { END, START, features, normalise, shape } from './tagger-features';

/** The model as stored: weights as [tag index, weight, tag index, weight, ...] per feature. */
export interface TaggerModelFile {
  tags: string[];
  /** Frequent words that always carry one tag, looked up before the model. */
  tagdict: Record<string, string>;
  weights: Record<string, number[]>;
}

interface SparseWeights {
  tags: Uint8Array;
  values: Float32Array;
}

export const MODEL_PATH = join(MODELS_DIR, 'pos-tagger.json.gz');

export class Tagger {
  private readonly tags: string[];
  private readonly tagdict: Map<string, string>;
  private readonly weights = new Map<string, SparseWeights>();

  constructor(model: TaggerModelFile) {
    this.tags = model.tags;
    this.tagdict = new Map(Object.entries(model.tagdict));
    for (const [feature, pairs] of Object.entries(model.weights)) {
      const n = pairs.length / 2;
      const entry = { tags: new Uint8Array(n), values: new Float32Array(n) };
      for (let k = 0; k < n; k++) {
        entry.tags[k] = pairs[2 * k] as number;
        entry.values[k] = pairs[2 * k + 1] as number;
      }
      this.weights.set(feature, entry);
    }
  }

  static load(path: string = MODEL_PATH): Tagger {
    return new Tagger(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TaggerModelFile);
  }

  /** One Penn Treebank tag per word. */
  tag(forms: readonly string[], casing: Casing): string[] {
    const words = [...START, ...forms.map((f) => normalise(f.toLowerCase())), ...END];
    const shapes = forms.map(shape);
    const result: string[] = [];
    let prev = START[0] as string;
    let prev2 = START[1] as string;
    for (let i = 0; i < forms.length; i++) {
      const known = this.lookup(forms[i] as string, casing);
      const tag = known ?? this.predict(features(i, words, shapes, casing, prev, prev2));
      result.push(tag);
      prev2 = prev;
      prev = tag;
    }
    return result;
  }

  /** Best tag for a feature set (used by training too, through the same scoring). */
  predict(feats: readonly string[]): string {
    const scores = new Float64Array(this.tags.length);
    for (const feature of feats) {
      const entry = this.weights.get(feature);
      if (!entry) continue;
      for (let k = 0; k < entry.tags.length; k++) {
        scores[entry.tags[k] as number]! += entry.values[k] as number;
      }
    }
    let best = 0;
    for (let t = 1; t < scores.length; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
    return this.tags[best] as string;
  }

  /** The tag dictionary is keyed on the exact form, so it is used in sentence case only. */
  private lookup(form: string, casing: Casing): string | undefined {
    if (casing !== 'sentence') return undefined;
    return this.tagdict.get(form);
  }
}

let shared: Tagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultTagger(): Tagger {
  shared ??= Tagger.load();
  return shared;
}
