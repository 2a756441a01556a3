// The shipped harm lexicon compiled once (issue 15, "data compiled once", as
// src/lexicon/compiled.ts keeps the euphemism lexicon): what load.ts builds from data/harm/ —
// its validated entries and its word sets, inflected — kept in .cache/ under a key of every
// file it is built from, data and code, so that a process reads it back instead of parsing
// and inflecting some 2,000 patterns again (15 MB of garbage, whose collection also copied the
// rest of the start-up's data: 0.45 -> 0.42 s). A cache that cannot be read is skipped, never trusted.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readCacheFile, writeCacheFile } from '../nlp/cache-file';
import { GRAMMAR_DIR } from '../nlp/grammar/data';
import { FORCE_WORDS, PEOPLE_WORDS } from '../nlp/grammar/people';
import type { CauseClass, HarmLexicon, NounEntry, VerbEntry, VerbForm } from './types';

const FILE = 'harm-lexicon.json';

/** The code the lexicon is built with, from this folder (and the grammar's, GRAMMAR_CODE): the harm loaders, the pattern language, the YAML reader. */
const CODE = ['compiled', 'load', 'schema', 'forms', '../lexicon/pattern', '../lexicon/checker', '../nlp/yaml-data'];
const GRAMMAR_CODE = join(__dirname, '..', 'nlp', 'grammar');

/** The lexicon as its file holds it: maps and sets as lists. */
interface Stored {
  key: string;
  entries: Array<NounEntry | (Omit<VerbEntry, 'results'> & { results: Array<[string, string]> })>;
  causes: Array<[string, CauseClass]>;
  homes: string[];
  places: string[];
  harmNouns: string[];
  violence: string[];
  lists: Array<[string, string[]]>;
  verbForms: Array<[string, VerbForm[]]>;
  bodyPartVerbForms: Array<[string, VerbForm[]]>;
}

/** The lexicon of `dir` from the cache when it was built from these very files; else built by `build` and kept. */
export function compiledHarmLexicon(dir: string, build: (dir: string) => HarmLexicon): HarmLexicon {
  const key = keyOf(dir);
  const bytes = readCacheFile(FILE);
  try {
    const stored = bytes && (JSON.parse(bytes.toString('utf8')) as Stored);
    if (stored && stored.key === key) return fromStored(stored);
  } catch {
    // unreadable: built again below
  }
  const lexicon = build(dir);
  writeCacheFile(FILE, JSON.stringify(toStored(key, lexicon)));
  return lexicon;
}

/** A hash of every file the lexicon is built from: data/harm/ and data/grammar/, and the code. */
function keyOf(dir: string): string {
  const ymlIn = (folder: string): string[] => readdirSync(folder).filter((n) => n.endsWith('.yml')).sort().map((n) => join(folder, n));
  const code = [
    ...CODE.map((module) => join(__dirname, `${module}${extname(__filename)}`)),
    ...readdirSync(GRAMMAR_CODE).filter((n) => n.endsWith(extname(__filename))).sort().map((n) => join(GRAMMAR_CODE, n)),
  ];
  const hash = createHash('sha256');
  for (const path of [...code, ...ymlIn(dir), ...ymlIn(GRAMMAR_DIR)]) hash.update(`\u0000${path}\u0000`).update(readFileSync(path));
  return hash.digest('hex');
}

function toStored(key: string, lexicon: HarmLexicon): Stored {
  return {
    key,
    entries: lexicon.entries.map((e) => (e.pos === 'verb' ? { ...e, results: [...e.results] } : e)),
    causes: [...lexicon.causes],
    homes: [...lexicon.homes],
    places: [...lexicon.places],
    harmNouns: [...lexicon.harmNouns],
    violence: [...lexicon.violence],
    lists: [...lexicon.lists].map(([name, words]) => [name, [...words]]),
    verbForms: [...lexicon.verbForms].map(([word, forms]) => [word, [...forms]]),
    bodyPartVerbForms: [...lexicon.bodyPartVerbForms].map(([word, forms]) => [word, [...forms]]),
  };
}

/** The lexicon read back: the same entries, maps and sets, in the same order, as load.ts builds. */
function fromStored(stored: Stored): HarmLexicon {
  return {
    entries: stored.entries.map((e) => (e.pos === 'verb' ? { ...e, results: new Map(e.results) } : e)),
    causes: new Map(stored.causes),
    people: PEOPLE_WORDS,
    forces: FORCE_WORDS,
    homes: new Set(stored.homes),
    places: new Set(stored.places),
    violence: new Set(stored.violence),
    harmNouns: new Set(stored.harmNouns),
    lists: new Map(stored.lists.map(([name, words]) => [name, new Set(words)])),
    verbForms: new Map(stored.verbForms),
    bodyPartVerbForms: new Map(stored.bodyPartVerbForms),
  };
}
