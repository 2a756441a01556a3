// The grammar core (src/nlp/grammar/): one verb-form table read from data, and one name per
// word or tag set across src/.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GrammarDataError } from '../src/nlp/grammar/data';
import { PARTICIPLE_ONLY, canBeParticiple, irregularForms, parseIrregularVerbs } from '../src/nlp/grammar/verb-forms';
import { FORCE_WORDS, isPeopleWord } from '../src/nlp/grammar/people';
import { parseWordList, wordList, wordListPart } from '../src/nlp/grammar/word-lists';
import { verbForms } from '../src/nlp/grammar/inflect';
import { isCreditHyphen } from '../src/nlp/grammar/headline-credit';

describe('the irregular verb table', () => {
  // [form, can it be a past participle, is it nothing else]
  it.each([
    ['beaten', true, true],
    ['slain', true, true],
    ['worn', true, true],
    ['outdone', true, true],
    ['rewritten', true, true],
    ['shot', true, false],
    ['held', true, false],
    ['beat', false, false],
    ['took', false, false],
    ['shoot', false, false],
    ['battle', false, false],
    // -wn only from the table: "strewn", "withdrawn", not a noun in "-down"
    ['strewn', true, true],
    ['withdrawn', true, true],
    ['shutdown', false, false],
  ])('"%s": a participle %s, only a participle %s', (form, can, only) => {
    expect(canBeParticiple(form)).toBe(can);
    expect(PARTICIPLE_ONLY.has(form)).toBe(only);
  });

  it('gives the lexicon every form of an irregular verb, variants included', () => {
    expect(verbForms('hang')).toEqual(expect.arrayContaining(['hang', 'hangs', 'hung', 'hanged', 'hanging']));
    expect(verbForms('slay')).toEqual(expect.arrayContaining(['slew', 'slain']));
    // two syllables stressed on the last: the consonant doubles, which the rules cannot tell
    expect(verbForms('commit')).toEqual(['commit', 'commits', 'committed', 'committing']);
    expect(irregularForms('kill')).toBeNull();
    expect(verbForms('kill')).toEqual(['kill', 'kills', 'killed', 'killing']);
  });

  it.each([
    [{ verbs: [['go', 'goes', 'went', 'gone']] }, /row 1: expected \[base, third, past, participle, ing\]/],
    [{ verbs: [['go', 'goes', 'Went', 'gone', 'going']] }, /row 1: each cell is a lower-case word/],
    [{ verbs: [['go', 'goes', 'went', 'gone', 'going'], ['go', 'goes', 'went', 'gone', 'going']] }, /row 2: "go" is listed twice/],
    [{ verb: [] }, /expected `verbs:`/],
  ])('rejects a malformed table, naming the file and the row (%#)', (data, message) => {
    expect(() => parseIrregularVerbs(data)).toThrow(GrammarDataError);
    expect(() => parseIrregularVerbs(data)).toThrow(message);
    expect(() => parseIrregularVerbs(data)).toThrow(/^data\/grammar\/irregular-verbs\.yml: /);
  });
});

describe('nouns for people', () => {
  it.each([
    ['civilians', true],
    ['villager', true],
    ['police', true],
    ['journalists', true],
    ['fishermen', true],
    ['houses', false],
    ['strikes', false],
    // WordNet's person senses (data/grammar/people-wordnet.yml), plurals too; not a noun with
    // an animal sense ("tiger": a fierce person in WordNet too) nor one mostly used for things
    ['entrepreneurs', true],
    ['shopkeeper', true],
    ['tigers', false],
    ['computers', false],
    // a compound in -man/-men has three letters before it; a country or a city has fewer
    ['gunmen', true],
    ['yemen', false],
    ['oman', false],
    ['amman', false],
    // a singular in -ist of seven letters or more, as the plural in -ists; not a verb, a list or a church
    ['motorcyclist', true],
    ['persist', false],
    ['playlist', false],
    ['methodist', false],
    // a compound in -man's possessive with its apostrophe dropped, as lower-case headlines write it
    ['linesmans', true],
    // a compound whose last part is a person who keeps, works, dwells or seeks
    ['zookeeper', true],
    ['cave-dwellers', true],
    ['asylum-seekers', true],
  ])('"%s" is a word for people: %s', (word, people) => {
    expect(isPeopleWord(word)).toBe(people);
  });

  it('counts those who use force among people', () => {
    expect(FORCE_WORDS.has('gunmen')).toBe(true);
    expect(FORCE_WORDS.has('villagers')).toBe(false);
  });
});

