// How much of the real-text figures survives a headline's casing (issue 13; stop 48): the real
// gold's headlines written in sentence case, scored as written and recased to Title Case and
// ALL CAPS (eval/recase.ts keeps every character where it was, so each gold span is the
// recased text's at the same place). Title Case hides which words are names and misleads the
// tagger; the independent checks and much general news are in Title Case.

import { tokenize } from '../src/nlp/tokenize';
import { casingOf } from '../src/nlp/sentences';
import { type RealGoldItem, type RealSplit, readRealGold } from './real-gold';
import { emptyCounts, fieldShare, harmPrecision, harmRecall, passiveF1, scoreItem } from './real-score';
import { framingReal } from './real-systems';
import { RECASINGS, type Recasing, recase } from './recase';
import { fmt } from './report';
import { f1 } from './score';
import type { EvalSection, Section } from './section';

/** The item with its text recased and every labelled phrase taken from the same place in it. */
export function recasedItem(item: RealGoldItem, casing: Recasing): RealGoldItem {
  const text = recase(item.text, casing);
  const same = (phrase: string | null): string | null => {
    if (phrase === null) return null;
    const at = item.text.indexOf(phrase);
    return at < 0 ? phrase : text.slice(at, at + phrase.length);
  };
  return {
    ...item,
    text,
    events: item.events.map((e) => same(e) ?? e),
    primary: same(item.primary),
    victim: same(item.victim),
    responsibility: item.responsibility && { ...item.responsibility, party: same(item.responsibility.party) },
    passives: item.passives.map((p) => ({ verb: same(p.verb) ?? p.verb, agent: same(p.agent) })),
  };
}

/** Headlines whose capitals are a sentence's: the ones a recasing changes. */
function inSentenceCase(item: RealGoldItem): boolean {
  return item.kind === 'headline' && casingOf(tokenize(item.text)) === 'sentence' && item.text !== item.text.toLowerCase();
}

export const realRecasedSection: EvalSection = {
  name: 'recased',
  run(): Section {
    const gold = readRealGold();
    const rows: string[][] = [];
    for (const split of ['dev', 'test'] as RealSplit[]) {
      const items = gold.filter((i) => i.split === split && inSentenceCase(i));
      for (const casing of RECASINGS) {
        const c = emptyCounts();
        for (const item of items) {
          const recased = recasedItem(item, casing);
          scoreItem(c, recased, framingReal.read(recased.text));
        }
        const p = harmPrecision(c);
        const r = harmRecall(c);
        rows.push([split, casing, String(items.length), fmt(p), fmt(r), fmt(f1(p, r)), fmt(fieldShare(c, 'link')), fmt(fieldShare(c, 'victim')), fmt(passiveF1(c))]);
      }
    }
    return {
      title: 'Real headlines written in sentence case, recased (eval/data/real/gold.jsonl)',
      notes: [
        'The same headlines as written, in Title Case and in ALL CAPS; the gold spans move with the text. Harm per item; link and victim on items where both find harm; passives per participle.',
      ],
      tables: [{ title: 'framing by casing', head: ['split', 'casing', 'headlines', 'harm P', 'harm R', 'harm F1', 'link', 'victim', 'passive F1'], rows }],
      targets: [],
      errors: [],
    };
  },
};
