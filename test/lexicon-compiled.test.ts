// The shipped lexicon compiled once (issue 15, "data compiled once"): what a process reads back
// from .cache/ is what parsing the YAML gives, and any change to a data file changes the key.

import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPILED_DIR, compiledKey, readCompiled } from '../src/lexicon/compiled';
import { LEXICON_DIR } from '../src/lexicon/load';

type Loaded = { lexicon: unknown; flags: unknown };

/** A fresh copy of the lexicon modules: loads the lexicon and matches a few sentences. */
function freshLoad(): Loaded {
  let loaded: Loaded | undefined;
  jest.isolateModules(() => {
    const { flaggedAnnotations } = require('../eval/euphemism') as typeof import('../eval/euphemism');
    const { loadLexicon } = require('../src/lexicon') as typeof import('../src/lexicon');
    const lexicon = loadLexicon();
    const texts = ['Officials spoke of individual violations.', 'The regime remnants were neutralised in a clearing operation.'];
    loaded = {
      lexicon: { ...lexicon, sources: [...lexicon.sources], wordlists: [...lexicon.wordlists] },
      flags: texts.map((t) => flaggedAnnotations(t).map((a) => [a.entry, a.start, a.end])),
    };
  });
  return loaded as Loaded;
}

test('the compiled lexicon reads back as the YAML parses, and matches the same', () => {
  const file = join(COMPILED_DIR, 'lexicon-lexicon.json');
  rmSync(file, { force: true });
  const parsed = freshLoad();
  expect(existsSync(file)).toBe(true);
  const fromCache = freshLoad();
  expect(fromCache).toEqual(parsed);
  expect((parsed.flags as unknown[][]).flat().length).toBeGreaterThan(0);
});

test('any change to a data file changes the key, and a stale cache is not read', () => {
  const a = compiledKey([['minimising-violence.yml', 'entries: []']]);
  expect(compiledKey([['minimising-violence.yml', 'entries: [] ']])).not.toBe(a);
  expect(compiledKey([['other.yml', 'entries: []']])).not.toBe(a);
  expect(readCompiled(join(COMPILED_DIR, 'no-such-lexicon'), a)).toBeNull();
});

describe('a compiled lexicon that may not be used is not: the YAML is read, validated and compiled again', () => {
  const file = join(COMPILED_DIR, 'lexicon-lexicon.json');
  const currentKey = (): string =>
    compiledKey(readdirSync(LEXICON_DIR).sort().filter((n) => n.endsWith('.yml')).map((n) => [n, readFileSync(join(LEXICON_DIR, n), 'utf8')] as const));
  /** The cache as compiled now, with its key and first entry changed. */
  const stale = (): string => {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; lexicon: { entries: { explanation: string }[] } };
    stored.key = 'f'.repeat(64);
    stored.lexicon.entries[0]!.explanation = 'changed';
    return JSON.stringify(stored);
  };

  test.each<[string, () => string]>([
    ['stale (compiled from other files or code)', stale],
    ['cut short', () => readFileSync(file, 'utf8').slice(0, 1000)],
    ['not JSON', () => 'nothing compiled here'],
  ])('%s', (_why, spoilt) => {
    const parsed = freshLoad();
    writeFileSync(file, spoilt());
    expect(freshLoad()).toEqual(parsed);
    expect(readCompiled(LEXICON_DIR, currentKey())).not.toBeNull();
  });
});

describe('the harm lexicon\'s expansions kept in .cache/ (primeCompiledExpansions)', () => {
  const file = join(COMPILED_DIR, 'harm-expansions.json');
  /** A fresh copy of the harm modules: the matches of a few sentences' words. */
  const freshMatches = (): unknown => {
    let matches: unknown;
    jest.isolateModules(() => {
      const { defaultHarmMatcher } = require('../src/harm') as typeof import('../src/harm');
      const sentences = [['police', 'opened', 'fire', 'on', 'protesters'], ['two', 'tear', '-', 'gassed'], ['shooting', 'at', 'school']];
      matches = sentences.map((words) => defaultHarmMatcher().match([], words).map((m) => [m.start, m.end, m.entries.map((e) => e.id)]));
    });
    return matches;
  };

  test('written when missing, read back to the same matches', () => {
    rmSync(file, { force: true });
    const expanded = freshMatches();
    expect(existsSync(file)).toBe(true);
    expect(freshMatches()).toEqual(expanded);
    expect(JSON.stringify(expanded)).toContain('open-fire');
  });

  test.each<[string, () => string]>([
    ['stale', () => JSON.stringify({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), key: 'f'.repeat(64), expansions: { 'open~v fire (on|at|upon|into)?': [['x']] } })],
    ['not JSON', () => 'nothing compiled here'],
  ])('%s: expanded again', (_why, spoilt) => {
    const expanded = freshMatches();
    writeFileSync(file, spoilt());
    expect(freshMatches()).toEqual(expanded);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { key: string }).key).not.toBe('f'.repeat(64));
  });
});

test('the harm lexicon compiled in .cache/ reads back as built, in the same order', () => {
  const file = join(COMPILED_DIR, 'harm-lexicon.json');
  /** A fresh copy of the harm modules' lexicon, its maps and sets as lists (order kept). */
  const fresh = (): unknown => {
    let lexicon: unknown;
    jest.isolateModules(() => {
      const { loadHarmLexicon } = require('../src/harm') as typeof import('../src/harm');
      const l = loadHarmLexicon();
      const list = (xs: Iterable<unknown>): unknown[] => [...xs].map((x) => (Array.isArray(x) && x[1] instanceof Set ? [x[0], [...x[1]]] : x));
      lexicon = {
        entries: l.entries.map((e) => (e.pos === 'verb' ? { ...e, results: [...e.results] } : e)),
        ...Object.fromEntries((['causes', 'people', 'forces', 'homes', 'places', 'violence', 'harmNouns', 'lists', 'verbForms'] as const).map((k) => [k, list(l[k])])),
      };
    });
    return lexicon;
  };
  rmSync(file, { force: true });
  const built = fresh();
  expect(existsSync(file)).toBe(true);
  expect(fresh()).toEqual(built);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/"key":"[0-9a-f]+"/, `"key":"${'f'.repeat(64)}"`).replace('"killing"', '"changed"'));
  expect(fresh()).toEqual(built);
});
