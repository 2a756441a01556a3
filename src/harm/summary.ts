// The harm part of an analysis' summary: counts, agent omission, and each event as
// who → did what → to whom (null where the text does not name it).

import type { Agency, Annotation, HarmAnnotation, HarmSummary } from '../types';

/** Every agency, in the order the summary and the evaluation list them. */
export const AGENCIES: readonly Agency[] = ['active', 'passive-with-agent', 'agentless-passive', 'intransitive', 'nominalization', 'instrument', 'other'];

/**
 * Severity per kind of harm (../shared/guidelines/harm.md, "Primary harm"): death > injury or
 * assault > detention > displacement or destruction. Lower is more severe.
 */
const SEVERITY: Readonly<Record<string, number>> = {
  killing: 0,
  execution: 0,
  shooting: 1,
  wounding: 1,
  beating: 1,
  torture: 1,
  'sexual-violence': 1,
  starvation: 1,
  // an attack on a place with no harm of its own named: below the injuries it caused
  // ("Settlers attack village, injuring five"), above detention
  attack: 1.5,
  // people missing after a disaster, feared dead (implied.ts missingInDisaster): below the injuries told with them
  missing: 1.75,
  arrest: 2,
  abduction: 2,
  // violence named as such ("clashes", "bloodshed", "a violent incident") names no harm to anyone
  // of its own: below the injuries and arrests the text reports with it ("Police arrested 14 after
  // clashes broke out": the arrests; the brief counts clashes only where they report harm)
  violence: 2.5,
  displacement: 3,
  demolition: 3,
};

/**
 * Entries that tell the state the harmed are in ("in stable condition", "remains hospitalized"),
 * not the harm done: after the act of the same severity or an attack told with them ("The victim is in
 * stable condition after being shot": the shooting).
 */
const STATES_OF_THE_HARMED: ReadonlySet<string> = new Set(['critical-condition', 'hospitalise']);
/**
 * How far a state ranks after its severity: past an attack told with it too ("A guard was struck
 * by a brick, then listed as critical": the blow), not past a detention.
 */
const STATE_AFTER = 0.6;

/**
 * Index of the most severe harm, the first of equals, the outlet's own words before quoted
 * ones ("'Massacre': 20 killed in ...": the quoted label is somebody's word); null when none.
 */
export function primaryHarm(events: readonly Pick<HarmAnnotation, 'harm' | 'voice' | 'rule'>[]): number | null {
  const rank = (e: Pick<HarmAnnotation, 'harm' | 'voice' | 'rule'>): number =>
    (SEVERITY[e.harm] ?? 1) + (e.voice === 'quoted' ? 0.25 : 0) + (STATES_OF_THE_HARMED.has(e.rule.slice(e.rule.lastIndexOf('/') + 1)) ? STATE_AFTER : 0);
  let best: number | null = null;
  events.forEach((e, i) => {
    if (best === null || rank(e) < rank(events[best] as HarmAnnotation)) best = i;
  });
  return best;
}

export function harmSummary(annotations: readonly Annotation[]): HarmSummary {
  const events = annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
  const byAgency = {} as Record<Agency, number>;
  for (const a of AGENCIES) byAgency[a] = 0;
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
    primary: primaryHarm(events),
    triples: events.map((e) => ({
      agent: e.agent?.text ?? null,
      event: e.event.text,
      victim: e.victim?.text ?? null,
      agency: e.agency,
      harm: e.harm,
    })),
  };
}
