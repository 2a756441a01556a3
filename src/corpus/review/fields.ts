// What a reviewer checks of a harm event (issue 18): whether it reports harm at all, its
// device, whether the doer is named, the responsibility link, and the victims' nationality
// and role. The tool's reading and each reviewer's are stored in this shape.

import type { Agency, HarmAnnotation, ResponsibilityLink } from '../../types';

export interface ReviewFields {
  /** Does the highlighted word report harm to people? If not, the other fields are moot. */
  harm: boolean;
  device: Agency;
  named: boolean;
  link: ResponsibilityLink;
  nationality: string | null;
  role: string | null;
}

export type FieldName = keyof ReviewFields;

export const FIELD_NAMES: readonly FieldName[] = ['harm', 'device', 'named', 'link', 'nationality', 'role'];

export const DEVICES: readonly Agency[] = ['active', 'passive-with-agent', 'agentless-passive', 'intransitive', 'nominalization', 'instrument', 'other'];
export const LINKS: readonly ResponsibilityLink[] = ['grammatical', 'modifier', 'clause', 'none'];

export function toolFields(h: HarmAnnotation): ReviewFields {
  return {
    harm: true,
    device: h.agency,
    named: h.agent !== null,
    link: h.responsible?.link ?? (h.agent ? 'grammatical' : 'none'),
    nationality: h.victimGroup?.nationality ?? null,
    role: h.victimGroup?.role ?? null,
  };
}

const MAX_GROUP = 60;

/** A reviewer's reading from a form or a file: the fields, or what is wrong with them. */
export function parseFields(raw: Record<string, unknown>): ReviewFields | string {
  const yes = (v: unknown): boolean | null => (v === 'yes' || v === true ? true : v === 'no' || v === false ? false : null);
  const harm = yes(raw.harm);
  if (harm === null) return '"harm" must be yes or no';
  const named = yes(raw.named);
  if (named === null) return '"named" must be yes or no';
  if (!DEVICES.includes(raw.device as Agency)) return `"device" must be one of ${DEVICES.join(', ')}`;
  if (!LINKS.includes(raw.link as ResponsibilityLink)) return `"link" must be one of ${LINKS.join(', ')}`;
  const group = (v: unknown, name: string): string | null | Error => {
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string' || v.length > MAX_GROUP) return new Error(`"${name}" must be a word or two (at most ${MAX_GROUP} characters)`);
    return v.trim().toLowerCase() || null;
  };
  const nationality = group(raw.nationality, 'nationality');
  if (nationality instanceof Error) return nationality.message;
  const role = group(raw.role, 'role');
  if (role instanceof Error) return role.message;
  return { harm, device: raw.device as Agency, named, link: raw.link as ResponsibilityLink, nationality, role };
}
