// Passive voice: full ("were shot", "has been destroyed", "should not be lost"), get ("got
// fired"), coordinated ("were arrested and beaten") and reduced ("Hundreds killed as ...",
// "a policy aimed at ..."). The tagger proposes participles, the voice classifier decides
// which are passive, and the verb group says which form: an auxiliary "be" makes it full,
// "get" a get-passive, none a reduced passive.

import type { Casing, Detector, Document, PassiveAnnotation, PassiveForm, Span, TaggedSentence, Token } from '../types';
import { ADVERB_TAGS, COORDINATORS, OBLIGATORILY_TRANSITIVE } from '../nlp/words';
import { findByAgent, spanOf } from './by-agent';
import { NOUN_TAGS } from './clause';
import { isTransitiveWithoutObject } from './missing-object';
import { isParticipleCandidate, verbGroupOf, type VerbGroup } from './verb-group';
import { voiceFeatures } from './voice-features';
import { defaultVoiceModel } from './voice-model';

export const passiveDetector: Detector = {
  id: 'passive',
  detect: (doc: Document) => doc.sentences.flatMap((s) => passivesIn(s, doc.text)),
};

interface Found {
  verb: number;
  group: VerbGroup;
  agent: Span | null;
}

function passivesIn(sentence: TaggedSentence, text: string): PassiveAnnotation[] {
  const tokens = sentence.tokens;
  const model = defaultVoiceModel();
  const found: Found[] = [];
  tokens.forEach((_, i) => {
    if (!isParticipleCandidate(tokens, i, sentence.casing)) return;
    const group = verbGroupOf(tokens, i);
    if (!mustBePassive(tokens, i, group) && !model.isPassive(voiceFeatures(tokens, i, group, sentence.casing))) return;
    const agent = findByAgent(sentence, i, text);
    const earlier = group.kind === 'none' ? earlierInList(tokens, i, sentence.casing) : -1;
    // "Hospital staff threatened, assaulted in raid": the list shares the passive.
    if (earlier >= 0 && !found.some((f) => f.verb === earlier)) found.push({ verb: earlier, group: verbGroupOf(tokens, earlier), agent });
    found.push({ verb: i, group, agent });
    if (agent) shareAgentBackwards(found, group.coordinatedWith, agent);
  });
  return found.map((f) => annotation(f, tokens, text));
}

/**
 * "threatened, assaulted", "arrested and deported": a participle with no auxiliary right
 * before a coordinator or a comma, and so with no object, that stands in a list with a
 * reduced passive: its index, else -1.
 */
function earlierInList(tokens: readonly Token[], i: number, casing: Casing): number {
  const joiner = previousNonAdverbIndex(tokens, i);
  const word = tokens[joiner]?.lower ?? '';
  if (word !== ',' && !COORDINATORS.has(word)) return -1;
  const j = previousNonAdverbIndex(tokens, joiner);
  if (j < 0 || !isParticipleCandidate(tokens, j, casing) || verbGroupOf(tokens, j).kind !== 'none') return -1;
  return j;
}

function previousNonAdverbIndex(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && ADVERB_TAGS.has((tokens[k] as Token).tag)) k--;
  return k;
}

/**
 * A raising passive ("believed to have been killed"); an obligatorily transitive verb after
 * "be"/"get" ("Protesters were shot.", which the tagger may read as an adjective), or with no
 * auxiliary and no object ("Hundreds killed, ...").
 */
function mustBePassive(tokens: readonly Token[], i: number, group: VerbGroup): boolean {
  if (group.kind !== 'have' && (isRaisingPassive(tokens, i) || isLeftInAState(tokens, i))) return true;
  if (!OBLIGATORILY_TRANSITIVE.has((tokens[i] as Token).lower)) return false;
  // "were arrested and killed two guards": a conjunct may be active; it needs no object to be forced.
  if (group.kind === 'be' || group.kind === 'get') return group.coordinatedWith === null || isTransitiveWithoutObject(tokens, i);
  return group.kind === 'none' && isTransitiveWithoutObject(tokens, i);
}

/**
 * Verbs of saying and believing whose subject, before "to be" or "to have", is what is said
 * or believed, never the sayer: "Dozens believed to have been killed", "a man said to be
 * a commander", "Bush reported to have asked ...". Not verbs that also take an infinitive
 * of their own subject ("expected to win", "claimed to be a doctor", "proved to be false").
 */
const RAISING_PARTICIPLES = new Set(
  `said reported believed thought known considered estimated alleged rumoured rumored
  supposed understood presumed feared deemed reputed held shown proven seen judged`.split(/\s+/),
);

/** "believed to have been killed": a raising passive. */
function isRaisingPassive(tokens: readonly Token[], i: number): boolean {
  const infinitive = tokens[i + 2]?.lower ?? '';
  return RAISING_PARTICIPLES.has((tokens[i] as Token).lower) && tokens[i + 1]?.lower === 'to' && (infinitive === 'be' || infinitive === 'have');
}

/** States of harm that "leave" puts someone in: "Teenager left paralysed", "thousands left homeless". */
const LEFT_IN = new Set(
  `dead paralysed paralyzed homeless stranded injured wounded blind disabled unconscious
  destitute traumatised traumatized orphaned`.split(/\s+/),
);

/**
 * "left paralysed": "leave" in this sense needs an object ("the attack left him paralysed");
 * with the state right after it, none is there. Not "left injured players out": there the
 * state word modifies the object.
 */
function isLeftInAState(tokens: readonly Token[], i: number): boolean {
  if ((tokens[i] as Token).lower !== 'left' || !LEFT_IN.has(tokens[i + 1]?.lower ?? '')) return false;
  return !NOUN_TAGS.has(tokens[i + 2]?.tag ?? '');
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
  const participle = tokens[f.verb] as Token;
  // The whole verb group ("were not shot"), but a coordinated participle stands alone.
  const auxiliary = form === 'reduced' || f.group.coordinatedWith !== null ? participle : (tokens[f.group.auxiliary] as Token);
  const phrase = auxiliary.start <= participle.start ? spanOf(auxiliary, participle, text) : spanOf(participle, auxiliary, text);
  const verb = spanOf(participle, participle, text);
  return { type: 'passive', rule: `passive/${form}`, form, ...phrase, verb, agent: f.agent, explanation: explain(form, phrase, f.agent) };
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
