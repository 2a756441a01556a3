// The harm part of an analysis' summary: counts, agent omission, and each event as
// who → did what → to whom (null where the text does not name it).

import type { Agency, Annotation, HarmAnnotation, HarmSummary } from '../types';

/** Every agency, in the order the summary and the evaluation list them. */
export const AGENCIES: readonly Agency[] = ['active', 'passive-with-agent', 'agentless-passive', 'intransitive', 'nominalization', 'instrument'];

export function harmSummary(annotations: readonly Annotation[]): HarmSummary {
  const events = annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
  const byAgency = Object.fromEntries(AGENCIES.map((a) => [a, 0])) as Record<Agency, number>;
  const byHarm: Record<string, number> = {};
  for (const e of events) {
    byAgency[e.agency]++;
    byHarm[e.harm] = (byHarm[e.harm] ?? 0) + 1;
  }
  const agentNamed = events.filter((e) => e.agent !== null).length;
  return {
    events: events.length,
    agentNamed,
    agentOmitted: events.length - agentNamed,
    byAgency,
    byHarm,
    triples: events.map((e) => ({
      agent: e.agent?.text ?? null,
      event: e.event.text,
      victim: e.victim?.text ?? null,
      agency: e.agency,
      harm: e.harm,
    })),
  };
}
