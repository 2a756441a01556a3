// The counts in the comments of data/grammar/credited-sources.yml: for each listed word, how many
// headlines of the real gold's dev split end in it after a hyphen with no space before it
// ("-word", "-X word", "-X Y word"), credits and compounds alike. The test split is never read.
//
// Usage: npx tsc -p tsconfig.json && node dist/train/credited-sources.js

import { readRealGold } from '../eval/real-gold';
import { CREDITED_SOURCES } from '../src/nlp/grammar/headline-credit';

/** A hyphen glued to the word before it, then one to three words to the end, closing marks aside. */
const HEADLINE_END = /\S-(?:[\w.']+ ){0,2}([\w.']+)$/;

function main(): void {
  const ends = new Map<string, number>();
  for (const item of readRealGold().filter((i) => i.split === 'dev')) {
    const last = HEADLINE_END.exec(item.text.replace(/[\s."']+$/, ''))?.[1]?.toLowerCase();
    if (last !== undefined) ends.set(last, (ends.get(last) ?? 0) + 1);
  }
  for (const word of CREDITED_SOURCES) console.log(`${word.padEnd(12)} ${ends.get(word) ?? 0}`);
}

main();
