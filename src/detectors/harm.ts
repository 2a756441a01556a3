// Harm events and agent omission (issue 3, docs/harm.md): every report of harm to people
// becomes a `harm` annotation with its event, victim, agent and agency. Reads the passive
// detector's annotations (`earlier`), so it runs after it.

import { type HarmMatcher, defaultHarmMatcher } from '../harm';
import { spanOf } from '../harm/context';
import { harmEventsIn, type FoundEvent } from '../harm/events';
import { explain } from '../harm/explain';
import type { Annotation, Detector, Document, HarmAnnotation, PassiveAnnotation, TaggedSentence } from '../types';

/** A detector over a given matcher (tests use small lexicons); the shipped one is below. */
export function createHarmDetector(matcher: () => HarmMatcher): Detector {
  return {
    id: 'harm',
    detect(doc: Document, earlier: readonly Annotation[]): HarmAnnotation[] {
      const m = matcher();
      const passives = earlier.filter((a): a is PassiveAnnotation => a.type === 'passive').sort((a, b) => a.start - b.start);
      let next = 0;
      return doc.sentences.flatMap((sentence) => {
        while (next < passives.length && (passives[next] as PassiveAnnotation).start < sentence.start) next++;
        const inside: PassiveAnnotation[] = [];
        for (let i = next; i < passives.length && (passives[i] as PassiveAnnotation).start < sentence.end; i++) inside.push(passives[i] as PassiveAnnotation);
        return harmEventsIn(sentence, doc.text, m, inside).map((e) => annotate(doc.text, sentence, e));
      });
    },
  };
}

export const harmDetector: Detector = createHarmDetector(defaultHarmMatcher);

/** The rule id's last part for events with no lexicon entry (src/harm/implied.ts). */
export const IMPLIED = 'implied';

function annotate(text: string, sentence: TaggedSentence, e: FoundEvent): HarmAnnotation {
  const event = spanOf({ tokens: sentence.tokens, text }, e.start, e.end);
  return {
    type: 'harm',
    ...event,
    // the device, then the harm lexicon entry that decided it (docs/harm-entries.md), or
    // "implied" for an attack named with no harm word of its own
    rule: `harm/${e.agency}/${e.entry?.id ?? IMPLIED}`,
    explanation: explain({ entry: e.entry, event, agency: e.agency, agent: e.agent, cause: e.cause }),
    harm: e.harm,
    event,
    victim: e.victim,
    agent: e.agent,
    agency: e.agency,
    cause: e.harmCause,
    responsible: e.responsible,
    victimGroup: e.victimGroup,
  };
}
