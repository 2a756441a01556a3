// Headline copies of treebank sentences, for measuring passives the way headlines write them:
// the passive auxiliaries, the articles and the final stop dropped (train/augment.ts's
// headlinese), "A man was shot by police." → "man shot by police". The copy is cut from the
// sentence text itself, so the kept tokens keep their spelling and get new offsets.

import { headlinese } from '../train/augment';
import type { UdSentence, UdToken } from './conllu';

export function headlineCopy(sentence: UdSentence): UdSentence {
  const keptIds = new Set(headlinese(sentence).tokens.map((t) => t.id));
  const aligned = sentence.tokens.filter((t) => t.start >= 0);
  let text = '';
  const tokens: UdToken[] = [];
  aligned.forEach((token, k) => {
    if (!keptIds.has(token.id)) return;
    const start = text.length;
    text += sentence.text.slice(token.start, token.end);
    tokens.push({ ...token, start, end: text.length });
    const next = aligned.slice(k + 1).find((t) => keptIds.has(t.id));
    if (!next) return;
    const gap = sentence.text.slice(token.end, next.start);
    // Between neighbours the gap is the text's own; across a dropped word, one space.
    const neighbour = aligned[k + 1] === next;
    text += neighbour ? gap : /\s/.test(gap) ? ' ' : '';
  });
  return { id: sentence.id, text, tokens };
}
