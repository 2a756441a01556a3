// Headline copies of treebank sentences: the auxiliaries of passives, the articles and the
// final stop go; the kept words get offsets into the new text.

import { parseConllu } from '../eval/conllu';
import { headlineCopy } from '../eval/headline-copy';
import { passiveGold } from '../eval/passive-gold';

const CONLLU = `# sent_id = h1
# text = A man was shot by the police.
1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_
2\tman\tman\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_
3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_
4\tshot\tshoot\tVERB\tVBN\tVoice=Pass\t0\troot\t_\t_
5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_
6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_
7\tpolice\tpolice\tNOUN\tNN\t_\t4\tobl:agent\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# sent_id = h2
# text = It should be kept, police said.
1\tIt\tit\tPRON\tPRP\t_\t4\tnsubj:pass\t_\t_
2\tshould\tshould\tAUX\tMD\t_\t4\taux\t_\t_
3\tbe\tbe\tAUX\tVB\t_\t4\taux:pass\t_\t_
4\tkept\tkeep\tVERB\tVBN\tVoice=Pass\t7\tccomp\t_\tSpaceAfter=No
5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_
6\tpolice\tpolice\tNOUN\tNN\t_\t7\tnsubj\t_\t_
7\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_
`;

describe('headlineCopy', () => {
  const [passive, modal] = parseConllu(CONLLU).map(headlineCopy);

  test.each([
    ['a passive loses its auxiliary, the articles and the stop', passive?.text, 'man shot by police'],
    ['a modal keeps its auxiliaries', modal?.text, 'It should be kept, police said'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('kept tokens slice back to their forms, and the gold moves with them', () => {
    for (const sentence of [passive, modal]) {
      for (const token of sentence?.tokens ?? []) expect(sentence?.text.slice(token.start, token.end)).toBe(token.form);
    }
    expect(passiveGold(passive!).passives).toEqual([{ start: 4, end: 8, form: 'shot', class: 'reduced' }]);
    expect(passiveGold(passive!).agents).toEqual([{ start: 12, end: 18, form: 'police', prenominal: false }]);
  });
});
