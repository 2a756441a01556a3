// What the summary panel, the comparison table and the corpus page count in one text.

import { describeGroup, describeResponsibility } from '../harm/describe';
import type { Agency, Analysis, Annotation, LexiconSource, ResponsibilityLink } from '../types';
import { httpUrl } from './input';

export interface HarmEventView {
  harm: string;
  /** The agent as the text names it, or null when the text does not say. */
  who: string | null;
  did: string;
  whom: string | null;
  agency: Agency;
  /** "named only as a modifier: “Israeli”" (src/harm/describe.ts). */
  responsibility: string;
  link: ResponsibilityLink;
  /** "palestinian, child", or null when the text states neither. */
  group: string | null;
  /** The document's primary (most severe) harm. */
  primary: boolean;
  /** As for euphemisms: whose words report it, when not the outlet's. */
  voiced: string | null;
}

export interface EuphemismView {
  text: string;
  /** The phrase in English, for a phrase in another language (Arabic). */
  gloss: string | null;
  category: string;
  alternative: string;
  /** The lexicon's sources, linked only when their URL is http(s). */
  sources: { title: string; href: string | null; via: string | null }[];
  contested: boolean;
  /** "quoted from “Officials”", "attributed to “the ministry”", or null for the outlet's own words. */
  voiced: string | null;
  /** The lexicon's note on a well-known use, when the text is about it. */
  case: string | null;
}

export interface TextStats {
  passives: number;
  passivesWithAgent: number;
  agentlessPassives: number;
  events: HarmEventView[];
  eventsNamingAgent: number;
  /** Harm events by how the text links a party to them. */
  byLink: Record<ResponsibilityLink, number>;
  euphemisms: EuphemismView[];
  euphemismsByCategory: Record<string, number>;
  /** Of those, the ones in quotation marks or attributed to a speaker: not the outlet's own words. */
  euphemismsVoicedByOthers: Record<string, number>;
  /** Distinct labels for those causing harm (agents of harm events and passives). */
  agentLabels: string[];
  /** Distinct labels for those harmed. */
  victimLabels: string[];
}

function distinct(labels: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const l of labels) {
    const key = l.trim().toLowerCase();
    if (key && !seen.has(key)) seen.set(key, l.trim());
  }
  return [...seen.values()];
}

function link(source: LexiconSource): { title: string; href: string | null; via: string | null } {
  return { title: source.title, href: httpUrl(source.url)?.href ?? null, via: source.via ?? null };
}

/** Whose words an annotation is in, when not the outlet's own. */
function voicedBy(a: Annotation): string | null {
  if (a.voice !== 'quoted' && a.voice !== 'attributed') return null;
  const who = a.speaker ? ` “${a.speaker.text}”` : '';
  return a.voice === 'quoted' ? `quoted${who ? ` from${who}` : ''}` : `attributed${who ? ` to${who}` : ''}`;
}

export function textStats(analysis: Analysis): TextStats {
  const stats: TextStats = {
    passives: 0, passivesWithAgent: 0, agentlessPassives: 0, events: [], eventsNamingAgent: 0,
    byLink: { grammatical: 0, modifier: 0, clause: 0, none: 0 },
    euphemisms: [], euphemismsByCategory: {}, euphemismsVoicedByOthers: {}, agentLabels: [], victimLabels: [],
  };
  const agents: string[] = [];
  const victims: string[] = [];
  for (const a of analysis.annotations) {
    if (a.type === 'passive') {
      stats.passives++;
      if (a.agent) {
        stats.passivesWithAgent++;
        agents.push(a.agent.text);
      } else stats.agentlessPassives++;
    } else if (a.type === 'harm') {
      // annotations stored before issue 13 have no `responsible`: the agent is the doer
      const responsible = a.responsible ?? { party: a.agent, link: a.agent ? 'grammatical' : 'none' };
      stats.events.push({ harm: a.harm, who: a.agent?.text ?? null, did: a.event.text,
        whom: a.victim?.text ?? null, agency: a.agency, responsibility: describeResponsibility(responsible),
        link: responsible.link, group: describeGroup(a.victimGroup), primary: stats.events.length === analysis.summary.harm?.primary,
        voiced: voicedBy(a) });
      stats.byLink[responsible.link]++;
      if (a.agent) {
        stats.eventsNamingAgent++;
        agents.push(a.agent.text);
      }
      if (a.victim) victims.push(a.victim.text);
    } else {
      stats.euphemisms.push({ text: a.text, gloss: a.gloss ?? null, category: a.category, alternative: a.alternative,
        sources: a.sources.map(link), contested: a.contested, voiced: voicedBy(a), case: a.case ?? null });
      stats.euphemismsByCategory[a.category] = (stats.euphemismsByCategory[a.category] ?? 0) + 1;
      if (a.voice === 'quoted' || a.voice === 'attributed') {
        stats.euphemismsVoicedByOthers[a.category] = (stats.euphemismsVoicedByOthers[a.category] ?? 0) + 1;
      }
    }
  }
  stats.agentLabels = distinct(agents);
  stats.victimLabels = distinct(victims);
  return stats;
}

export interface OutletSummary {
  outlet: string;
  items: number;
  events: number;
  eventsNamingAgent: number;
  agentlessPassives: number;
  euphemisms: number;
}

/** Totals per outlet, sorted by outlet name. */
export function outletSummaries(rows: readonly { outlet: string; stats: TextStats }[]): OutletSummary[] {
  const by = new Map<string, OutletSummary>();
  for (const { outlet, stats } of rows) {
    const s = by.get(outlet) ?? { outlet, items: 0, events: 0, eventsNamingAgent: 0, agentlessPassives: 0, euphemisms: 0 };
    s.items++;
    s.events += stats.events.length;
    s.eventsNamingAgent += stats.eventsNamingAgent;
    s.agentlessPassives += stats.agentlessPassives;
    s.euphemisms += stats.euphemisms.length;
    by.set(outlet, s);
  }
  return [...by.values()].sort((a, b) => a.outlet.localeCompare(b.outlet));
}
