// Loading a shipped linear model: its binary form (./model-binary.ts) when one was written
// from this very JSON file with this hashing, else the JSON file itself, hashed in memory.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HashedLinearModel, sha256 } from './model-binary';
import { type LinearModelFile, parseGzipJson } from './perceptron';

/** Binary models read once into shared memory by the thread that starts the workers, by path. */
const sharedFiles = new Map<string, SharedArrayBuffer>();

/** Every binary model in `dir` in shared memory, to hand to worker threads (`useSharedModels`). */
export function sharedModels(dir: string): Record<string, SharedArrayBuffer> {
  const out: Record<string, SharedArrayBuffer> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.bin'))) {
    const bytes = readFileSync(join(dir, name));
    const memory = new SharedArrayBuffer(bytes.length);
    new Uint8Array(memory).set(bytes);
    out[join(dir, name)] = memory;
  }
  return out;
}

/** In a worker: read these models from the shared memory instead of their files. */
export function useSharedModels(models: Readonly<Record<string, SharedArrayBuffer>>): void {
  for (const [path, memory] of Object.entries(models)) sharedFiles.set(path, memory);
}

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
      const memory = sharedFiles.get(bin);
      const model = new HashedLinearModel(memory ? Buffer.from(memory) : readFileSync(bin));
      if (model.source === source) return { model, extra: model.extra as Omit<T, 'classes' | 'weights'>, fromBinary: true };
    } catch {
      // unreadable, or of another layout or hashing: the JSON below serves
    }
  }
  const file = parseGzipJson<T>(json);
  const { classes: _classes, weights: _weights, ...extra } = file;
  return { model: HashedLinearModel.fromFile(file, source), extra, fromBinary: false };
}
