// The harm lexicon (data/harm/*.yml): the shipped data loads, refuses malformed files with a
// message naming file and entry, inflects its words, and the matcher reads sentences.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../src/analyze';
import { HARM_DIR, HarmMatcher, loadHarmLexicon } from '../src/harm';
import { formsOf } from '../src/harm/forms';
import { loadGroups } from '../src/harm/groups';
import { isPeopleWord } from '../src/nlp/grammar/people';
import { lexiconTagsByLikelihood } from '../src/nlp/tag-lexicon';
import { expandPattern } from '../src/lexicon/words';

const lexicon = loadHarmLexicon();

describe('the shipped lexicon', () => {
  test('every noun of a victim role (groups.yml roles) is a word for people, so victims so named are found', () => {
    const notPeople = [...loadGroups().roles.byFirst.values()]
      .flat()
      .map(({ words }) => words[words.length - 1] as string)
      .filter((head) => lexiconTagsByLikelihood(head).startsWith('NN') && !isPeopleWord(head));
    expect(notPeople).toEqual([]);
  });

  test('has verbs and nouns for every kind of harm in issue 3', () => {
    const kinds = new Set(lexicon.entries.flatMap((e) => (e.pos === 'verb' && e.frame === 'result' ? [...e.results.values()] : [e.harm])));
    for (const kind of ['killing', 'shooting', 'wounding', 'beating', 'arrest', 'abduction', 'torture', 'execution', 'displacement', 'demolition', 'starvation', 'violence']) {
      expect(kinds).toContain(kind);
    }
  });

  test.each([
    ['killed', ['past']],
    ['kills', ['present']],
    ['kill', ['base']],
    ['killing', ['ing']],
    ['shot', ['past']],
    ['beaten', ['past']],
    ['hurt', ['base', 'past']],
    ['kidnapped', ['past']],
    ['expelled', ['past']],
  ])('verb form of "%s"', (word, forms) => {
    expect(lexicon.verbForms.get(word)).toEqual(forms);
  });

  test.each([
    ['strikes', 'attack'],
    ['airstrike', 'attack'],
    ['shrapnel', 'weapon'],
    ['shooting', 'attack'],
    ['clashes', 'abstraction'],
    ['fighting', 'abstraction'],
    ['storm', 'natural'],
  ])('cause class of "%s"', (word, cls) => {
    expect(lexicon.causes.get(word)).toBe(cls);
  });

  // every process puts every wording into the matcher's trie: an optional word in a long
  // pattern multiplies them (fire-weapon-at once expanded to 7,392, 40 ms of each start)
  test('no entry expands to more than 2,000 wordings', () => {
    const sizes = lexicon.entries.map((e) => [e.id, e.words.reduce((n, w) => n + expandPattern(w).length, 0)] as const);
    expect(sizes.filter(([, n]) => n > 2000)).toEqual([]);
  });

  test('people, forces and homes', () => {
    expect(lexicon.people.has('villagers')).toBe(true);
    expect(lexicon.people.has('police')).toBe(true); // forces are people too
    expect(lexicon.forces.has('gunmen')).toBe(true);
    expect(lexicon.forces.has('villagers')).toBe(false);
    expect(lexicon.homes.has('homes')).toBe(true);
    expect(lexicon.violence.has('troops')).toBe(true);
    expect(lexicon.violence.has('leaves')).toBe(false); // a result verb is no sign of violence
  });
});

describe('formsOf', () => {
  test.each([
    ['killed', 'kill', ['past']],
    ['kill', 'kill', ['base']],
    ['hit', 'hit', ['base', 'past']],
    ['slain', null, ['base', 'past']],
    ['kidnaps', null, ['present']],
  ])('%s (from %s)', (word, base, forms) => {
    expect(formsOf(word, base)).toEqual(forms);
  });
});

describe('the matcher', () => {
  const matcher = new HarmMatcher(lexicon);
  const read = (text: string): string[][] => {
    const tokens = parse(text).sentences[0]?.tokens ?? [];
    return matcher.match(tokens).map((m) => [tokens.slice(m.start, m.end).map((t) => t.text).join(' '), ...m.entries.map((e) => `${e.pos}:${e.id}`)]);
  };

  test.each([
    ['Soldiers opened fire on protesters', [['opened fire on', 'verb:open-fire']]],
    ['Three people lost their lives', [['lost their lives', 'verb:lose-life']]],
    ['the killing of three journalists', [['killing', 'verb:kill', 'noun:killing']]],
    ['DOZENS DETAINED', [['DETAINED', 'verb:arrest']]],
    ['Hundreds Were Forced From Their Homes', [['Forced From Their Homes', 'verb:forced-to-flee']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('validation', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'harm-'));
    cpSync(HARM_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, from: string | RegExp, to: string): void => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`nothing to replace in ${file}`);
    writeFileSync(path, edited);
  };

  test.each([
    ['an unknown field', 'verbs.yml', '    frame: transitive\n    victim: person\n    sources: [issue-3, levin-1993, framenet, wordnet]', '    frame: transitive\n    victim: person\n    colour: red\n    sources: [issue-3, levin-1993, framenet, wordnet]', /verbs\.yml: entry "kill": unknown field\(s\) "colour"/],
    ['an unknown source', 'nouns.yml', 'sources: [issue-3, framenet, wordnet]', 'sources: [issue-3, nowhere]', /nouns\.yml: entry "killing": unknown source "nowhere"/],
    ['a bad frame', 'verbs.yml', 'frame: intransitive', 'frame: sideways', /entry "die": "frame" must be one of/],
    ['a bad victim', 'nouns.yml', 'victim: vehicle', 'victim: buildings', /entry "hijacking": "victim" must be one of/],
    ['a pattern that does not parse', 'verbs.yml', 'words: [kill~v, slay~v, slain,', 'words: ["kill~v (slay",', /entry "kill": word "kill~v \(slay": missing "\)"/],
    ['a phrase in a word list', 'causes.yml', '  - shrapnel\n', '  - rubber bullet\n', /causes\.yml: entry "weapons": "rubber bullet": single words only/],
    ['a missing list', 'places.yml', /\nplaces:[\s\S]*$/, '\n', /places\.yml: list "places" is missing/],
    ['a result verb without results', 'verbs.yml', /    results: \{dead[^\n]*\n/, '', /entry "leave-dead": field "results"|"results" must be a mapping/],
    ['invalid YAML', 'nouns.yml', 'entries:', 'entries: [', /nouns\.yml: invalid YAML/],
  ])('refuses %s', (_what, file, from, to, message) => {
    edit(file, from, to);
    expect(() => loadHarmLexicon(dir)).toThrow(message);
  });

  test('a copy of the shipped data loads', () => {
    expect(loadHarmLexicon(dir).entries.length).toBe(lexicon.entries.length);
  });
});
