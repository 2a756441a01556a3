// Penn Treebank part-of-speech tagging with the averaged perceptron trained by
// `npm run train` on UD English EWT (models/README.md gives its licence and figures).

import { join } from 'node:path';
import { MODELS_DIR } from '../paths';
import type { Casing } from '../types';
import { type Scorer, loadLinearModel } from './model-load';
import { LinearModel, type LinearModelFile } from './perceptron';
import { END, START, features, lexiconTagsOf, normalise, registerOf, shape } from './tagger-features';

export interface TaggerModelFile extends LinearModelFile {
  /** Frequent words that always carry one tag, looked up before the model. */
  tagdict: Record<string, string>;
}

export const TAGGER_PATH = join(MODELS_DIR, 'pos-tagger.json.gz');

export class Tagger {
  private readonly tagdict: Map<string, string>;

  constructor(
    private readonly model: Scorer,
    tagdict: Record<string, string>,
  ) {
    this.tagdict = new Map(Object.entries(tagdict));
  }

  /** From a model as trained (train/). */
  static fromFile(file: TaggerModelFile): Tagger {
    return new Tagger(new LinearModel(file), file.tagdict);
  }

  static load(path: string = TAGGER_PATH): Tagger {
    const { model, extra } = loadLinearModel<TaggerModelFile>(path);
    return new Tagger(model, extra.tagdict);
  }

  /** One Penn Treebank tag per word. */
  tag(forms: readonly string[], casing: Casing): string[] {
    const words = [...START, ...forms.map((f) => normalise(f.toLowerCase())), ...END];
    const shapes = forms.map(shape);
    const lexicon = lexiconTagsOf(words);
    const register = registerOf(closingWord(forms));
    const result: string[] = [];
    let prev = START[0] as string;
    let prev2 = START[1] as string;
    for (let i = 0; i < forms.length; i++) {
      const known = casing === 'sentence' ? this.tagdict.get(forms[i] as string) : undefined;
      const tag = known ?? this.model.best(features(i, words, shapes, casing, prev, prev2, register, lexicon));
      result.push(tag);
      prev2 = prev;
      prev = tag;
    }
    return result;
  }
}

/** The last word before any closing quotes or brackets. */
export function closingWord(forms: readonly string[]): string | undefined {
  let k = forms.length - 1;
  while (k > 0 && /^["'”’)\]»]+$/.test(forms[k] as string)) k--;
  return forms[k];
}

let shared: Tagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultTagger(): Tagger {
  shared ??= Tagger.load();
  return shared;
}
