// The lexicon's word machinery: inflection, spelling variants, the pattern mini-language,
// and the word view that makes hyphenated and spaced spellings meet.

import { nounForms, spellingVariants, verbForms } from '../src/nlp/grammar/inflect';
import { PatternError, parsePattern } from '../src/lexicon/pattern';
import { expandPattern, expandPhrase, normalizeWord, wordView } from '../src/lexicon/words';
import { tokenize } from '../src/nlp/tokenize';
import type { Token } from '../src/types';

const phrases = (sequences: string[][]): string[] => sequences.map((s) => s.join(' ')).sort();

describe('nounForms', () => {
  test.each([
    ['clash', ['clash', 'clashes']],
    ['clashes', ['clash', 'clashes']],
    ['remnants', ['remnant', 'remnants']],
    ['casualty', ['casualties', 'casualty']],
    ['woman', ['woman', 'women']],
    // a noun in -o whose plural takes -es, given in either form (stop 67)
    ['tornado', ['tornado', 'tornadoes']],
    ['volcanoes', ['volcano', 'volcanoes']],
    ['photo', ['photo', 'photos']],
    ['gunmen', ['gunman', 'gunmen']],
    ['flare-up', ['flare-up', 'flare-ups']],
  ])('%s', (word, expected) => {
    expect([...nounForms(word)].sort()).toEqual(expected);
  });
});

describe('verbForms', () => {
  test.each([
    ['neutralize', ['neutralize', 'neutralized', 'neutralizes', 'neutralizing']],
    ['pacify', ['pacified', 'pacifies', 'pacify', 'pacifying']],
    ['perish', ['perish', 'perished', 'perishes', 'perishing']],
    ['mop', ['mop', 'mopped', 'mopping', 'mops']],
    ['take', ['take', 'taken', 'takes', 'taking', 'took']],
    ['lose', ['lose', 'loses', 'losing', 'lost']],
    ['die', ['die', 'died', 'dies', 'dying']],
  ])('%s', (word, expected) => {
    expect([...verbForms(word)].sort()).toEqual(expected);
  });
});

describe('spellingVariants', () => {
  test.each([
    ['neutralized', 'neutralised'],
    ['neutralisation', 'neutralization'],
    ['neighbourhood', 'neighborhood'],
    ['theatre', 'theater'],
    ['defence', 'defense'],
  ])('%s ↔ %s', (a, b) => {
    expect(spellingVariants(a)).toContain(b);
    expect(spellingVariants(b)).toContain(a);
  });
});

describe('parsePattern', () => {
  test('plain words, choices and optional groups', () => {
    const texts = parsePattern('remnant~n of (the)? (assad|al-assad) regime').map((s) => s.map((w) => w.text).join(' '));
    expect(texts.sort()).toEqual([
      'remnant of al-assad regime',
      'remnant of assad regime',
      'remnant of the al-assad regime',
      'remnant of the assad regime',
    ]);
  });

  test('markers attach to words', () => {
    expect(parsePattern('clash~v')).toEqual([[{ text: 'clash', marker: 'v' }]]);
  });

  test('multi-word alternatives and nesting', () => {
    const texts = parsePattern('(did not|never) make it (alive)?').map((s) => s.map((w) => w.text).join(' '));
    expect(texts.sort()).toEqual(['did not make it', 'did not make it alive', 'never make it', 'never make it alive']);
  });

  test.each([
    ['(a|b', 'missing ")"'],
    ['a)', 'unbalanced ")"'],
    ['? a', '"?" must follow a group'],
    ['word~x', 'markers are ~n and ~v'],
    ['@list', 'markers are ~n and ~v'],
    ['()', 'empty pattern'],
  ])('rejects %s', (source, message) => {
    expect(() => parsePattern(source)).toThrow(PatternError);
    expect(() => parsePattern(source)).toThrow(message);
  });

  test('refuses runaway expansion', () => {
    const many = Array.from({ length: 4 }, () => '(a|b|c|d|e|f|g|h|i|j)').join(' ');
    expect(() => parsePattern(many)).toThrow('expands to more than');
  });
});

describe('expandPattern and expandPhrase', () => {
  test('hyphenated words match spaced and closed spellings', () => {
    expect(phrases(expandPattern('non-lethal'))).toEqual(['non lethal', 'nonlethal']);
  });

  test('clitics are split as the tokenizer splits them, and "n\'t" reads as "not"', () => {
    expect(phrases(expandPattern("didn't make it"))).toEqual(['did not make it']);
  });

  test('a noun phrase inflects its last word, a verb phrase its first', () => {
    expect(phrases(expandPhrase('individual violations', 'noun'))).toEqual(['individual violation', 'individual violations']);
    expect(phrases(expandPhrase('lose their lives', 'verb'))).toEqual([
      'lose their lives',
      'loses their lives',
      'losing their lives',
      'lost their lives',
    ]);
  });

  test('British and American spellings both expand', () => {
    expect(phrases(expandPattern('neutralize~v'))).toEqual(
      expect.arrayContaining(['neutralised', 'neutralized', 'neutralising', 'neutralizing']),
    );
  });
});

describe('wordView', () => {
  const tokens = (text: string): Token[] =>
    tokenize(text).map((t) => ({ ...t, lower: t.text.toLowerCase(), tag: 'NN' }));

  test('drops hyphens that join words, keeps other dashes', () => {
    expect(wordView(tokens('an officer-involved shooting')).words).toEqual(['an', 'officer', 'involved', 'shooting']);
    expect(wordView(tokens('al-Assad')).words).toEqual(['al', 'assad']);
    expect(wordView(tokens('the war - and after')).words).toEqual(['the', 'war', '-', 'and', 'after']);
  });

  test('lower-cases and straightens apostrophes', () => {
    expect(wordView(tokens('DIDN’T')).words).toEqual(['did', 'not']);
    expect(normalizeWord('Regime’s')).toBe("regime's");
  });

  test('keeps the tokens behind the words', () => {
    const view = wordView(tokens('Hamas-run ministry'));
    expect(view.tokens.map((t) => t.text)).toEqual(['Hamas', 'run', 'ministry']);
  });
});
