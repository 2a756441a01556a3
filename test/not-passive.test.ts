// The rules that rule a participle out as a passive, on hand-tagged words (word/TAG), so each
// rule is tested apart from the tagger. The participle is the word in [brackets].

import { notPassive } from '../src/detectors/not-passive';
import type { Word } from '../src/detectors/verb-group';

function parse(tagged: string): { words: Word[]; i: number } {
  let i = -1;
  const words = tagged.split(' ').map((item, k) => {
    const bracketed = item.startsWith('[');
    if (bracketed) i = k;
    const [form, tag] = item.replace(/^\[|\]$/g, '').split('/') as [string, string];
    return { lower: form.toLowerCase(), tag };
  });
  return { words, i };
}

describe('not-passive rules', () => {
  test.each<[string, string | undefined]>([
    ['the/DT [reported/VBN] reasons/NNS', 'prenominal'],
    ['They/PRP [killed/VBD] him/PRP', 'subject-pronoun'],
    ['NASA/NNP said/VBD ,/, it/PRP [announced/VBD] this/DT week/NN ./.', 'subject-pronoun'],
    ['Police/NNS [killed/VBN] two/CD men/NNS', 'direct-object'],
    ['Witnesses/NNS said/VBD officers/NNS [fired/VBN] without/IN warning/NN', 'reported-clause-subject'],
    ['The/DT US/NNP troops/NNS [fired/VBN] into/IN the/DT crowd/NN ,/, killing/VBG 4/CD ./.', 'main-clause-verb'],
    ['Oil/NN companies/NNS [evacuated/VBN] facilities/NNS as/IN the/DT storm/NN kept/VBD markets/NNS on/IN edge/NN ./.', 'main-clause-verb'],
    ['As/IN of/IN 2005/CD ,/, my/PRP$ income/NN [changed/VBN] from/IN Mozilla/NNP ./.', 'main-clause-verb'],
    // not ruled out: left to the voice classifier
    ['it/PRP was/VBD found/VBN it/PRP [abandoned/VBN] ./.', undefined],
    ['Hundreds/NNS [killed/VBN] ./.', undefined],
    ['Site/NN [made/VBN] !/.', undefined],
    ['Troops/NNS [fired/VBN] into/IN the/DT crowd/NN', undefined],
    ['The/DT man/NN [shot/VBN] in/IN the/DT raid/NN died/VBD ./.', undefined],
    ['The/DT man/NN [shot/VBN] in/IN the/DT raid/NN that/WDT killed/VBD five/CD died/VBD ./.', undefined],
    ['Passport/NN [needed/VBN] for/IN a/DT cruise/NN ?/.', undefined],
    ['The/DT man/NN [shot/VBN] by/IN police/NN died/VBD ./.', undefined],
    ['Israel/NNP says/VBZ 3/CD militants/NNS [killed/VBN] in/IN raid/NN', undefined],
    ['Witnesses/NNS say/VBP protesters/NNS [shot/VBN] by/IN police/NN', undefined],
    ['Police/NNS say/VBP man/NN [found/VBN] dead/JJ in/IN river/NN', undefined],
  ])('%s → %s', (tagged, rule) => {
    const { words, i } = parse(tagged);
    expect(notPassive(words, i)?.id).toBe(rule);
  });
});
