// The voice classifier: an averaged perceptron over voice-features.ts, trained on UD
// English EWT by `npm run train` (models/README.md).

import { join } from 'node:path';
import { MODELS_DIR } from '../paths';
import { LinearModel, readGzipJson, type LinearModelFile } from '../nlp/perceptron';

export interface VoiceModelFile extends LinearModelFile {
  /** Margin of "passive" over "active" above which a candidate counts as passive. */
  threshold: number;
}

export const VOICE_MODEL_PATH = join(MODELS_DIR, 'voice.json.gz');

export class VoiceModel {
  private readonly model: LinearModel;
  private readonly passive: number;
  private readonly active: number;

  constructor(private readonly file: VoiceModelFile) {
    this.model = new LinearModel(file);
    this.passive = file.classes.indexOf('passive');
    this.active = file.classes.indexOf('active');
  }

  static load(path: string = VOICE_MODEL_PATH): VoiceModel {
    return new VoiceModel(readGzipJson<VoiceModelFile>(path));
  }

  margin(features: readonly string[]): number {
    const scores = this.model.scores(features);
    return (scores[this.passive] as number) - (scores[this.active] as number);
  }

  isPassive(features: readonly string[]): boolean {
    return this.margin(features) > this.file.threshold;
  }
}

let shared: VoiceModel | null = null;

export function defaultVoiceModel(): VoiceModel {
  shared ??= VoiceModel.load();
  return shared;
}
