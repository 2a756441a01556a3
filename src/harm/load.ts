// Loads data/harm/: verbs.yml, nouns.yml (the harm words), causes.yml, places.yml,
// context.yml, wordlists.yml and sources.yml. Validated on load (schema.ts), cached per folder.

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LexiconError } from '../lexicon';
import { loadedOnce } from '../lexicon/cache';
import { wordForms } from '../nlp/grammar/inflect';
import { parsePattern } from '../lexicon/pattern';
import { FORCE_WORDS, PEOPLE_WORDS } from '../nlp/grammar/people';
import { parseYamlData } from '../nlp/yaml-data';
import { DATA_DIR, PACKAGE_ROOT } from '../paths';
import { compiledHarmLexicon } from './compiled';
import { verbFormTable } from './forms';
import { entriesOf, validateNoun, validateSourceIds, validateVerb, wordLists } from './schema';
import type { CauseClass, HarmEntry, HarmLexicon, VerbForm } from './types';

export const HARM_DIR = join(DATA_DIR, 'harm');

const CAUSE_LISTS: ReadonlyArray<[string, CauseClass]> = [
  ['weapons', 'weapon'],
  ['vehicles', 'vehicle'],
  ['attacks', 'attack'],
  ['abstractions', 'abstraction'],
  ['natural', 'natural'],
];

// the shipped folder read back from its compiled form (compiled.ts); another (tests') built from its files
const loadFrom = loadedOnce((dir) => (dir === HARM_DIR ? compiledHarmLexicon(dir, readHarmLexicon) : readHarmLexicon(dir)));

export function loadHarmLexicon(dir: string = HARM_DIR): HarmLexicon {
  return loadFrom(dir);
}

function readHarmLexicon(dir: string): HarmLexicon {
  const read = (name: string): { file: string; data: unknown } => readYaml(dir, name);
  const sourcesFile = read('sources.yml');
  const sources = validateSourceIds(sourcesFile.file, sourcesFile.data);
  const entries: HarmEntry[] = [];
  const seen = new Set<string>();
  for (const [name, validate] of [['verbs.yml', validateVerb], ['nouns.yml', validateNoun]] as const) {
    const { file, data } = read(name);
    for (const raw of entriesOf(file, data)) {
      const entry = validate(file, raw, sources);
      const key = `${entry.pos}:${entry.id}`;
      if (seen.has(key)) throw new LexiconError(file, entry.id, 'duplicate id');
      seen.add(key);
      entries.push(entry);
    }
  }
  // each pattern parsed and inflected once, though three sets below read its words (issue 15, start-up)
  const singleWords = memoized(oneWordWordings);
  const causeFile = read('causes.yml');
  const causeLists = wordLists(causeFile.file, causeFile.data, CAUSE_LISTS.map(([name]) => name));
  const causes = new Map<string, CauseClass>();
  for (const [name, cls] of CAUSE_LISTS) for (const w of nouns(causeLists.get(name) ?? [])) causes.set(w, cls);
  const listFile = read('wordlists.yml');
  const lists = new Map([...wordLists(listFile.file, listFile.data, null)].map(([name, words]) => [name, new Set(words.flatMap(wordForms))]));
  // diseases by name are natural causes (wordlists.yml diseases)
  for (const w of lists.get('diseases') ?? []) if (!causes.has(w)) causes.set(w, 'natural');
  for (const entry of entries) {
    if (entry.pos !== 'noun' || !entry.cause) continue;
    for (const w of entry.words.flatMap(singleWords)) if (!causes.has(w)) causes.set(w, entry.cause);
  }
  const placesFile = read('places.yml');
  const places = wordLists(placesFile.file, placesFile.data, ['homes', 'places']);
  const forces = FORCE_WORDS;
  const contextFile = read('context.yml');
  const context = wordLists(contextFile.file, contextFile.data, ['violence']);
  // "leave" and "claim" (result verbs), "destroy" (homes), "strike" (places) and "remain" (in
  // custody) are not words of violence alone.
  const harmWords = entries
    .filter((e) => !(e.pos === 'verb' && e.frame === 'result') && e.victim !== 'home' && e.victim !== 'body-part' && e.victim !== 'place' && e.victim !== 'country' && !(e.victim === 'prisoner' && e.frame === 'intransitive'))
    .flatMap((e) => e.words.flatMap(singleWords));
  const violence = new Set([
    ...nouns(context.get('violence') ?? []),
    // a vehicle or a natural force alone is no sign of violence ("dies on a plane")
    ...[...causes].filter(([, cls]) => cls !== 'natural' && cls !== 'vehicle').map(([w]) => w),
    ...forces,
    ...harmWords,
  ]);
  // (not a state's words, which are no verb: "dead", "in critical condition")
  const verbPatterns = entries.filter((e) => e.pos === 'verb' && e.frame !== 'state').flatMap((e) => e.words);
  // (the verbs that harm only a part of the body are no words of harm alone: "cuts aid", "breaks the law")
  const bodyPartVerbs = verbFormTable(entries.filter((e) => e.pos === 'verb' && e.victim === 'body-part').flatMap((e) => e.words));
  const verbForms = [...verbFormTable(verbPatterns)].filter(([w]) => !bodyPartVerbs.has(w));
  return {
    entries,
    causes,
    people: PEOPLE_WORDS,
    forces,
    homes: new Set(nouns(places.get('homes') ?? [])),
    places: new Set(nouns([...(places.get('homes') ?? []), ...(places.get('places') ?? [])])),
    violence,
    harmNouns: new Set(entries.filter((e) => e.pos === 'noun').flatMap((e) => e.words.flatMap(singleWords))),
    lists,
    verbForms: new Map<string, VerbForm[]>(verbForms.map(([w, set]) => [w, [...set]])),
    bodyPartVerbForms: new Map<string, VerbForm[]>([...bodyPartVerbs].map(([w, set]) => [w, [...set]])),
  };
}

/** "strike~n" → strike, strikes; "fighting" → fighting; both spellings. */
function nouns(words: readonly string[]): string[] {
  return words.flatMap(wordForms);
}

/** `f` with its results kept per argument, for the calls of one load. */
function memoized<T>(f: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined) {
      result = f(key);
      results.set(key, result);
    }
    return result;
  };
}

/** The one-word wordings of an entry's patterns, inflected. */
function oneWordWordings(pattern: string): string[] {
  return parsePattern(pattern)
    .filter((specs) => specs.length === 1)
    .flatMap(([spec]) => (spec ? wordForms(spec.marker ? `${spec.text}~${spec.marker}` : spec.text) : []));
}

/** data/harm/`name` (or another folder's) parsed, with the file's name as errors show it. */
export function readYaml(dir: string, name: string): { file: string; data: unknown } {
  const path = join(dir, name);
  const rel = relative(PACKAGE_ROOT, path);
  const file = rel.startsWith('..') ? path : rel;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(file, null, `cannot read: ${(error as Error).message}`);
  }
  try {
    return { file, data: parseYamlData(text, { filename: file }) };
  } catch (error) {
    throw new LexiconError(file, null, `invalid YAML: ${(error as Error).message}`);
  }
}
