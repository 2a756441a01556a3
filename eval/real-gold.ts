// The real-text gold set (issue 13), eval/data/real/gold.jsonl: headlines and article
// sentences sampled at random from public collections (eval/real/sample.py, each with its
// locator), labelled by hand under ../shared/guidelines/ before the tool's output was seen
// (eval/data/real/BRIEF.md). Split dev/test when sampled: tune on dev, report test.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths';
import type { HarmCause, ResponsibilityLink, Span } from '../src/types';

export const REAL_GOLD_FILE = join(PACKAGE_ROOT, 'eval', 'data', 'real', 'gold.jsonl');

export type RealSplit = 'dev' | 'test';
export type RealKind = 'headline' | 'sentence';
/** The manual's devices: the contract's agencies plus `other`. */
export type GoldDevice = 'active' | 'passive-with-agent' | 'agentless-passive' | 'intransitive' | 'nominalization' | 'instrument' | 'other';

export interface RealGoldItem {
  id: string;
  split: RealSplit;
  kind: RealKind;
  text: string;
  harm: boolean;
  /** Every harm expression as written. */
  events: string[];
  primary: string | null;
  cause: HarmCause | null;
  agentNamed: boolean | null;
  device: GoldDevice | null;
  responsibility: { link: ResponsibilityLink; party: string | null } | null;
  victim: string | null;
  nationality: string | null;
  role: string | null;
  passives: Array<{ verb: string; agent: string | null }>;
  note: string;
  source: Record<string, unknown>;
}

export function readRealGold(path: string = REAL_GOLD_FILE): RealGoldItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const item = JSON.parse(line) as RealGoldItem;
      if (typeof item.text !== 'string' || (item.split !== 'dev' && item.split !== 'test')) {
        throw new Error(`${path}:${i + 1}: needs text and split dev|test`);
      }
      return item;
    });
}

/**
 * The gold passives' participles located in the text, each at its first occurrence as a whole
 * word not yet taken ("killed ... killed" in `passives` twice: both places; "hit" not inside
 * "White", "shot" not inside "gunshots").
 */
export function goldPassiveSpans(item: RealGoldItem): Span[] {
  const gold: Span[] = [];
  for (const { verb } of item.passives) {
    for (let from = 0; ; ) {
      const at = item.text.indexOf(verb, from);
      if (at < 0) break;
      if (wholeWordAt(item.text, at, verb.length) && !gold.some((g) => g.start === at)) {
        gold.push({ start: at, end: at + verb.length, text: verb });
        break;
      }
      from = at + 1;
    }
  }
  return gold;
}

/** Whether the `length` characters at `at` are a whole word: no letter or digit either side. */
function wholeWordAt(text: string, at: number, length: number): boolean {
  return !WORD_CHARACTER.test(text[at - 1] ?? '') && !WORD_CHARACTER.test(text[at + length] ?? '');
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The manual's coarse device classes: named, agentless passive, intransitive, a thing or nothing. */
export function coarseDevice(device: GoldDevice): string {
  switch (device) {
    case 'active':
    case 'passive-with-agent':
      return 'named';
    case 'agentless-passive':
    case 'intransitive':
      return device;
    default:
      return 'thing-or-nothing';
  }
}
