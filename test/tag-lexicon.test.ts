// The tag lexicon (src/nlp/tag-lexicon.ts): the shipped file, and lookups on a hand-made one.

import { lexiconAllows, lexiconTags, lexiconTagsByLikelihood, likelihoodOrderOf, tagLexiconOf } from '../src/nlp/tag-lexicon';
import { byLikelihood, completed } from '../train/build-tag-lexicon';

describe('the shipped tag lexicon', () => {
  test.each([
    // [word, tags, why it matters]
    ['denies', 'VBZ', 'a verb only: "Army Denies ..." in Title Case'],
    ['warns', 'VBZ', 'a verb only: "Minister Warns ..."'],
    ['shot', 'NN/VBD/VBN', 'noun, past tense or participle'],
    ['killed', 'VBD/VBN', 'past tense or participle'],
    ['wounded', 'JJ/VBD/VBN', 'completed: Brill lists no past tense'],
    ['stab', 'NN/VB/VBP', 'completed from "stabbed": Brill lists a noun only'],
    ['syria', 'NNP', 'a word the lexicon has only capitalised is found in lower case'],
    ['qwzx', '-', 'an unknown word'],
  ])('%s → %s (%s)', (word, tags) => {
    expect(lexiconTags(word)).toBe(tags);
  });
});

describe('the shipped tag lexicon, the likeliest tag first', () => {
  test.each([
    // [word, tags, why it matters]
    ['dies', 'VBZ/NNS', 'mostly a verb: "Man shot by police dies of wounds"'],
    ['forces', 'NNS/VBZ', 'mostly a noun: "shot by security forces"'],
    ['interested', 'JJ/VBD/VBN', 'mostly an adjective after "be"'],
    ['killed', 'VBN/VBD', 'mostly a participle'],
    ['wounded', 'VBN/JJ/VBD', "Brill's order, then what completion added"],
    ['shot', 'NN/VBD/VBN', 'alphabetical order is already the likeliest first'],
    ['qwzx', '-', 'an unknown word'],
  ])('%s → %s (%s)', (word, tags) => {
    expect(lexiconTagsByLikelihood(word)).toBe(tags);
    // The same tags as the sorted lookup the tagger uses.
    expect(tags.split('/').sort().join('/')).toBe(lexiconTags(word));
  });

  test('byLikelihood keeps the order of Brill and sorts what completion added', () => {
    expect(byLikelihood(['VBN', 'JJ'], new Set(['JJ', 'VBN', 'VBD']))).toBe('VBN/JJ/VBD');
    expect(byLikelihood([], new Set(['VBZ']))).toBe('VBZ');
  });

  test('likelihoodOrderOf falls back to the sorted tags', () => {
    const lookUp = likelihoodOrderOf({ tags: { dies: 'NNS/VBZ', shot: 'NN/VBD/VBN' }, byLikelihood: { dies: 'VBZ/NNS' } });
    expect([lookUp('dies'), lookUp('shot'), lookUp('toString')]).toEqual(['VBZ/NNS', 'NN/VBD/VBN', '-']);
  });
});

test('lexiconAllows: a tag among a word\'s tags, not a part of one', () => {
  expect([lexiconAllows('shot', 'VBN'), lexiconAllows('shot', 'JJ'), lexiconAllows('shot', 'VB'), lexiconAllows('qwzx', 'NN')]).toEqual([true, false, false, false]);
});

describe('tagLexiconOf', () => {
  const lookUp = tagLexiconOf({ tags: { run: 'NN/VB/VBN/VBP' } });

  test.each([
    ['run', 'NN/VB/VBN/VBP'],
    ['Run', '-'],
    // Object's own property names are not entries.
    ['toString', '-'],
    ['constructor', '-'],
    ['__proto__', '-'],
  ])('%s → %s', (word, tags) => {
    expect(lookUp(word)).toBe(tags);
  });
});

describe('completed: inflections the lexicon lacks', () => {
  const lexicon = (entries: Record<string, string>): Map<string, Set<string>> =>
    new Map(Object.entries(entries).map(([w, t]) => [w, new Set(t.split('/'))]));
  const shown = (tags: Map<string, Set<string>>): Record<string, string> =>
    Object.fromEntries([...tags].map(([w, set]) => [w, [...set].sort().join('/')]));

  test.each<[string, Record<string, string>, Record<string, string>]>([
    ['a regular -ed form is past tense and participle', { wounded: 'JJ/VBN' }, { wounded: 'JJ/VBD/VBN' }],
    ['a base form is VB and VBP', { attack: 'NN/VB' }, { attack: 'NN/VB/VBP' }],
    [
      'the stem of a past tense is a verb, with its -s and -ing forms',
      { stab: 'NN', stabbed: 'VBD', stabs: 'NNS', stabbing: 'NN' },
      { stab: 'NN/VB/VBP', stabbed: 'VBD/VBN', stabs: 'NNS/VBZ', stabbing: 'NN/VBG' },
    ],
    ['a stem already a verb wins over a noun', { united: 'VBD', unite: 'VB', unit: 'NN', units: 'NNS' }, { united: 'VBD/VBN', unite: 'VB/VBP', unit: 'NN', units: 'NNS' }],
    ['never a function word', { used: 'VBD', us: 'PRP', use: 'NN' }, { used: 'VBD/VBN', us: 'PRP', use: 'NN/VB/VBP' }],
    ['-ied → -y, -ies', { carried: 'VBD', carry: 'VB', carries: 'NNS' }, { carried: 'VBD/VBN', carry: 'VB/VBP', carries: 'NNS/VBZ' }],
    ['an irregular form keeps its tags', { taken: 'VBN', the: 'DT/VBP' }, { taken: 'VBN', the: 'DT/VBP' }],
  ])('%s', (_why, entries, expected) => {
    const tags = lexicon(entries);
    completed(tags);
    expect(shown(tags)).toEqual(expected);
  });
});
