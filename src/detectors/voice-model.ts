// The voice classifier: an averaged perceptron over voice-features.ts, trained on UD
// English EWT by `npm run train` (models/README.md).

import { join } from 'node:path';
import { MODELS_DIR } from '../paths';
import { HashedLinearModel } from '../nlp/model-binary';
import { loadLinearModel } from '../nlp/model-load';
import type { LinearModelFile } from '../nlp/perceptron';

export interface VoiceModelFile extends LinearModelFile {
  /** Margin of "passive" over "active" above which a candidate counts as passive. */
  threshold: number;
}

export const VOICE_MODEL_PATH = join(MODELS_DIR, 'voice.json.gz');

export class VoiceModel {
  private readonly passive: number;
  private readonly active: number;

  constructor(
    private readonly model: HashedLinearModel,
    readonly threshold: number,
  ) {
    this.passive = model.classes.indexOf('passive');
    this.active = model.classes.indexOf('active');
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
    const scores = this.model.scores(features);
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
