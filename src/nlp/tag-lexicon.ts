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
}

export const TAG_LEXICON_PATH = join(DATA_DIR, 'tag-lexicon', 'penn-tags.json.gz');

/** A word form's tags ("NN/VBD/VBN"), or "-" when the lexicon lacks it. */
export type TagLexicon = (lower: string) => string;

export function tagLexiconOf(file: TagLexiconFile): TagLexicon {
  // The file's object is looked up as it is: a Map of 75,000 entries costs more to build than it saves.
  return (lower) => (Object.hasOwn(file.tags, lower) ? (file.tags[lower] as string) : '-');
}

let shared: TagLexicon | null = null;

/** The shipped lexicon, loaded once on first use. */
export function lexiconTags(lower: string): string {
  shared ??= tagLexiconOf(readGzipJson<TagLexiconFile>(TAG_LEXICON_PATH));
  return shared(lower);
}
