// Plain words for a harm event's responsibility and victims, as the CLI report and the web
// app show them ("named only as a modifier: “Israeli”"). No markup: callers escape.

import type { HarmAnnotation, Responsibility, ResponsibilityLink, VictimGroup } from '../types';

/** How each link reads, before the party's words. */
export const LINK_WORDS: Readonly<Record<ResponsibilityLink, string>> = {
  grammatical: 'named as the doer',
  modifier: 'named only as a modifier',
  clause: 'named only in another clause',
  none: 'no party named',
};

/** "named only as a modifier: “Israeli”", "no party named". */
export function describeResponsibility(r: Responsibility | undefined): string {
  if (!r || r.link === 'none' || !r.party) return LINK_WORDS.none;
  return `${LINK_WORDS[r.link]}: “${r.party.text}”`;
}

/** "palestinian, child"; null when the text states neither. */
export function describeGroup(g: VictimGroup | undefined): string | null {
  const parts = [g?.nationality, g?.role?.replace('_', ' ')].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(', ') : null;
}

/** "“Three Palestinians” (palestinian, civilian)", "not named (palestinian)". */
export function describeVictims(a: Pick<HarmAnnotation, 'victim' | 'victimGroup'>): string {
  const group = describeGroup(a.victimGroup);
  const who = a.victim ? `“${a.victim.text}”` : 'not named';
  return group ? `${who} (${group})` : who;
}
