// A headline's -s verb read as a plural noun, or its plain form read as a singular one, is read as a verb by the harm detector
// (src/harm/headline-verb.ts): regression checks on constructed sentences, not accuracy
// (`npm run eval -- --only real`).

import { parse } from '../src/analyze';
import { withHeadlineVerb } from '../src/harm/headline-verb';

/** The word the harm detector reads as the headline's verb, when it retags one. */
function retagged(text: string): string | null {
  const sentence = parse(text).sentences[0];
  if (!sentence) throw new Error(`no sentence in "${text}"`);
  const read = withHeadlineVerb(sentence);
  const at = read.tokens.findIndex((t, i) => t.tag !== sentence.tokens[i]?.tag);
  return at < 0 ? null : (read.tokens[at]?.text ?? null);
}

describe('a headline verb read as a noun', () => {
  test.each([
    // an -s verb the lexicon lists, or an unlisted one whose stem is a verb, before its object
    ['Israeli military bombs buildings in the city', 'bombs'],
    ['Sudan intensifies daily raids on the camp', 'intensifies'],
    ['Syria death toll from Russian strikes nears 900', 'nears'],
    // the word after it could be the verb itself: the plural is the subject's noun, and
    // the plain form after it, read as a noun, the verb
    ['Israeli forces kill three farmers', 'kill'],
    // an unlisted word whose stem is no verb; a noun's preposition after it
    ['eighth sars victim reported in canada', null],
    ['Settler attacks against farmers by the numbers', null],
    // a participle after its subject is the headline's verb: the -s word is in its adjunct
    ['guard jailed over prison officers death', null],
    // (but one after a word opening a clause of its own is that clause's verb)
    ['Dozens hurt after army shells two villages', 'shells'],
    // a plain form read as a noun after a plural subject, which it agrees with
    ['Spanish police arrest Moroccan teenager in Madrid', 'arrest'],
    ['Kenyan police arrest British tourist', 'arrest'],
    // (a participle the lexicon lists as an adjective opens the object: stop 68)
    ['Italian police bust leading mafia boss', 'bust'],
    // (or before a phrasal verb's particle and its object: stop 67)
    ['Chad hands over seized Sudanese fighters', 'hands'],
    ['Army guns down two gunmen', 'guns'],
    // (not one whose next word could be the verb: "warrant")
    ['Police arrest warrant issued for mayor', null],
    // the subject's plural read as the verb and the verb as a noun: the two swapped back
    ['Kenya floods kill 40 people', 'floods'],
    ['Yemen strikes kill 20 civilians', 'strikes'],
    // an -s verb read as a plural before a past form and a word for people read as an adjective,
    // or before a noun read as a verb and the preposition of its target (stop 67)
    ['Air strike kills wanted militant in the north', 'kills'],
    ['Rebel group claims attack on army post', 'claims'],
    // (not a word for people, the subject of the verb after it: stop 76)
    ['Border guards fire on migrants at the fence', null],
    // a past form read as a participle after its subject pronoun, before its object (stop 77)
    ['Zenda rebels say they bombed Ruritanian rail depot', 'bombed'],
    // (not after an auxiliary, the pronoun its inverted subject; nor before a preposition or "to")
    ['Why have they moved the prisoners', null],
    ['Keep it tuned to the station', null],
    ['Two sisters say they forced to flee', null],
    // (not a verb mostly so, nor before a word mostly a noun)
    ['Ministry drops claim against firm', null],
    ['Army attacks press office', null],
    // a noun opening the headline read as an imperative, and its -s verb as a plural: the noun
    // is the subject (the first word changed is the noun's)
    ['Bomb hits school near the port', 'Bomb'],
    ['Blast hits bus', 'Blast'],
    // (not a word mostly a verb: an imperative it is, or a call)
    ['Stop attacks on aid workers', null],
    ['Protect schools', null],
    // a sentence with a finite verb is left as it is
    ['Police said the strikes hit homes', null],
  ])('%s → %s', (text, word) => {
    expect(retagged(text)).toBe(word);
  });

  test('the tagger\'s own sentence is not changed', () => {
    const sentence = parse('Sudan intensifies daily raids on the camp').sentences[0];
    if (!sentence) throw new Error('no sentence');
    const before = sentence.tokens.map((t) => t.tag).join(' ');
    withHeadlineVerb(sentence);
    expect(sentence.tokens.map((t) => t.tag).join(' ')).toBe(before);
  });
});
