// Loads data/lexicon/: one YAML file per category, sources.yml and wordlists.yml.
// Validates everything on load (schema.ts), checks references across files, caches per folder.

import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { DATA_DIR, PACKAGE_ROOT } from '../paths';
import { loadedOnce } from './cache';
import { LexiconError, validateCategoryFile, validateEntry, validateSources, validateWordlists } from './schema';
import type { Category, Lexicon, LexiconEntry, Source } from './types';

export const LEXICON_DIR = join(DATA_DIR, 'lexicon');
const SOURCES_FILE = 'sources.yml';
/** sources.yml, and further files named sources-*.yml (one per batch of additions). */
const isSourcesFile = (name: string): boolean => name === SOURCES_FILE || /^sources-[a-z0-9-]+\.yml$/.test(name);
const WORDLISTS_FILE = 'wordlists.yml';

const loadFrom = loadedOnce(readLexicon);

/** The lexicon in `dir`, loaded and validated once. */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  return loadFrom(dir);
}

function readLexicon(dir: string): Lexicon {
  const sources = new Map<string, Source>();
  const names = readdirSync(dir).sort();
  for (const name of names.filter(isSourcesFile)) {
    const sourcesFile = displayPath(join(dir, name));
    for (const source of validateSources(sourcesFile, readYaml(dir, name))) {
      if (sources.has(source.id)) throw new LexiconError(sourcesFile, source.id, 'duplicate source id');
      sources.set(source.id, source);
    }
  }
  const wordlists = validateWordlists(displayPath(join(dir, WORDLISTS_FILE)), readYaml(dir, WORDLISTS_FILE));

  const categories: Category[] = [];
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, string>();
  const categoryFiles = names.filter((f) => f.endsWith('.yml') && !isSourcesFile(f) && f !== WORDLISTS_FILE);
  for (const name of categoryFiles) {
    const file = displayPath(join(dir, name));
    const stem = basename(name, '.yml');
    const { category, entries: rawEntries } = validateCategoryFile(file, stem, readYaml(dir, name));
    categories.push(category);
    rawEntries.forEach((raw, index) => {
      const entry = validateEntry(file, category.id, raw, index);
      const earlier = seen.get(entry.id);
      if (earlier) throw new LexiconError(file, entry.id, `duplicate id (first defined in ${earlier})`);
      seen.set(entry.id, file);
      checkReferences(entry, sources, wordlists);
      entries.push(entry);
    });
  }
  if (entries.length === 0) throw new LexiconError(displayPath(dir), null, 'no category files with entries');
  return { categories, entries, sources, wordlists };
}

function checkReferences(
  entry: LexiconEntry,
  sources: ReadonlyMap<string, Source>,
  wordlists: ReadonlyMap<string, string[]>,
): void {
  for (const id of entry.sources) {
    if (!sources.has(id)) {
      throw new LexiconError(entry.file, entry.id, `unknown source "${id}" (not in ${SOURCES_FILE})`);
    }
  }
  const { context } = entry;
  const lists = [
    ...(context.requires_nearby ?? []).flatMap((c) => c.words),
    ...(context.unless_nearby ?? []).flatMap((c) => c.words),
    ...(context.requires_followed_by ?? []),
    ...(context.unless_followed_by ?? []),
    ...(context.requires_preceded_by ?? []),
    ...(context.unless_preceded_by ?? []),
  ];
  for (const word of lists) {
    if (word.startsWith('@') && !wordlists.has(word.slice(1))) {
      throw new LexiconError(entry.file, entry.id, `unknown word list "${word}" (not in ${WORDLISTS_FILE})`);
    }
  }
}

function readYaml(dir: string, name: string): unknown {
  const path = join(dir, name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(displayPath(path), null, `cannot read: ${(error as Error).message}`);
  }
  try {
    return parseYaml(text, { filename: displayPath(path) });
  } catch (error) {
    throw new LexiconError(displayPath(path), null, `invalid YAML: ${(error as Error).message}`);
  }
}

function displayPath(path: string): string {
  const rel = relative(PACKAGE_ROOT, path);
  return rel.startsWith('..') ? path : rel;
}
