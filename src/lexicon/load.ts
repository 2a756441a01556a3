// Loads data/lexicon/: one YAML file per category, sources.yml and wordlists.yml.
// Validates everything on load (schema.ts), checks references across files, caches per folder;
// a shipped folder's lexicon as validated is kept in .cache/ for the next process (compiled.ts).

import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseYaml } from '../nlp/yaml-data';
import { DATA_DIR, PACKAGE_ROOT } from '../paths';
import { loadedOnce } from './cache';
import { compiledKey, readCompiled, writeCompiled } from './compiled';
import { LexiconError, validateCategoryFile, validateEntry, validateSources, validateWordlists } from './schema';
import type { Category, Lexicon, LexiconEntry, Source } from './types';
import { expansionsOf, phrasePattern, primeExpansions } from './words';

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

/** The shipped folders, whose compiled form is kept between processes (compiled.ts). */
const KEPT = new Set([LEXICON_DIR, join(LEXICON_DIR, 'ar')]);

function readLexicon(dir: string): Lexicon {
  const names = readdirSync(dir).sort();
  const texts = names.filter((n) => n.endsWith('.yml')).map((n) => [n, readText(dir, n)] as const);
  const key = KEPT.has(dir) ? compiledKey(texts) : null;
  const compiled = key ? readCompiled(dir, key) : null;
  if (compiled) {
    primeExpansions(compiled.expansions);
    return compiled.lexicon;
  }
  const yaml = new Map(texts.map(([name, text]) => [name, parseText(dir, name, text)]));
  const readYaml = (_dir: string, name: string): unknown => {
    if (!yaml.has(name)) readText(dir, name);
    return yaml.get(name);
  };
  const lexicon = validated(dir, names, readYaml);
  if (key) writeCompiled(dir, { key, lexicon, expansions: dir === LEXICON_DIR ? expansionsOf(patternsOf(lexicon)) : {} });
  return lexicon;
}

/** Every pattern the matcher and the context conditions expand. */
function patternsOf(lexicon: Lexicon): Set<string> {
  const patterns = new Set<string>();
  for (const entry of lexicon.entries) {
    patterns.add(phrasePattern(entry.phrase, entry.inflect));
    for (const v of entry.variants) patterns.add(v);
    const { context } = entry;
    const words = [
      ...(context.requires_nearby ?? []).flatMap((c) => c.words), ...(context.unless_nearby ?? []).flatMap((c) => c.words),
      ...(context.requires_followed_by ?? []), ...(context.unless_followed_by ?? []),
      ...(context.requires_preceded_by ?? []), ...(context.unless_preceded_by ?? []),
    ];
    for (const w of words) if (!w.startsWith('@')) patterns.add(w);
  }
  for (const list of lexicon.wordlists.values()) for (const w of list) patterns.add(w);
  return patterns;
}

function validated(dir: string, names: readonly string[], readYaml: (dir: string, name: string) => unknown): Lexicon {
  const sources = new Map<string, Source>();
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

function readText(dir: string, name: string): string {
  const path = join(dir, name);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(displayPath(path), null, `cannot read: ${(error as Error).message}`);
  }
}

function parseText(dir: string, name: string, text: string): unknown {
  const path = join(dir, name);
  try {
    // the core schema reads 2025-03-08 as text, not a Date, so the compiled copy reads the same
    return parseYaml(text, { filename: displayPath(path), core: true });
  } catch (error) {
    throw new LexiconError(displayPath(path), null, `invalid YAML: ${(error as Error).message}`);
  }
}

function displayPath(path: string): string {
  const rel = relative(PACKAGE_ROOT, path);
  return rel.startsWith('..') ? path : rel;
}
