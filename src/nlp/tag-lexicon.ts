// The Penn Treebank tags a word form can have, from the lexicon of Eric Brill's tagger
// (data/tag-lexicon/README.md): "denies" → VBZ, "shot" → NN/VBD/VBN. A feature of the tagger:
// it knows words the treebank never showed it, and it tells a verb from a noun in Title Case
// headlines, where capitals say little ("Army Denies ...", "Minister Warns ...").

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths';
import { readCacheFile, sha256, writeCacheFile } from './cache-file';
import { parseGzipJson } from './perceptron';
import { type TagLexiconFile, TagTable, encodeTagTable } from './tag-table';

export type { TagLexiconFile } from './tag-table';

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

const TABLE_FILE = 'tag-lexicon.bin';
let shared: TagTable | null = null;

/**
 * The shipped lexicon, loaded once: from its table in .cache/ (./tag-table.ts) when that was
 * written from this very file, else from the file itself, whose table is then written.
 */
export function sharedTagTable(): TagTable {
  if (shared) return shared;
  const json = readFileSync(TAG_LEXICON_PATH);
  const source = sha256(json);
  const cached = readCacheFile(TABLE_FILE);
  try {
    if (cached) return (shared = new TagTable(cached, source));
  } catch {
    // stale or damaged: built again below
  }
  const table = encodeTagTable(parseGzipJson<TagLexiconFile>(json), source);
  writeCacheFile(TABLE_FILE, table);
  return (shared = new TagTable(table, source));
}

/** The shipped lexicon's tags of a word, sorted; loaded once on first use. */
export function lexiconTags(lower: string): string {
  return (shared ?? sharedTagTable()).sorted(lower);
}

/** The shipped lexicon's tags of a word, the likeliest first. */
export function lexiconTagsByLikelihood(lower: string): string {
  return (shared ?? sharedTagTable()).likeliestFirst(lower);
}

/** Whether the shipped lexicon lists `tag` among a word's tags ("shot" allows VBN). */
export function lexiconAllows(lower: string, tag: string): boolean {
  return (shared ?? sharedTagTable()).allows(lower, tag);
}
