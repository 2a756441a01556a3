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

/**
 * Where `writeVoiceFeatures` puts each feature: a name and up to four values, the feature
 * being all of them joined by spaces ("a gap be 1"). Training keeps the strings
 * (`voiceFeatures`); detection hashes them as they come (voice-model.ts), with no string made.
 */
export interface VoiceFeatureSink {
  add(name: string, a?: string, b?: string, c?: string, d?: string): void;
}

/** The features of the candidate at word i, as strings. */
export function voiceFeatures(words: readonly Word[], i: number, group: VerbGroup, casing: Casing): string[] {
  const out: string[] = [];
  const join = (...parts: Array<string | undefined>): string => parts.filter((p) => p !== undefined).join(' ');
  writeVoiceFeatures(words, i, group, casing, { add: (name, a, b, c, d) => void out.push(join(name, a, b, c, d)) });
  return out;
}

export function writeVoiceFeatures(words: readonly Word[], i: number, group: VerbGroup, casing: Casing, f: VoiceFeatureSink): void {
  const w = words[i] as Word;
  const at = (k: number): Word => words[k] ?? { lower: k < 0 ? '<s>' : '</s>', tag: k < 0 ? '<s>' : '</s>' };
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const aux = group.coordinatedWith === null ? group.kind : `${group.distant ? 'distant' : 'coord'}-${group.kind}`;
  const by = hasByAfter(words, i) ? 'by' : 'no-by';
  const gap = group.kind === 'none' ? 0 : Math.max(-1, Math.min(3, i - group.auxiliary));
  const prose = String(!isHeadline(words));
  f.add('bias');
  f.add('w', w.lower);
  f.add('s3', w.lower.slice(-3));
  f.add('t', w.tag);
  f.add('a', aux);
  f.add('a gap', aux, String(gap));
  f.add('a w', aux, w.lower);
  f.add('a t', aux, w.tag);
  f.add('a by', aux, by);
  f.add('w by', w.lower, by);
  f.add('p1', p1.tag);
  f.add('p1w', p1.lower);
  f.add('p2 p1', p2.tag, p1.tag);
  f.add('n1', n1.tag);
  f.add('n1w', n1.lower);
  f.add('n1 n2', n1.tag, n2.tag);
  f.add('p1 n1', p1.tag, n1.tag);
  f.add('a n1', aux, n1.tag);
  f.add('a p1 n1', aux, p1.tag, n1.tag);
  f.add('w n1', w.lower, n1.tag);
  f.add('w n1w', w.lower, n1.lower);
  f.add('obj', aux, String(OBJECT_OPENER_TAGS.has(n1.tag)));
  f.add('first', aux, String(i === 0));
  f.add('casing', casing, aux);
  // A clause with no other finite verb is a main clause ("Troops fired into the crowd.")
  // unless it is a headline, which has no final stop ("Three killed in strike").
  const after = String(finiteVerbAfter(words, i));
  f.add('fin', aux, String(finiteVerbBefore(words, i)), after, prose);
  f.add('subj', aux, String(NOUN_OR_PRONOUN_TAGS.has(p1.tag)), prose);
  f.add('np-clause', aux, String(subjectOnlyBefore(words, i)), after, prose);
  f.add('pron', aux, SUBJECT_WORDS.has(p1.lower) ? p1.lower : '-');
  f.add('psych', aux, String(PSYCH_PARTICIPLES.has(w.lower)), by);
  // How a word is mostly used, by Brill's lexicon: "interested" JJ/VBD/VBN is mostly an
  // adjective after "be", "killed" VBN/VBD a participle, "started" VBD/VBN a past tense.
  f.add('lex', aux, lexiconTagsByLikelihood(w.lower));
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
