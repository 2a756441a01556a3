// The harm/agency gold set, eval/data/harm-gold.jsonl (docs/harm.md, "Gold set"): constructed
// news sentences and headlines, each with its expected harm events, split into a dev half
// (tune on it) and a held-out half (report only).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCIES } from '../src/harm/summary';
import { PACKAGE_ROOT } from '../src/paths';
import type { Agency, Span } from '../src/types';

export const HARM_GOLD_FILE = join(PACKAGE_ROOT, 'eval', 'data', 'harm-gold.jsonl');

export type HarmSplit = 'dev' | 'heldout';

export { AGENCIES };

/** One expected event as written in the file: texts, located in the sentence on reading. */
export interface RawGoldEvent {
  event: string;
  harm: string;
  agency: Agency;
  agent: string | null;
  victim: string | null;
}

export interface GoldEvent {
  event: Span;
  harm: string;
  agency: Agency;
  agent: Span | null;
  victim: Span | null;
}

export interface GoldItem {
  id: string;
  split: HarmSplit;
  text: string;
  events: GoldEvent[];
}

interface RawItem {
  id: string;
  split: HarmSplit;
  text: string;
  events: RawGoldEvent[];
}

export function readHarmGold(path: string = HARM_GOLD_FILE): GoldItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => locate(JSON.parse(line) as RawItem, `${path}:${i + 1}`));
}

export function locate(raw: RawItem, where: string): GoldItem {
  if (typeof raw.id !== 'string' || typeof raw.text !== 'string' || !Array.isArray(raw.events)) {
    throw new Error(`${where}: needs id, text and events[]`);
  }
  if (raw.split !== 'dev' && raw.split !== 'heldout') throw new Error(`${where}: split must be dev or heldout`);
  const find = (text: string | null, what: string): Span | null => {
    if (text === null) return null;
    const start = raw.text.indexOf(text);
    if (start < 0) throw new Error(`${where}: ${what} "${text}" is not in the text`);
    return { start, end: start + text.length, text };
  };
  const events = raw.events.map((e) => {
    if (!AGENCIES.includes(e.agency)) throw new Error(`${where}: unknown agency "${e.agency}"`);
    return {
      event: find(e.event, 'event') as Span,
      harm: e.harm,
      agency: e.agency,
      agent: find(e.agent, 'agent'),
      victim: find(e.victim, 'victim'),
    };
  });
  return { id: raw.id, split: raw.split, text: raw.text, events };
}
