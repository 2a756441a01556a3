// The voice classifier: an averaged perceptron over voice-features.ts, trained on UD
// English EWT by `npm run train` (models/README.md).

import { join } from 'node:path';
import { MODELS_DIR } from '../paths';
import { EMPTY, HashedFeatures } from '../nlp/feature-hash';
import { HashedLinearModel } from '../nlp/model-binary';
import { loadLinearModel } from '../nlp/model-load';
import type { LinearModelFile } from '../nlp/perceptron';
import type { Casing } from '../types';
import type { VerbGroup } from './verb-group';
import { type VoiceFeatureSink, writeVoiceFeatures } from './voice-features';
import type { Word } from './word';

/** Features per candidate, with room to spare. */
const FEATURES = 64;

export interface VoiceModelFile extends LinearModelFile {
  /** Margin of "passive" over "active" above which a candidate counts as passive. */
  threshold: number;
}

export const VOICE_MODEL_PATH = join(MODELS_DIR, 'voice.json.gz');

export class VoiceModel {
  private readonly passive: number;
  private readonly active: number;
  /** The candidate's features as hashes, and their scores: reused from candidate to candidate. */
  private readonly features = new HashedFeatures(FEATURES);
  private readonly sink: VoiceFeatureSink;
  private readonly scores: Float64Array;

  constructor(
    private readonly model: HashedLinearModel,
    readonly threshold: number,
  ) {
    this.passive = model.classes.indexOf('passive');
    this.active = model.classes.indexOf('active');
    this.scores = new Float64Array(model.classes.length);
    const f = this.features;
    // each feature hashed as its string would be (feature-hash.ts), the string never made:
    // building and hashing some 30 strings a candidate was most of the classifier's time
    this.sink = {
      add(name, a, b, c, d) {
        f.begin(EMPTY).text(name);
        if (a !== undefined) f.space().text(a);
        if (b !== undefined) f.space().text(b);
        if (c !== undefined) f.space().text(c);
        if (d !== undefined) f.space().text(d);
        f.end();
      },
    };
  }

  /** From a model as trained (train/). */
  static fromFile(file: VoiceModelFile): VoiceModel {
    return new VoiceModel(HashedLinearModel.fromFile(file), file.threshold);
  }

  static load(path: string = VOICE_MODEL_PATH): VoiceModel {
    const { model, extra } = loadLinearModel<VoiceModelFile>(path);
    return new VoiceModel(model, extra.threshold);
  }

  margin(features: readonly string[]): number {
    return this.marginOf(this.model.scores(features));
  }

  /** `margin(voiceFeatures(words, i, group, casing))`, the same number, with no feature string made. */
  marginAt(words: readonly Word[], i: number, group: VerbGroup, casing: Casing): number {
    this.features.clear();
    writeVoiceFeatures(words, i, group, casing, this.sink);
    return this.marginOf(this.model.scoreInto(this.features, this.scores));
  }

  private marginOf(scores: Float64Array): number {
    return (scores[this.passive] as number) - (scores[this.active] as number);
  }

  isPassive(features: readonly string[]): boolean {
    return this.margin(features) > this.threshold;
  }
}

let shared: VoiceModel | null = null;

export function defaultVoiceModel(): VoiceModel {
  shared ??= VoiceModel.load();
  return shared;
}
