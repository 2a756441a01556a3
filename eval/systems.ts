// The passive detectors compared by the evaluation: ours first, then the baselines.

import { compromiseSystem, writeGoodSystem } from './baselines';
import { framingSystem } from './framing-system';
import type { PassivePrediction } from './score';

export interface PassiveSystem {
  name: string;
  /** Whether predictions carry a form (full / get / reduced). */
  forms: boolean;
  /** Whether predictions carry an agent span. */
  agents: boolean;
  predict(text: string): PassivePrediction[];
}

export const PASSIVE_SYSTEMS: readonly PassiveSystem[] = [framingSystem, writeGoodSystem, compromiseSystem];

export interface SystemRun {
  system: PassiveSystem;
  /** One list of predictions per text. */
  predictions: PassivePrediction[][];
  msPerText: number;
}

export function runSystem(system: PassiveSystem, texts: readonly string[]): SystemRun {
  const started = performance.now();
  const predictions = texts.map((text) => system.predict(text));
  return { system, predictions, msPerText: (performance.now() - started) / Math.max(texts.length, 1) };
}

/** "framing 0.41, write-good 0.05 ms per sentence" */
export function timings(runs: readonly SystemRun[]): string {
  return `Time: ${runs.map((r) => `${r.system.name} ${r.msPerText.toFixed(2)}`).join(', ')} ms per sentence.`;
}
