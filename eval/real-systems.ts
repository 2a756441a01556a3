// The systems the real-text evaluation scores: the tool, and the baseline a reader would
// try first, a plain harm-word match (every word of the harm lexicon; nothing named).

import { analyze, parse } from '../src/analyze';
import { defaultHarmMatcher } from '../src/harm';
import type { HarmAnnotation, PassiveAnnotation, Span } from '../src/types';
import type { RealReading } from './real-score';

export interface RealSystem {
  name: string;
  description: string;
  read(text: string): RealReading;
}

export const framingReal: RealSystem = {
  name: 'framing',
  description: 'analyze(): the passive and harm detectors; the primary harm is summary.harm.primary',
  read(text) {
    const analysis = analyze(text);
    const harms = analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
    const passives = analysis.annotations.filter((a): a is PassiveAnnotation => a.type === 'passive');
    const index = analysis.summary.harm?.primary ?? null;
    const p = index === null ? undefined : harms[index];
    return {
      events: harms.map((h) => h.event),
      primary: p
        ? {
            event: p.event,
            device: p.agency,
            agentNamed: p.responsible?.link === 'grammatical',
            link: p.responsible?.link ?? 'none',
            party: p.responsible?.party?.text ?? null,
            victim: p.victim?.text ?? null,
            nationality: p.victimGroup?.nationality ?? null,
            role: p.victimGroup?.role ?? null,
            cause: p.cause ?? 'violence',
          }
        : null,
      passives: passives.map((a) => ({ verb: a.verb, agent: a.agent?.text ?? null })),
    };
  },
};

/** Any harm word of the lexicon reports harm; its first one is the primary, with nothing named. */
export const harmWordBaseline: RealSystem = {
  name: 'harm words',
  description: 'every harm verb or noun of the lexicon is an event (a result verb only with its result word); agent, party and victims never named',
  read(text) {
    const matcher = defaultHarmMatcher();
    const events: Span[] = parse(text).sentences.flatMap((s) =>
      // a result verb ("leave", "take") is a harm word only with its result ("left dead",
      // "taken hostage"), which other entries match; alone it is no harm word
      matcher.match(s.tokens).filter((m) => m.entries.some((e) => !(e.pos === 'verb' && e.frame === 'result'))).map((m) => {
        const first = s.tokens[m.start];
        const last = s.tokens[m.end - 1];
        if (!first || !last) throw new Error('match outside the sentence');
        return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
      }),
    );
    const first = events[0];
    return {
      events,
      primary: first
        ? { event: first, device: 'agentless-passive', agentNamed: false, link: 'none', party: null, victim: null, nationality: null, role: null, cause: 'violence' }
        : null,
      passives: [],
    };
  },
};

export const REAL_SYSTEMS: readonly RealSystem[] = [framingReal, harmWordBaseline];
