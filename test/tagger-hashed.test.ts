// The tagger with hashed features (issue 15) gives the tags of the tagger with string
// features it replaced: each hashed feature is the hash of the string `features` makes (in
// the same order), and the cached groups of tagger-grouped.ts sum to the same scores.

import { HashedFeatures, hashString, partsOf } from '../src/nlp/feature-hash';
import { HashedLinearModel } from '../src/nlp/model-binary';
import { LinearModel, bestClass, readGzipJson } from '../src/nlp/perceptron';
import { casingOf } from '../src/nlp/sentences';
import { TAGGER_FEATURES } from '../src/nlp/tagger-grouped';
import { SentenceFeatures } from '../src/nlp/tagger-hashed';
import { END, START, features, lexiconTagsOf, normalise, registerOf, shape } from '../src/nlp/tagger-features';
import { CLOSED_CLASS_TAGS, TAGGER_PATH, Tagger, type TaggerModelFile, closedClassMember, closingWord } from '../src/nlp/tagger';
import { tokenize } from '../src/nlp/tokenize';
import type { Casing } from '../src/types';

const TEXTS = [
  'Hundreds killed as Syria security forces battle al-Assad loyalists',
  'Protesters Were Shot By Police In The Capital',
  'THREE JOURNALISTS DETAINED AFTER RAID',
  'The ministry spoke of “individual violations”.',
  'In 2024, 1,500 people (37%) were displaced; 3.5 million fled by 12:30 on 8/3.',
  'Police didn’t say whether the U.S. Embassy’s staff were hurt — officials said they weren’t.',
  'Mr. Smith, 45, was arrested at https://example.org/x?a=1 … no comment 😀👍🏽.',
  'Ünïcödé wörds, Ελληνικά λόγια and العربية between English words',
  'A',
  '',
];

/** The tagger as it was before features were hashed: strings, one Map lookup each. */
function referenceTags(model: LinearModel, forms: readonly string[], casing: Casing): string[] {
  const words = [...START, ...forms.map((f) => normalise(f.toLowerCase())), ...END];
  const shapes = forms.map(shape);
  const lexicon = lexiconTagsOf(words);
  const register = registerOf(closingWord(forms));
  const tags: string[] = [];
  let [prev, prev2] = START as [string, string];
  forms.forEach((form, i) => {
    const known = casing === 'sentence' ? file.tagdict[form] : undefined;
    const scores = model.scores(features(i, words, shapes, casing, prev, prev2, register, lexicon));
    let tag = known ?? bestClass(scores, model.classes);
    // a closed-class tag the word cannot have gives way to the best open class
    if (known === undefined && CLOSED_CLASS_TAGS.has(tag) && !closedClassMember(form, tag)) {
      tag = bestClass(scores.map((s, c) => (CLOSED_CLASS_TAGS.has(model.classes[c] as string) ? Number.NEGATIVE_INFINITY : s)), model.classes);
    }
    tags.push(tag);
    [prev2, prev] = [prev, tag];
  });
  return tags;
}

const file = readGzipJson<TaggerModelFile>(TAGGER_PATH);
const sentences = TEXTS.flatMap((text) => {
  const forms = tokenize(text).map((t) => t.text);
  return (['sentence', 'title', 'upper'] as const).map((casing) => ({ forms, casing }));
});

test('each hashed feature is the hash of the feature string, in the same order', () => {
  const tags = [...file.classes, ...START];
  const hashed = new SentenceFeatures(partsOf(tags), () => -1);
  const f = new HashedFeatures(32);
  for (const { forms, casing } of sentences) {
    const words = [...START, ...forms.map((w) => normalise(w.toLowerCase())), ...END];
    const shapes = forms.map(shape);
    const lexicon = lexiconTagsOf(words);
    const register = registerOf(closingWord(forms));
    hashed.start(forms, casing, register);
    forms.forEach((_, i) => {
      const [prev, prev2] = i === 0 ? [tags.length - 2, tags.length - 1] : [i % file.classes.length, (3 * i) % file.classes.length];
      hashed.write(i, prev, prev2, f);
      const strings = features(i, words, shapes, casing, tags[prev] as string, tags[prev2] as string, register, lexicon);
      expect(f.length).toBe(strings.length);
      strings.forEach((s, k) => expect([f.lo[k], f.hi[k]]).toEqual(hashString(s)));
    });
  }
});

test('the shipped tagger tags as the string-feature tagger did, from groups and one feature at a time', () => {
  const model = HashedLinearModel.fromFile(file);
  expect(model.exactSums(TAGGER_FEATURES)).toBe(true);
  const reference = new LinearModel(file);
  const cases = [...sentences, ...TEXTS.map((text) => ({ forms: tokenize(text).map((t) => t.text), casing: casingOf(tokenize(text)) }))];
  for (const tagger of [new Tagger(model, file.tagdict), new Tagger(model, file.tagdict, false)]) {
    for (const { forms, casing } of cases) expect(tagger.tag(forms, casing)).toEqual(referenceTags(reference, forms, casing));
  }
});

test('a model whose sums may round is scored one feature at a time, in order', () => {
  // weights of 2^-60: 28 of them cannot be summed exactly in any order
  const tiny = HashedLinearModel.fromFile({ classes: ['A', 'B'], weights: { b: [0, 2 ** -60, 1, 1] } });
  expect(tiny.exactSums(TAGGER_FEATURES)).toBe(false);
  expect(HashedLinearModel.fromFile({ classes: ['A'], weights: { b: [0, 0.001] } }).exactSums(TAGGER_FEATURES)).toBe(true);
});

test('a tag the float32 rows cannot tell from the next is scored feature by feature', () => {
  // A's "w+1 next" and "s3+1 ext" share one float32 row, 0.1 + 0.2 rounded up to B's 0.3: a tie
  // there, which the first class would win; the exact sums give B, by 7.5e-9
  const model = HashedLinearModel.fromFile({ classes: ['A', 'B'], weights: { 'w+1 next': [0, 0.1], 's3+1 ext': [0, 0.2], 'w police': [1, 0.3] } });
  expect(model.exactSums(TAGGER_FEATURES)).toBe(true);
  const dictionary = {};
  const plain = new Tagger(model, dictionary, false);
  expect(plain.tag(['police', 'next'], 'sentence')[0]).toBe('B');
  expect(new Tagger(model, dictionary).tag(['police', 'next'], 'sentence')).toEqual(plain.tag(['police', 'next'], 'sentence'));
});
