// Scores a system's reading of one real text against its gold labels (eval/real-gold.ts).
// Harm is scored per item (does the text report harm?); the primary harm's fields on items
// where both gold and system find harm; passives per participle.

import { coarseDevice, goldPassiveSpans, type GoldDevice, type RealGoldItem } from './real-gold';
import type { Span } from '../src/types';
import { f1, ratio } from './score';

export interface PrimaryReading {
  event: Span;
  device: GoldDevice;
  agentNamed: boolean;
  link: string;
  party: string | null;
  victim: string | null;
  nationality: string | null;
  role: string | null;
  cause: string;
}

export interface RealReading {
  /** Every harm event found, in text order. */
  events: Span[];
  primary: PrimaryReading | null;
  passives: Array<{ verb: Span; agent: string | null }>;
}

/** Fields scored on items where both sides report harm. */
export const FIELDS = ['primary', 'agentNamed', 'device', 'coarse', 'link', 'party', 'victim', 'nationality', 'role', 'cause'] as const;
export type Field = (typeof FIELDS)[number];

export interface RealCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Right answers per field, over `both` items. */
  right: Record<Field, number>;
  both: number;
  passive: { tp: number; fp: number; fn: number };
  /** Items and the fields they got wrong, for the error listing. */
  wrong: Array<{ item: RealGoldItem; reading: RealReading; fields: string[] }>;
}

export function emptyCounts(): RealCounts {
  return {
    tp: 0, fp: 0, fn: 0, tn: 0, both: 0,
    right: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>,
    passive: { tp: 0, fp: 0, fn: 0 },
    wrong: [],
  };
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Both absent, or the same head (last word), as the manual's victim spans end in their noun. */
export function sameHead(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return words(gold).at(-1) === words(predicted).at(-1);
}

/** Both absent, or a word in common ("Israeli" / "Israeli forces"). */
export function sharesWord(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = new Set(words(gold));
  return words(predicted).some((w) => g.has(w));
}

function locate(text: string, phrase: string): Span | null {
  const start = text.indexOf(phrase);
  return start < 0 ? null : { start, end: start + phrase.length, text: phrase };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function scoreItem(counts: RealCounts, item: RealGoldItem, reading: RealReading): void {
  const found = reading.events.length > 0;
  const fields: string[] = [];
  if (item.harm && found) counts.tp++;
  else if (found) { counts.fp++; fields.push('harm (spurious)'); }
  else if (item.harm) { counts.fn++; fields.push('harm (missed)'); }
  else counts.tn++;
  const p = reading.primary;
  if (item.harm && p) {
    counts.both++;
    const gold = locate(item.text, item.primary ?? '');
    const checks: Record<Field, boolean> = {
      primary: gold !== null && overlaps(gold, p.event),
      agentNamed: item.agentNamed === p.agentNamed,
      device: item.device === p.device,
      coarse: item.device !== null && coarseDevice(item.device) === coarseDevice(p.device),
      link: item.responsibility?.link === p.link,
      party: sharesWord(item.responsibility?.party ?? null, p.party),
      victim: sameHead(item.victim, p.victim),
      nationality: item.nationality === p.nationality,
      role: item.role === p.role,
      cause: item.cause === p.cause,
    };
    for (const f of FIELDS) {
      if (checks[f]) counts.right[f]++;
      else fields.push(f);
    }
  }
  scorePassives(counts, item, reading);
  if (fields.length > 0) counts.wrong.push({ item, reading, fields });
}

/** Passives per participle: a prediction counts on a gold participle it overlaps (`goldPassiveSpans`). */
function scorePassives(counts: RealCounts, item: RealGoldItem, reading: RealReading): void {
  const gold = goldPassiveSpans(item);
  const matched = new Set<number>();
  for (const p of reading.passives) {
    const hit = gold.findIndex((g, i) => !matched.has(i) && overlaps(g, p.verb));
    if (hit >= 0) { matched.add(hit); counts.passive.tp++; }
    else counts.passive.fp++;
  }
  counts.passive.fn += gold.length - matched.size;
}

/** Harm precision and recall per item, a field's share where both find harm, and passive F1: the figures every real-text table prints. */
export const harmPrecision = (c: RealCounts): number | null => ratio(c.tp, c.tp + c.fp);
export const harmRecall = (c: RealCounts): number | null => ratio(c.tp, c.tp + c.fn);
export const fieldShare = (c: RealCounts, f: Field): number | null => ratio(c.right[f], c.both);
export const passivePrecision = (c: RealCounts): number | null => ratio(c.passive.tp, c.passive.tp + c.passive.fp);
export const passiveRecall = (c: RealCounts): number | null => ratio(c.passive.tp, c.passive.tp + c.passive.fn);
export const passiveF1 = (c: RealCounts): number | null => f1(passivePrecision(c), passiveRecall(c));
