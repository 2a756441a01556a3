// A check on text the lexicon's authors did not write: every flag the euphemism detector
// raises on the 16,622 sentences of UD English EWT (web text), for reading by hand.
// EWT has no euphemism labels, so this measures false flags, not recall.
// Run: npm run build && node dist/eval/euphemism-ewt.js

import { readFileSync } from 'node:fs';
import { flaggedAnnotations } from './euphemism';
import { sharedData } from './data';

const SPLITS = ['en_ewt-ud-train.conllu', 'en_ewt-ud-dev.conllu', 'en_ewt-ud-test.conllu'];

export interface EwtFlag {
  entry: string;
  text: string;
  sentence: string;
}

export function ewtFlags(): { sentences: number; flags: EwtFlag[] } {
  let sentences = 0;
  const flags: EwtFlag[] = [];
  for (const split of SPLITS) {
    const texts = readFileSync(sharedData('ud-english-ewt', split), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('# text = '))
      .map((line) => line.slice('# text = '.length));
    for (const sentence of texts) {
      sentences++;
      for (const a of flaggedAnnotations(sentence)) flags.push({ entry: a.entry, text: a.text, sentence });
    }
  }
  return { sentences, flags };
}

if (require.main === module) {
  const { sentences, flags } = ewtFlags();
  const perEntry = new Map<string, number>();
  for (const f of flags) perEntry.set(f.entry, (perEntry.get(f.entry) ?? 0) + 1);
  process.stdout.write(`${sentences} EWT sentences, ${flags.length} flags\n`);
  for (const [entry, n] of [...perEntry].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${entry}: ${n}\n`);
  for (const f of flags) process.stdout.write(`${f.entry}\t${f.text}\t${f.sentence}\n`);
}
