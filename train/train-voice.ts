// Trains the voice classifier on participle candidates of treebank sentences, tagged by a
// tagger that did not see them (jackknifing), so training sees the tagger's real errors.

import type { UdToken } from '../eval/conllu';
import { isParticipleCandidate, verbGroupOf } from '../src/detectors/verb-group';
import type { Word } from '../src/detectors/word';
import { voiceFeatures } from '../src/detectors/voice-features';
import type { VoiceModelFile } from '../src/detectors/voice-model';
import type { Casing } from '../src/types';
import { PerceptronTrainer, meanOfModels, shuffle } from './perceptron-trainer';

export interface TaggedVariant {
  words: Word[];
  tokens: UdToken[];
  casing: Casing;
}

export interface Instance {
  features: string[];
  passive: boolean;
}

/** Gold: passive when the treebank says Voice=Pass; prenominal ("amod") ones are left out. */
export function instances(sentences: readonly TaggedVariant[]): Instance[] {
  const out: Instance[] = [];
  for (const s of sentences) {
    s.words.forEach((_, i) => {
      if (!isParticipleCandidate(s.words, i, s.casing)) return;
      const gold = s.tokens[i] as UdToken;
      if (gold.feats.Voice === 'Pass' && gold.deprel === 'amod') return;
      out.push({
        features: voiceFeatures(s.words, i, verbGroupOf(s.words, i), s.casing),
        passive: gold.feats.Voice === 'Pass',
      });
    });
  }
  return out;
}

/**
 * The mean of `runs` averaged perceptrons, each over its own shuffles of the data. One run's
 * dev F1 moves by a point with the order it saw; the mean moves less.
 */
export function trainVoice(data: Instance[], iterations: number, threshold: number, rand: () => number, runs = 5): VoiceModelFile {
  const models = Array.from({ length: runs }, () => {
    const trainer = new PerceptronTrainer(['active', 'passive']);
    const order = data.slice();
    shuffle(order, rand);
    for (let iteration = 0; iteration < iterations; iteration++) {
      for (const x of order) trainer.update(x.passive ? 1 : 0, trainer.predict(x.features), x.features);
      shuffle(order, rand);
    }
    return trainer.averaged();
  });
  return { ...meanOfModels(models), threshold };
}
