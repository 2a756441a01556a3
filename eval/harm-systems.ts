// The systems the harm evaluation scores: the harm detector, and two baselines that give
// the figures context — every harm word of the lexicon as an event with no agent, and the
// passive detector alone on harm verbs (what the app showed before harm events).

import { parse, analyze } from '../src/analyze';
import { harmDetector } from '../src/detectors/harm';
import { passiveDetector } from '../src/detectors/passive';
import { defaultHarmMatcher } from '../src/harm';
import type { HarmAnnotation, PassiveAnnotation } from '../src/types';
import type { PredictedEvent } from './harm-score';

export interface HarmSystem {
  name: string;
  description: string;
  run(text: string): PredictedEvent[];
}

export const framingHarm: HarmSystem = {
  name: 'framing',
  description: 'the harm detector (after the passive detector)',
  run: (text) =>
    analyze(text, { detectors: [passiveDetector, harmDetector] })
      .annotations.filter((a): a is HarmAnnotation => a.type === 'harm')
      .map(({ event, harm, agency, agent, victim }) => ({ event, harm, agency, agent, victim })),
};

/** Every harm word, verb or noun, is an event with no agent and no victim; agency guessed from
 * the form: a noun is a nominalization, an -ed/-en participle an agentless passive, else active. */
export const lexiconBaseline: HarmSystem = {
  name: 'lexicon words',
  description: 'every harm verb or noun of the lexicon is an event, agent none',
  run(text) {
    const matcher = defaultHarmMatcher();
    return parse(text).sentences.flatMap((s) =>
      matcher.match(s.tokens).map((m) => {
        const first = s.tokens[m.start];
        const last = s.tokens[m.end - 1];
        if (!first || !last) throw new Error('match outside the sentence');
        const event = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
        const noun = m.entries.every((e) => e.pos === 'noun');
        const participle = matcher.lexicon.verbForms.get(first.lower)?.includes('past') ?? false;
        const agency = noun ? 'nominalization' : participle ? 'agentless-passive' : 'active';
        return { event, harm: m.entries[0]?.harm ?? 'killing', agency, agent: null, victim: null } satisfies PredictedEvent;
      }),
    );
  },
};

/** Passive annotations on harm verbs, as issue 2 left the app: agent from the by-phrase. */
export const passiveBaseline: HarmSystem = {
  name: 'passives on harm verbs',
  description: 'the passive detector alone; a passive whose verb is a harm word is an event',
  run(text) {
    const matcher = defaultHarmMatcher();
    const analysis = analyze(text, { detectors: [passiveDetector] });
    const doc = parse(text);
    const harmStarts = new Map<number, string>();
    for (const s of doc.sentences) {
      for (const m of matcher.match(s.tokens)) {
        const verb = m.entries.find((e) => e.pos === 'verb');
        const token = s.tokens[m.start];
        if (verb && token) harmStarts.set(token.start, verb.harm);
      }
    }
    return analysis.annotations
      .filter((a): a is PassiveAnnotation => a.type === 'passive' && harmStarts.has(a.verb.start))
      .map((p) => ({
        event: p.verb,
        harm: harmStarts.get(p.verb.start) ?? 'killing',
        agency: p.agent ? 'passive-with-agent' : 'agentless-passive',
        agent: p.agent,
        victim: null,
      }));
  },
};

export const HARM_SYSTEMS: readonly HarmSystem[] = [framingHarm, lexiconBaseline, passiveBaseline];
