// Baselines, passive checks only, with no forms and no agents:
// - write-good 1.0.8: flags "be-verb + participle" ("was shot"); the flagged stretch is the span.
// - compromise 14: `#Passive` tags the participle and its auxiliaries ("was", "shot"); each
//   tagged participle (auxiliaries left out, as our `verb` is the participle) is a prediction.

import nlp from 'compromise';
import writeGood from 'write-good';
import type { PassiveSystem } from './systems';

/** Every write-good check except "passive" switched off. */
const WRITE_GOOD_PASSIVE_ONLY = {
  weasel: false,
  illusion: false,
  so: false,
  thereIs: false,
  adverb: false,
  tooWordy: false,
  cliches: false,
  eprime: false,
};

export const writeGoodSystem: PassiveSystem = {
  name: 'write-good',
  forms: false,
  agents: false,
  predict: (text) =>
    writeGood(text, WRITE_GOOD_PASSIVE_ONLY).map((s) => ({ verb: { start: s.index, end: s.index + s.offset } })),
};

interface CompromiseMatch {
  terms: { offset: { start: number; length: number } }[];
}

export const compromiseSystem: PassiveSystem = {
  name: 'compromise',
  forms: false,
  agents: false,
  predict: (text) => {
    const matches = nlp(text).match('#Passive').not('#Auxiliary').json({ offset: true }) as CompromiseMatch[];
    return matches.flatMap((m) => m.terms.map(({ offset }) => ({ verb: { start: offset.start, end: offset.start + offset.length } })));
  },
};
