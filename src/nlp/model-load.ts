// Loading a shipped linear model: its binary form (./model-binary.ts) when one was written
// from this very JSON file, else the JSON file itself.

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { BinaryLinearModel, sha256 } from './model-binary';
import { LinearModel, type LinearModelFile } from './perceptron';

/** What the tagger and the voice classifier need of a model. */
export type Scorer = Pick<LinearModel, 'classes' | 'scores' | 'best'>;

export function binaryPath(jsonPath: string): string {
  return jsonPath.replace(/\.json\.gz$/, '.bin');
}

/** The model at `jsonPath` (a .json.gz) and the file's other fields. */
export function loadLinearModel<T extends LinearModelFile>(jsonPath: string): { model: Scorer; extra: Omit<T, 'classes' | 'weights'> } {
  const json = readFileSync(jsonPath);
  const bin = binaryPath(jsonPath);
  if (bin !== jsonPath && existsSync(bin)) {
    try {
      const model = new BinaryLinearModel(readFileSync(bin));
      if (model.source === sha256(json)) return { model, extra: model.extra as Omit<T, 'classes' | 'weights'> };
    } catch {
      // unreadable: the JSON below serves
    }
  }
  const file = JSON.parse(gunzipSync(json).toString('utf8')) as T;
  const { classes: _classes, weights: _weights, ...extra } = file;
  return { model: new LinearModel(file), extra };
}
