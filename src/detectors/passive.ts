// Passive voice: full ("were shot", "has been destroyed", "should not be lost"), get ("got
// fired"), coordinated ("were arrested and beaten") and reduced ("Hundreds killed as ...",
// "a policy aimed at ..."). The tagger proposes participles, the voice classifier decides
// which are passive, and the verb group says which form: an auxiliary "be" makes it full,
// "get" a get-passive, none a reduced passive. Rules decide first where they can:
// not-passive.ts rules participles out, must-be-passive.ts rules them in.

import type { Detector, Document, PassiveAnnotation, PassiveForm, Span, TaggedSentence, Token } from '../types';
import { findByAgent, spanOf } from './by-agent';
import { mustBePassive } from './must-be-passive';
import { conjunctWithOwnObject, earlierInList, isParticipleCandidate, verbGroupOf, type VerbGroup } from './verb-group';
import { defaultVoiceModel } from './voice-model';
import { INCORPORATED_NOUNS, VERB_PREFIXES } from '../nlp/grammar/function-words';

export const passiveDetector: Detector = {
  id: 'passive',
  detect: (doc: Document) => doc.sentences.flatMap((s) => passivesIn(s, doc.text)),
};

interface Found {
  verb: number;
  group: VerbGroup;
  agent: Span | null;
  /** The rule or model that decided it (the annotation's `rule`), and the model's margin. */
  rule: string;
  score?: number;
}

function passivesIn(sentence: TaggedSentence, text: string): PassiveAnnotation[] {
  const tokens = sentence.tokens;
  const model = defaultVoiceModel();
  const found: Found[] = [];
  tokens.forEach((_, i) => {
    if (!isParticipleCandidate(tokens, i, sentence.casing)) return;
    const group = verbGroupOf(tokens, i);
    // decided before the classifier, which trains on every candidate
    if (conjunctWithOwnObject(tokens, i, group)) return;
    const must = mustBePassive(tokens, i, group);
    const margin = must ? 0 : model.marginAt(tokens, i, group, sentence.casing) - model.threshold;
    if (!must && !(margin > 0)) return;
    const decided = must ? { rule: `passive/must/${must.id}` } : { rule: 'passive/model', score: Number(margin.toFixed(3)) };
    const agent = findByAgent(sentence, i, text);
    const earlier = group.kind === 'none' ? earlierInList(tokens, i, sentence.casing) : -1;
    // "Hospital staff threatened, assaulted in raid": the list shares the passive.
    if (earlier >= 0 && !found.some((f) => f.verb === earlier)) found.push({ verb: earlier, group: verbGroupOf(tokens, earlier), agent, rule: 'passive/list' });
    found.push({ verb: i, group, agent, ...decided });
    if (agent) shareAgentBackwards(found, group.coordinatedWith, agent);
  });
  return found.map((f) => annotation(f, tokens, text));
}

/** "were arrested and beaten by police": the agent after the last conjunct is everyone's. */
function shareAgentBackwards(found: Found[], link: number | null, agent: Span): void {
  for (let verb = link; verb !== null; ) {
    const earlier = found.find((f) => f.verb === verb);
    if (!earlier || earlier.agent) return;
    earlier.agent = agent;
    verb = earlier.group.coordinatedWith;
  }
}

function formOf(group: VerbGroup): PassiveForm {
  if (group.kind === 'be') return 'full';
  if (group.kind === 'get') return 'get';
  return 'reduced';
}

function annotation(f: Found, tokens: readonly Token[], text: string): PassiveAnnotation {
  const form = formOf(f.group);
  const participle = withPrefix(tokens, f.verb);
  // The whole verb group ("were not shot"), but a coordinated participle stands alone.
  const auxiliary = form === 'reduced' || f.group.coordinatedWith !== null ? participle : (tokens[f.group.auxiliary] as Token);
  const phrase = auxiliary.start <= participle.start ? spanOf(auxiliary, participle, text) : spanOf(participle, auxiliary, text);
  const verb = spanOf(participle, participle, text);
  return { type: 'passive', rule: f.rule, form, ...phrase, verb, agent: f.agent, ...(f.score === undefined ? {} : { score: f.score }),
    explanation: explain(form, phrase, f.agent) };
}

/** The participle with a prefix hyphened to it ("Merkel Re-Elected": "Re-Elected", not "Elected"; "gang-raped"). */
function withPrefix(tokens: readonly Token[], i: number): Token {
  const participle = tokens[i] as Token;
  const hyphen = tokens[i - 1];
  const prefix = tokens[i - 2];
  if (!hyphen || !prefix || hyphen.text !== '-' || hyphen.end !== participle.start || prefix.end !== hyphen.start || !(VERB_PREFIXES.has(prefix.lower) || INCORPORATED_NOUNS.has(prefix.lower))) return participle;
  return { ...participle, start: prefix.start };
}

function explain(form: PassiveForm, phrase: Span, agent: Span | null): string {
  const kind =
    form === 'reduced'
      ? `Reduced passive “${phrase.text}” (a participle with no auxiliary, as in headlines)`
      : form === 'get'
        ? `Get-passive “${phrase.text}”`
        : `Passive “${phrase.text}”`;
  return agent
    ? `${kind}: the doer is named after the verb, “by ${agent.text}”.`
    : `${kind} with no agent: the sentence does not say who did it.`;
}
