// False positives and negatives of one system on UD English EWT (full + reduced, agents, forms).

import type { UdSentence } from './conllu';
import { errorList, mark } from './errors';
import { formAgrees, formPairs, judgeAgents, judgePassives, type SentenceResult } from './score';

export function ewtErrors(sentences: readonly UdSentence[], results: readonly SentenceResult[], n: number): string[] {
  const fp: string[] = [];
  const fn: string[] = [];
  const agentFp: string[] = [];
  const agentFn: string[] = [];
  const form: string[] = [];
  results.forEach((result, i) => {
    const { id, text } = sentences[i] as UdSentence;
    const passives = judgePassives(result, 'all');
    const agents = judgeAgents(result);
    for (const p of passives.predicted) if (p.verdict === 'fp') fp.push(`${id}: ${mark(text, [p.item.verb])}`);
    for (const g of passives.gold) if (!g.found) fn.push(`${g.item.class} ${id}: ${mark(text, [g.item])}`);
    for (const p of agents.predicted) if (p.verdict === 'fp') agentFp.push(`${id}: ${mark(text, [p.item])}`);
    for (const g of agents.gold) if (!g.found) agentFn.push(`${id}: ${mark(text, [g.item])}`);
    for (const pair of formPairs(result)) {
      if (!formAgrees(pair.form, pair.gold)) {
        form.push(`${pair.gold.class} as ${pair.form} ${id}: ${mark(text, [pair.prediction.verb])}`);
      }
    }
  });
  return [
    ...errorList('False positives, passive verb', fp, n),
    ...errorList('False negatives, passive verb', fn, n),
    ...errorList('False positives, agent', agentFp, n),
    ...errorList('False negatives, agent', agentFn, n),
    ...errorList('Wrong form', form, n),
  ];
}
