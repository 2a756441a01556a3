// Features of the voice classifier: is this participle candidate a passive verb? Shared by
// training (train/train-voice.ts) and detection (passive.ts), so both see the same thing.

import type { Casing } from '../types';
import { lexiconTagsByLikelihood } from '../nlp/tag-lexicon';
import { PSYCH_PARTICIPLES } from '../nlp/grammar/word-lists';
import { finiteVerbAfter, finiteVerbBefore, isHeadline } from './clause';
import type { VerbGroup } from './verb-group';
import type { Word } from './word';
import { SUBJECT_WORDS } from '../nlp/grammar/function-words';
import { CLAUSE_START_TAGS, NOUN_OR_PRONOUN_TAGS, NOUN_PHRASE_TAGS, OBJECT_OPENER_TAGS } from '../nlp/grammar/tags';
import { beforePhraseEndingAt } from '../nlp/grammar/noun-phrase';

const BY_WINDOW = 6;

export function voiceFeatures(words: readonly Word[], i: number, group: VerbGroup, casing: Casing): string[] {
  const w = words[i] as Word;
  const at = (k: number): Word => words[k] ?? { lower: k < 0 ? '<s>' : '</s>', tag: k < 0 ? '<s>' : '</s>' };
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const aux = group.coordinatedWith === null ? group.kind : `${group.distant ? 'distant' : 'coord'}-${group.kind}`;
  const by = hasByAfter(words, i) ? 'by' : 'no-by';
  const gap = group.kind === 'none' ? 0 : Math.max(-1, Math.min(3, i - group.auxiliary));
  const prose = !isHeadline(words);
  return [
    'bias',
    'w ' + w.lower,
    's3 ' + w.lower.slice(-3),
    't ' + w.tag,
    'a ' + aux,
    'a gap ' + aux + ' ' + gap,
    'a w ' + aux + ' ' + w.lower,
    'a t ' + aux + ' ' + w.tag,
    'a by ' + aux + ' ' + by,
    'w by ' + w.lower + ' ' + by,
    'p1 ' + p1.tag,
    'p1w ' + p1.lower,
    'p2 p1 ' + p2.tag + ' ' + p1.tag,
    'n1 ' + n1.tag,
    'n1w ' + n1.lower,
    'n1 n2 ' + n1.tag + ' ' + n2.tag,
    'p1 n1 ' + p1.tag + ' ' + n1.tag,
    'a n1 ' + aux + ' ' + n1.tag,
    'a p1 n1 ' + aux + ' ' + p1.tag + ' ' + n1.tag,
    'w n1 ' + w.lower + ' ' + n1.tag,
    'w n1w ' + w.lower + ' ' + n1.lower,
    'obj ' + aux + ' ' + OBJECT_OPENER_TAGS.has(n1.tag),
    'first ' + aux + ' ' + (i === 0),
    'casing ' + casing + ' ' + aux,
    // A clause with no other finite verb is a main clause ("Troops fired into the crowd.")
    // unless it is a headline, which has no final stop ("Three killed in strike").
    'fin ' + aux + ' ' + finiteVerbBefore(words, i) + ' ' + finiteVerbAfter(words, i) + ' ' + prose,
    'subj ' + aux + ' ' + NOUN_OR_PRONOUN_TAGS.has(p1.tag) + ' ' + prose,
    'np-clause ' + aux + ' ' + subjectOnlyBefore(words, i) + ' ' + finiteVerbAfter(words, i) + ' ' + prose,
    'pron ' + aux + ' ' + (SUBJECT_WORDS.has(p1.lower) ? p1.lower : '-'),
    'psych ' + aux + ' ' + PSYCH_PARTICIPLES.has(w.lower) + ' ' + by,
    // How a word is mostly used, by Brill's lexicon: "interested" JJ/VBD/VBN is mostly an
    // adjective after "be", "killed" VBN/VBD a participle, "started" VBD/VBN a past tense.
    'lex ' + aux + ' ' + lexiconTagsByLikelihood(w.lower),
  ];
}

/** Only a noun phrase between the clause's start and the verb: "US troops there [fired]". */
function subjectOnlyBefore(words: readonly Word[], i: number): boolean {
  const k = beforePhraseEndingAt(words, i, NOUN_PHRASE_TAGS);
  return k < i - 1 && (k < 0 || CLAUSE_START_TAGS.has((words[k] as Word).tag));
}


function hasByAfter(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k <= i + BY_WINDOW && k < words.length; k++) {
    const word = words[k] as Word;
    if (word.lower === 'by') return true;
    if (word.tag === '.' || word.tag.startsWith('VB')) return false;
  }
  return false;
}
