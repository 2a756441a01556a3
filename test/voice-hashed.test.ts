// The voice classifier hashes its features as they are written (issue 15): the margin it
// gives a candidate is the margin of the feature strings training sees, and each hashed
// feature is the hash of its string.

import { parse } from '../src/analyze';
import { isParticipleCandidate, verbGroupOf } from '../src/detectors/verb-group';
import { voiceFeatures, writeVoiceFeatures } from '../src/detectors/voice-features';
import { defaultVoiceModel } from '../src/detectors/voice-model';
import { EMPTY, HashedFeatures, hashString } from '../src/nlp/feature-hash';

const TEXTS = [
  'Hundreds killed as Syria security forces battle al-Assad loyalists',
  'Protesters Were Shot By Police In The Capital',
  'THREE JOURNALISTS DETAINED AFTER RAID',
  'Two men were arrested and later released by police on Tuesday.',
  'The building, which was destroyed in the strike, had been evacuated.',
  'Man shot dead outside mosque; suspect detained',
];

const candidates = TEXTS.flatMap((text) =>
  parse(text).sentences.flatMap((s) =>
    s.tokens.flatMap((_, i) => (isParticipleCandidate(s.tokens, i, s.casing) ? [{ words: s.tokens, i, casing: s.casing, group: verbGroupOf(s.tokens, i) }] : [])),
  ),
);

test('there are candidates to compare', () => {
  expect(candidates.length).toBeGreaterThan(8);
});

test('each hashed feature is the hash of its string', () => {
  for (const { words, i, casing, group } of candidates) {
    const f = new HashedFeatures(64);
    writeVoiceFeatures(words, i, group, casing, {
      add(name, ...values) {
        f.begin(EMPTY).text(name);
        for (const value of values) if (value !== undefined) f.space().text(value);
        f.end();
      },
    });
    const strings = voiceFeatures(words, i, group, casing);
    expect(Array.from(f.lo.subarray(0, f.length))).toEqual(strings.map((s) => hashString(s)[0]));
    expect(Array.from(f.hi.subarray(0, f.length))).toEqual(strings.map((s) => hashString(s)[1]));
  }
});

test('the margin from hashes is the margin from strings', () => {
  const model = defaultVoiceModel();
  for (const { words, i, casing, group } of candidates) {
    expect(model.marginAt(words, i, group, casing)).toBe(model.margin(voiceFeatures(words, i, group, casing)));
  }
});
