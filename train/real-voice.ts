// Voice-classifier training candidates from the real gold's dev half (eval/data/real/gold.jsonl,
// labelled under ../shared/guidelines/passive.md): headlines and news sentences, the register
// the tool reads and the treebank lacks. Title Case headlines whose past tenses look like
// participles ("Governor Fired Aide"), adjectival participles the manual leaves out ("remain
// stranded") and headline passives are learnt from real use. The test half is never read.

import { parse } from '../src/analyze';
import { isParticipleCandidate, verbGroupOf } from '../src/detectors/verb-group';
import { voiceFeatures } from '../src/detectors/voice-features';
import type { Tagger } from '../src/nlp/tagger';
import { goldPassiveSpans, type RealGoldItem } from '../eval/real-gold';
import { overlaps } from '../eval/score';
import type { Instance } from './train-voice';

/** Each candidate participle of `item`, as the detector sees it; passive where the gold has one. */
export function realVoiceInstances(item: RealGoldItem, tagger: Tagger): Instance[] {
  if (item.split !== 'dev') throw new Error(`${item.id}: only the dev half trains`);
  const gold = goldPassiveSpans(item);
  const out: Instance[] = [];
  for (const sentence of parse(item.text, tagger).sentences) {
    const words = sentence.tokens;
    words.forEach((word, i) => {
      if (!isParticipleCandidate(words, i, sentence.casing)) return;
      out.push({
        features: voiceFeatures(words, i, verbGroupOf(words, i), sentence.casing),
        passive: gold.some((g) => overlaps(g, word)),
      });
    });
  }
  return out;
}
