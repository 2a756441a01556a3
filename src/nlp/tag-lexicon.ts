// The Penn Treebank tags a word form can have, from the lexicon of Eric Brill's tagger
// (data/tag-lexicon/README.md): "denies" → VBZ, "shot" → NN/VBD/VBN. A feature of the tagger:
// it knows words the treebank never showed it, and it tells a verb from a noun in Title Case
// headlines, where capitals say little ("Army Denies ...", "Minister Warns ...").

import { join } from 'node:path';
import { DATA_DIR } from '../paths';
import { readGzipJson } from './perceptron';

export interface TagLexiconFile {
  source?: string;
  /** Lower-case word form → its tags, sorted and joined by "/". */
  tags: Record<string, string>;
  /** The same tags, the likeliest first, for the word forms where that order is not the alphabetical one. */
  byLikelihood?: Record<string, string>;
}

export const TAG_LEXICON_PATH = join(DATA_DIR, 'tag-lexicon', 'penn-tags.json.gz');

/** A word form's tags ("NN/VBD/VBN"), or "-" when the lexicon lacks it. */
export type TagLexicon = (lower: string) => string;

export function tagLexiconOf(file: TagLexiconFile): TagLexicon {
  // The file's object is looked up as it is: a Map of 75,000 entries costs more to build than it saves.
  return (lower) => (Object.hasOwn(file.tags, lower) ? (file.tags[lower] as string) : '-');
}

/** A word form's tags the likeliest first ("dies" → "VBZ/NNS", "forces" → "NNS/VBZ"), or "-". */
export function likelihoodOrderOf(file: TagLexiconFile): TagLexicon {
  const ordered = file.byLikelihood ?? {};
  const sorted = tagLexiconOf(file);
  return (lower) => (Object.hasOwn(ordered, lower) ? (ordered[lower] as string) : sorted(lower));
}

let shared: TagLexiconFile | null = null;
let sortedTags: TagLexicon | null = null;
let orderedTags: TagLexicon | null = null;

function sharedFile(): TagLexiconFile {
  shared ??= readGzipJson<TagLexiconFile>(TAG_LEXICON_PATH);
  return shared;
}

/** The shipped lexicon's tags of a word, sorted; loaded once on first use. */
export function lexiconTags(lower: string): string {
  sortedTags ??= tagLexiconOf(sharedFile());
  return sortedTags(lower);
}

/** The shipped lexicon's tags of a word, the likeliest first. */
export function lexiconTagsByLikelihood(lower: string): string {
  orderedTags ??= likelihoodOrderOf(sharedFile());
  return orderedTags(lower);
}

/** Whether the shipped lexicon lists `tag` among a word's tags ("shot" allows VBN). */
export function lexiconAllows(lower: string, tag: string): boolean {
  return lexiconTags(lower).split('/').includes(tag);
}
