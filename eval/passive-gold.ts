// Gold passives and by-agents of one UD sentence (UD English EWT conventions):
// a passive verb has Voice=Pass; it is "amod" when prenominal ("the reported reasons"),
// "full" when it has an aux:pass child ("was killed") or is a conjunct sharing the auxiliary
// of a full one ("were arrested and beaten": UD attaches "were" to "arrested" only, and issue 2
// counts the pair as full passives), else "reduced" ("a man shot by police").
// A gold agent is an obl:agent token (head noun of the by-phrase) whose head is a gold passive.
// Agents go with their verbs: those of prenominal participles are neither right nor wrong.

import type { UdSentence, UdToken } from './conllu';

export type GoldClass = 'full' | 'reduced' | 'amod';

export interface GoldPassive {
  start: number;
  end: number;
  form: string;
  class: GoldClass;
}

export interface GoldAgent {
  start: number;
  end: number;
  form: string;
  /** The agent of a prenominal participle ("the [stolen] works by the Nazis"): ignored in scoring, as its verb is. */
  prenominal: boolean;
}

export interface PassiveGold {
  passives: GoldPassive[];
  agents: GoldAgent[];
  /** Passive or agent tokens left out because their form could not be found in the text. */
  unaligned: number;
}

/**
 * "shared": a conjunct sharing the auxiliary of a full passive is full (the default);
 * "literal": only a verb with its own aux:pass child is full, as ../shared/README.md counts.
 */
export type ConjunctRule = 'shared' | 'literal';

export function passiveGold(sentence: UdSentence, conjuncts: ConjunctRule = 'shared'): PassiveGold {
  const passiveIds = new Set(sentence.tokens.filter(isPassive).map((t) => t.id));
  const isAgent = (t: UdToken): boolean => t.deprel === 'obl:agent' && passiveIds.has(t.head);
  const aligned = sentence.tokens.filter((t) => t.start >= 0);
  const unaligned = sentence.tokens.filter((t) => t.start < 0 && (isPassive(t) || isAgent(t))).length;
  const passives = aligned.filter(isPassive).map((verb) => ({
    start: verb.start,
    end: verb.end,
    form: verb.form,
    class: goldClass(verb, sentence.tokens, conjuncts),
  }));
  const prenominalIds = new Set(sentence.tokens.filter((t) => isPassive(t) && t.deprel === 'amod').map((t) => t.id));
  const agents = aligned
    .filter(isAgent)
    .map(({ start, end, form, head }) => ({ start, end, form, prenominal: prenominalIds.has(head) }));
  return { passives, agents, unaligned };
}

function isPassive(token: UdToken): boolean {
  return token.feats['Voice'] === 'Pass';
}

function goldClass(verb: UdToken, tokens: readonly UdToken[], conjuncts: ConjunctRule): GoldClass {
  if (verb.deprel === 'amod') return 'amod';
  if (tokens.some((t) => t.head === verb.id && t.deprel === 'aux:pass')) return 'full';
  if (conjuncts === 'literal') return 'reduced';
  const head = tokens.find((t) => t.id === verb.head);
  const sharesAuxiliary =
    verb.deprel === 'conj' &&
    head !== undefined &&
    isPassive(head) &&
    !tokens.some((t) => t.head === verb.id && OWN_CLAUSE.has(t.deprel));
  return sharesAuxiliary && goldClass(head, tokens, conjuncts) === 'full' ? 'full' : 'reduced';
}

/** A conjunct with one of these has its own clause: "was shot and police fled". */
const OWN_CLAUSE = new Set(['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'cop', 'mark']);