describe('judgement word lists', () => {
  it('reads a list and the part of it marked `also`', () => {
    expect(wordList('double-object').has('named')).toBe(true);
    expect(wordList('double-object').has('killed')).toBe(false);
    const left = wordListPart('reported-states', 'left-in');
    expect(left.has('paralysed')).toBe(true);
    expect(left.has('missing')).toBe(false);
    expect(wordList('reported-states').has('missing')).toBe(true);
  });

  it.each([
    [{ name: 'other', words: [{ word: 'a', count: null }] }, /expected `name: demo`/],
    [{ name: 'demo', words: [] }, /expected `words:`/],
    [{ name: 'demo', words: [{ word: 'Named', count: null }] }, /entry 1: `word` is a lower-case word/],
    [{ name: 'demo', words: [{ word: 'named' }] }, /entry 1 \("named"\): `count` is "k of n" or null/],
    [{ name: 'demo', words: [{ word: 'named', count: '1 of 2', also: 'left-in' }] }, /`also` is a list of names/],
  ])('rejects a malformed list, naming the file and the entry (%#)', (data, message) => {
    expect(() => parseWordList('demo', data)).toThrow(message);
    expect(() => parseWordList('demo', data)).toThrow(/^data\/grammar\/demo\.yml: /);
  });
});

describe("a headline's credit after a hyphen (isCreditHyphen)", () => {
  /** Hand-tagged words (word/TAG) and the index of the hyphen. */
  const words = (tagged: string): Array<{ lower: string; tag: string }> =>
    tagged.split(' ').map((item) => ({ lower: item.slice(0, item.lastIndexOf('/')).toLowerCase(), tag: item.slice(item.lastIndexOf('/') + 1) }));
  it.each<[string, boolean]>([
    ['Ruritanian/JJ envoy/NN shot/VBN -/HYPH state/NN TV/NN', true],
    ['Two/CD soldiers/NNS killed/VBN -/HYPH army/NN', true],
    ['Freedonia/NNP convoy/NN hit/VBN -/HYPH U.S./NNP military/NN', true],
    ['Rebels/NNS free/VBP nine/CD -/HYPH rights/NNS group/NN "/\'\'', true],
    // a sentence with its stop is no headline
    ['Two/CD soldiers/NNS were/VBD killed/VBN -/HYPH army/NN ./.', false],
    // a name's or a prefix's hyphen ("al-", "anti-"), a compound's second half ("-era")
    ['Rockets/NNS land/VBP near/IN al/NNP -/HYPH Karama/NNP hospital/NN', false],
    ['Ruritania/NNP bans/VBZ anti/JJ -/HYPH government/NN group/NN', false],
    ['Trial/NN of/IN Freedonia/NNP -/HYPH era/NN officials/NNS', false],
    // the last word no source, or too many words after the hyphen
    ['Ruritanian/JJ envoy/NN shot/VBN -/HYPH state/NN visit/NN', false],
    ['Envoy/NN shot/VBN -/HYPH senior/NN Freedonia/NNP army/NN officials/NNS', false],
  ])('%s: %s', (tagged, expected) => {
    const w = words(tagged);
    expect(isCreditHyphen(w, w.findIndex((x) => x.lower === '-'))).toBe(expected);
  });
});

/** Every `const NAME = new Set(` in the .ts files under `dir`, with where it is. */
function setDefinitions(dir: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...setDefinitions(path));
    else if (name.endsWith('.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/\bconst ([A-Z][A-Z0-9_]+)\b[^=\n]*= (?:new Set|setOf)\(/g)) found.push([m[1] as string, path]);
    }
  }
  return found;
}

describe('one name, one set', () => {
  it('defines no word or tag set name twice in src/', () => {
    const where = new Map<string, string[]>();
    for (const [name, path] of setDefinitions(join(__dirname, '..', 'src'))) where.set(name, [...(where.get(name) ?? []), path]);
    const twice = [...where].filter(([, paths]) => paths.length > 1);
    expect(twice).toEqual([]);
  });

  it('finds a name defined twice (the check can fail)', () => {
    const fixture = join(__dirname, 'fixtures', 'grammar-twice');
    const names = setDefinitions(fixture).map(([name]) => name);
    expect(names.filter((n) => n === 'SUBORDINATORS')).toHaveLength(2);
  });
});
