// Trains the part-of-speech tagger on treebank sentences (and their augmented copies).

import { casingOf } from '../src/nlp/sentences';
import { Tagger, closingWord, type TaggerModelFile } from '../src/nlp/tagger';
import { END, START, features, lexiconTagsOf, normalise, registerOf, shape } from '../src/nlp/tagger-features';
import type { Casing } from '../src/types';
import type { Variant } from './augment';
import { PerceptronTrainer, shuffle } from './perceptron-trainer';

export function casingOfWords(words: readonly string[]): Casing {
  return casingOf(words.map((text) => ({ start: 0, end: 0, text })));
}

export function trainTagger(sentences: readonly Variant[], iterations: number, rand: () => number): TaggerModelFile {
  const classes = [...new Set(sentences.flatMap((s) => s.tokens.map((t) => t.xpos)))].sort();
  const index = new Map(classes.map((t, i) => [t, i]));
  const trainer = new PerceptronTrainer(classes);
  const order = sentences.slice();
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (const s of order) {
      const casing = casingOfWords(s.words);
      const words = [...START, ...s.words.map((w) => normalise(w.toLowerCase())), ...END];
      const shapes = s.words.map(shape);
      const lexicon = lexiconTagsOf(words);
      const register = registerOf(closingWord(s.words));
      let prev = START[0] as string;
      let prev2 = START[1] as string;
      s.words.forEach((_, i) => {
        const feats = features(i, words, shapes, casing, prev, prev2, register, lexicon);
        const guess = trainer.predict(feats);
        trainer.update(index.get((s.tokens[i] as { xpos: string }).xpos) as number, guess, feats);
        prev2 = prev;
        prev = classes[guess] as string;
      });
    }
    shuffle(order, rand);
  }
  return { ...trainer.averaged(), tagdict: buildTagdict(sentences) };
}

/** Words seen at least 20 times with one tag 99.5% of the time. */
function buildTagdict(sentences: readonly Variant[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const tag = (s.tokens[i] as { xpos: string }).xpos;
      const byTag = counts.get(w) ?? new Map<string, number>();
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
      counts.set(w, byTag);
    });
  }
  const dict: Record<string, string> = {};
  for (const [word, byTag] of counts) {
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    const [tag, n] = [...byTag.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
    if (total >= 20 && n / total >= 0.995) dict[word] = tag;
  }
  return dict;
}

export function tagAccuracy(tagger: Tagger, sentences: readonly Variant[]): number {
  let correct = 0;
  let total = 0;
  for (const s of sentences) {
    tagger.tag(s.words, casingOfWords(s.words)).forEach((tag, i) => {
      correct += tag === (s.tokens[i] as { xpos: string }).xpos ? 1 : 0;
      total++;
    });
  }
  return correct / total;
}
