// Loading a shipped linear model: its binary form (./model-binary.ts) when one was written
// from this very JSON file with this hashing, else the JSON file itself, hashed in memory.

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { HashedLinearModel, sha256 } from './model-binary';
import type { LinearModelFile } from './perceptron';

export function binaryPath(jsonPath: string): string {
  return jsonPath.replace(/\.json\.gz$/, '.bin');
}

export interface LoadedModel<T extends LinearModelFile> {
  model: HashedLinearModel;
  /** The file's other fields (tagdict, threshold, ...). */
  extra: Omit<T, 'classes' | 'weights'>;
  /** Whether the binary form served (else the JSON was read, which takes about a second). */
  fromBinary: boolean;
}

/** The model at `jsonPath` (a .json.gz) and the file's other fields. */
export function loadLinearModel<T extends LinearModelFile>(jsonPath: string): LoadedModel<T> {
  const json = readFileSync(jsonPath);
  const source = sha256(json);
  const bin = binaryPath(jsonPath);
  if (bin !== jsonPath && existsSync(bin)) {
    try {
      const model = new HashedLinearModel(readFileSync(bin));
      if (model.source === source) return { model, extra: model.extra as Omit<T, 'classes' | 'weights'>, fromBinary: true };
    } catch {
      // unreadable, or of another layout or hashing: the JSON below serves
    }
  }
  const file = JSON.parse(gunzipSync(json).toString('utf8')) as T;
  const { classes: _classes, weights: _weights, ...extra } = file;
  return { model: HashedLinearModel.fromFile(file, source), extra, fromBinary: false };
}
