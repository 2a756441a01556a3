// A victim named by a pronoun is named by the phrase it stands for (src/harm/antecedent.ts):
// regression checks on constructed sentences, not accuracy (`npm run eval -- --only real`).

import { analyze } from '../src/analyze';
import type { HarmAnnotation } from '../src/types';

function victimOf(text: string): string | null {
  const analysis = analyze(text);
  const harms = analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
  const primary = harms[analysis.summary.harm?.primary ?? -1];
  if (!primary) throw new Error(`no harm in "${text}"`);
  return primary.victim?.text ?? null;
}

describe('a victim pronoun and its antecedent', () => {
  test.each([
    // an age set off by commas stands for the one named before it
    ['Jon Perry, 33, was arrested after shooting himself in the foot', 'Jon Perry'],
    // a subject pronoun: the nearest phrase for people before it that agrees in number
    ['Police say the 41-year-old walked into a clinic and told staff she had been stabbed', 'the 41-year-old'],
    ['Three Kenyan students were walking home when they were shot', 'Three Kenyan students'],
    // an object pronoun never stands for its own verb's subject
    ['Two Kenyan students were walking home when a gunman fired at them', 'Two Kenyan students'],
    ['Woman says her former coach groped her', 'Woman'],
    // a reflexive stands for a phrase before it
    ['A farmer was treated in hospital after shooting himself in the foot', 'A farmer'],
    // a headline's "self" is a reflexive; its verb before it, read as a plural noun, no phrase's head
    ['Ruritanian prisoner kills self in cell', 'Ruritanian prisoner'],
    ['A farmer shot himself by mistake on Sunday.', 'A farmer'],
    // the phrase after "of" is the one the pronoun agrees with
    ['The family of a shepherd in the valley say he was beaten by settlers', 'a shepherd'],
    // not an ordinal's number the tokeniser split from its letters
    ['The man drove off, but police stopped him near 56th Street where he was arrested', 'The man'],
    // a genitive's possessor, not what is theirs
    ["The nurse's body was found on Sunday, days after she was abducted", 'The nurse'],
    // a name as a verb's subject in running text is a person's; not an agency's capitals, nor for an object's pronoun
    ['Okafor is expected to recover from his wounds, police said', 'Okafor'],
    // an age set off by commas after an object's name stands for the name
    ['Medics rushed Dana Ruiz, 23, to a clinic, where he died', 'Dana Ruiz'],
    ['When EMS arrived, they pronounced him dead at the scene', 'him'],
    // lexical gender: a spokeswoman is no "he"; a security force, a bare name or an indefinite is no antecedent
    ['The spokeswoman said she could not confirm whether he was armed when he was shot', 'he'],
    ['Police said they found the car after he was shot', 'he'],
    // a date's day or year is no one a pronoun stands for
    ['(Filed Monday, March 3, 2015) He was flown to a clinic, where he died.', 'he'],
    // the speaker of a quotation is not whom a pronoun inside it stands for
    ['His uncle said: "He was simply beaten by the guards."', 'He'],
    ['Nobody knows whether she was driving when she was shot', 'she'],
  ])('%s → %s', (text, victim) => {
    expect(victimOf(text)).toBe(victim);
  });
});
