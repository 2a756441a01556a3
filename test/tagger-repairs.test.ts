// What src/nlp/tagger.ts repairs after the model has tagged a sentence: "us" in a lower-case
// headline (countryUs), a lower-case past tense read inside a name (verbsBetweenNames), "mine" in
// a noun phrase (mineAsNoun), a prefix before its hyphen (prefixesAsModifiers), and a
// closed-class tag the word cannot have (closedClassMember).

import { parse } from '../src/analyze';

function tagOf(text: string, word: string): string | undefined {
  return parse(text).sentences.flatMap((s) => s.tokens).find((t) => t.text === word)?.tag;
}

describe('a lower-case past tense between capitalised names is a verb, in sentence case', () => {
  test.each([
    // the model read "shot" as part of the name
    ["Dade Sheriff's Sgt. Mark Bell shot Jones multiple times.", 'shot', 'VBD'],
    // a noun between names the lexicon never gives as a past tense stays a noun
    ['The Smith family Tuesday said thanks.', 'family', 'NN'],
    // a word the lexicon also knows as a proper noun stays in the name
    ['A mass will be said at Saint Francis de Sales Cathedral.', 'de', 'NNP'],
  ])('%s: %s/%s', (text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('"us" before a noun in a lower-case headline is the United States', () => {
  test.each([
    ['two us marines wounded in kabul blast', 'us', 'NNP'],
    ['war gives us hope, say villagers', 'us', 'PRP'],
  ])('%s: %s/%s', (text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('"mine" in a noun phrase or before a noun is the noun, elsewhere the pronoun', () => {
  test.each([
    ['Gas leak at a gold mine kills six', 'mine', /^NN$/],
    ['Mine flood strands workers for two days', 'Mine', /^NN$/],
    ['Boy loses leg to Soviet-era mine', 'mine', /^NN$/],
    ['Two workers dead in mine blast', 'mine', /^NN$/],
    ['Firm plans to mine the hills for copper', 'mine', /^(PRP|VB)$/],
    ['That decision was mine alone, the minister said', 'mine', /^PRP$/],
    ['A cousin of mine was hurt in the riot', 'mine', /^PRP$/],
  ])('%s: %s/%s', (text, word, tag) => {
    expect(tagOf(text, word)).toMatch(tag);
  });
});

describe('a prefix before its hyphen modifies what follows, as an adjective (stop 77)', () => {
  test.each([
    ['Gunman kills ex-Ruritanian official in Zenda', 'ex', 'JJ'],
    ['Zenda holds foreign pro-Freedonia fighters', 'pro', 'JJ'],
    ['Rights group backs anti-war marchers', 'anti', 'JJ'],
    // (not a word that is more than a prefix)
    ['Guards fired in self-defense, the army said', 'self', 'NN'],
  ])('%s: %s/%s', (text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('a word the tag lexicon never gives a closed-class tag is read as an open class', () => {
  test.each([
    // the model read an unknown plural after a headline's comma as a possessive pronoun (PRP$)
    ['Storm, tsunamis kill more than 90 in Peru', 'tsunamis', /^NN/],
    // a subordinator the lexicon lacks keeps its closed class
    ['Workers, whilst on strike, were attacked by police', 'whilst', /^IN$/],
    // too short to judge: kept as the model read it
    ['Troops to leave the city', 'to', /^TO$/],
  ])('%s: %s', (text, word, tag) => {
    expect(tagOf(text, word)).toMatch(tag);
  });
});
