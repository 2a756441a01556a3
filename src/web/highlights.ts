// Turns annotations into what the page highlights: one entry per device shown inline
// (passive with agent, agent omitted, euphemism by category) with its tooltip text.

import type { Agency, Analysis, Annotation, HarmAnnotation, PassiveAnnotation } from '../types';
import { defaultMatcher } from '../lexicon';
import type { Range } from './segments';

export type Device = 'passive' | 'agentless' | 'euphemism';

export interface Highlight extends Range {
  text: string;
  device: Device;
  /** Euphemism category, or null. */
  category: string | null;
  /** Style of the device: "passive", "agentless", "euph-0" ... "euph-5". */
  style: string;
  /** A shape shown after the highlight, so devices differ without colour. */
  marker: string;
  /** Heading of the tooltip: the device, e.g. "Agent omitted: passive". */
  title: string;
  /** Tooltip lines: the detector's explanation, then for euphemisms the plainer wording and sources. */
  details: string[];
}

/**
 * Euphemism category → style index. The index is the category's place in the shipped
 * lexicon (alphabetical), so a category has the same shape and colour on every page and in
 * every column; a category the shipped lexicon lacks comes after them.
 */
export type Palette = ReadonlyMap<string, number>;

/** Colours (CSS .hl-euph-0 ... 5); categories 6 to 11 reuse them with a hollow shape. */
export const EUPHEMISM_STYLES = 6;
const EUPHEMISM_MARKERS = ['◆', '■', '●', '★', '✚', '⬢', '◇', '□', '○', '☆', '✖', '⬡', '✦', '▼', '◐', '✱'];

export const DEVICE_MARKERS = { passive: '△', agentless: '▲' } as const;

let shipped: readonly string[] | null = null;

/** The categories of the analyses, each with its fixed index. */
export function palette(analyses: readonly Analysis[]): Palette {
  shipped ??= defaultMatcher().lexicon.categories.map((c) => c.id).sort();
  const known = shipped;
  const found = new Set<string>();
  for (const a of analyses) for (const n of a.annotations) if (n.type === 'euphemism') found.add(n.category);
  const others = [...found].filter((c) => !known.includes(c)).sort();
  const index = (c: string): number => (known.includes(c) ? known.indexOf(c) : known.length + others.indexOf(c));
  return new Map([...found].sort((a, b) => index(a) - index(b)).map((c) => [c, index(c)]));
}

export function euphemismStyle(category: string, colours: Palette): { style: string; marker: string } {
  const i = colours.get(category) ?? 0;
  return { style: `euph-${i % EUPHEMISM_STYLES}`, marker: EUPHEMISM_MARKERS[i % EUPHEMISM_MARKERS.length] as string };
}

const AGENCY_NOTES: Partial<Record<Agency, string>> = {
  intransitive: 'verb with no doer',
  nominalization: 'the act as a noun',
  instrument: 'a weapon or object as the actor',
  'agentless-passive': 'passive',
};

/** What decided a passive, for the reader who asks why (docs/passive.md lists the rules). */
export function why(a: PassiveAnnotation): string {
  if (a.rule === 'passive/model') return `Why: the voice classifier${a.score === undefined ? '' : ` (margin ${a.score.toFixed(2)})`}.`;
  if (a.rule === 'passive/list') return 'Why: it is listed before another passive participle and shares it.';
  if (a.rule.startsWith('passive/must/')) return `Why: the rule “${a.rule.slice('passive/must/'.length)}”.`;
  return `Why: ${a.rule}.`;
}

/** What decided a harm event: its lexicon entry (docs/harm-entries.md), read with its device. */
export function whyHarm(a: HarmAnnotation): string {
  const [, agency, entry] = a.rule.split('/');
  if (!entry) return `Why: ${a.rule}.`;
  const device = agencyNote((agency ?? a.agency) as Agency);
  if (entry === 'implied') return `Why: an attack named with no harm word of its own, read as ${device}.`;
  return `Why: the harm word list entry “${entry}”, read as ${device}.`;
}

export function agencyNote(agency: Agency): string {
  return AGENCY_NOTES[agency] ?? agency;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "minimising-violence" → "minimising violence". */
export function categoryName(category: string): string {
  return category.replace(/[-_]+/g, ' ');
}

function fromAnnotation(a: Annotation, colours: Palette): Highlight | null {
  const base = { start: a.start, end: a.end, text: a.text, category: null };
  const say = (fallback: string): string => a.explanation || fallback;
  switch (a.type) {
    case 'passive':
      if (a.agent) {
        return { ...base, device: 'passive', style: 'passive', marker: DEVICE_MARKERS.passive,
          title: 'Passive, agent named', details: [say(`“${a.text}”: passive; the agent is “${a.agent.text}”.`), why(a)] };
      }
      return { ...base, device: 'agentless', style: 'agentless', marker: DEVICE_MARKERS.agentless,
        title: 'Agent omitted: passive', details: [say(`“${a.text}”: passive with no agent — who did it is not said.`), why(a)] };
    case 'harm':
      if (a.agent) return null;
      return { ...base, ...a.event, device: 'agentless', style: 'agentless', marker: DEVICE_MARKERS.agentless,
        title: `Agent omitted: ${agencyNote(a.agency)}`, details: [say(`“${a.event.text}”: who did it is not said.`), whyHarm(a)] };
    case 'euphemism': {
      const details = [say(`“${a.text}”: euphemism (${categoryName(a.category)}).`), `Plainer: ${a.alternative}`];
      if (a.gloss) details.unshift(`“${a.text}”: in English, “${a.gloss}”.`);
      const [first, ...more] = a.sources;
      if (first) details.push(`Source: ${first.title}${more.length ? ` (and ${more.length} more)` : ''}`);
      return { ...base, device: 'euphemism', category: a.category, ...euphemismStyle(a.category, colours),
        title: `Euphemism: ${categoryName(a.category)}${a.contested ? ' (contested)' : ''}`, details };
    }
  }
}

/** An agentless harm event on the same words as an agentless passive is shown once. */
function duplicates(h: HarmAnnotation, shown: readonly Highlight[]): boolean {
  return shown.some((s) => s.device === 'agentless' && s.start < h.event.end && h.event.start < s.end);
}

export function highlights(analysis: Analysis, colours: Palette): Highlight[] {
  const shown: Highlight[] = [];
  const harms = analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
  for (const a of analysis.annotations) {
    if (a.type === 'harm') continue;
    const h = fromAnnotation(a, colours);
    if (h) shown.push(h);
  }
  for (const a of harms) {
    const h = duplicates(a, shown) ? null : fromAnnotation(a, colours);
    if (h) shown.push(h);
  }
  return shown.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface LegendEntry {
  style: string;
  marker: string;
  name: string;
  note: string;
}

export function legend(colours: Palette): LegendEntry[] {
  const entries: LegendEntry[] = [
    { style: 'passive', marker: DEVICE_MARKERS.passive, name: 'Passive, agent named', note: '“were shot by police”' },
    { style: 'agentless', marker: DEVICE_MARKERS.agentless, name: 'Agent omitted',
      note: 'passive with no agent, or harm with no doer: “Hundreds killed”, “died”' },
  ];
  const categories = [...colours.keys()];
  if (!categories.length) {
    entries.push({ style: 'euph-0', marker: EUPHEMISM_MARKERS[0] as string, name: 'Euphemism',
      note: 'one shape per category, with a plainer alternative' });
  }
  for (const c of categories) {
    entries.push({ ...euphemismStyle(c, colours), name: `Euphemism: ${categoryName(c)}`, note: '' });
  }
  return entries;
}
