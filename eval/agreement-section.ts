// How far two careful human coders agree on the real gold (issue 13): gold items labelled
// again by a second coder who saw neither the first labels nor the tool, in two draws:
//   - eval/data/real/second-coder.jsonl: 300 items of eval/data/real/gold.jsonl, drawn at
//     random from both splits of the whole gold (stop 35);
//   - eval/data/real/second-coder-reuters.jsonl: 400 of the Reuters headlines of 2007-10 that
//     most of the gold is now made of, drawn at random from both splits (stop 73).
// The second coder is scored against the gold exactly as the tool is (real-score.ts), and the
// tool and the harm-word baseline on the same items beside it: a figure of the tool's near
// the coders' agreement is about as good as the gold can show.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths';
import type { Span } from '../src/types';
import { type GoldDevice, type RealGoldItem, readRealGold } from './real-gold';
import { FIELDS, type RealCounts, type RealReading, emptyCounts, fieldShare, harmPrecision, harmRecall, passiveF1, scoreItem } from './real-score';
import { REAL_SYSTEMS } from './real-systems';
import { fmt } from './report';
import { f1 } from './score';
import type { EvalSection, Section, Table } from './section';

export const SECOND_CODER_FILE = join(PACKAGE_ROOT, 'eval', 'data', 'real', 'second-coder.jsonl');

/** Each draw of second codings: its file and how its items were drawn. */
export const SECOND_CODINGS: ReadonlyArray<{ file: string; drawn: string }> = [
  { file: SECOND_CODER_FILE, drawn: 'drawn at random from both splits of the whole gold (stop 35)' },
  { file: join(PACKAGE_ROOT, 'eval', 'data', 'real', 'second-coder-reuters.jsonl'), drawn: 'drawn at random from both splits of the Reuters headlines of 2007-10 (stop 73; eval/real/second_coder.py)' },
];

/** A second coder's labels of one item: the fields of eval/data/real/BRIEF.md. */
export type SecondLabel = Pick<RealGoldItem, 'id' | 'harm' | 'events' | 'primary' | 'cause' | 'agentNamed' | 'device' | 'responsibility' | 'victim' | 'nationality' | 'role' | 'passives'>;

export function readSecondCoder(path: string = SECOND_CODER_FILE): SecondLabel[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SecondLabel);
}

/** The n-th place of `phrase` in `text` from `from` on, as a span; null when it is not there. */
function locate(text: string, phrase: string, from = 0): Span | null {
  const start = text.indexOf(phrase, from);
  return start < 0 ? null : { start, end: start + phrase.length, text: phrase };
}

/** Spans of each phrase in order, a repeated phrase at its next place ("killed ... killed"). */
function locateAll(text: string, phrases: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases) {
    let span = locate(text, phrase);
    while (span && spans.some((s) => s.start === span?.start)) span = locate(text, phrase, span.start + 1);
    if (span) spans.push(span);
  }
  return spans;
}

/** The second coder's labels read as a system's reading of the text, for real-score.ts. */
export function readingOf(text: string, label: SecondLabel): RealReading {
  const events = label.harm ? locateAll(text, label.events.length > 0 ? label.events : [label.primary ?? '']) : [];
  const primary = label.harm ? (locate(text, label.primary ?? '') ?? events[0]) : undefined;
  if (label.harm && !primary) throw new Error(`${label.id}: harm, but no event of its labels is in the text`);
  return {
    events,
    primary: primary
      ? {
          event: primary,
          device: (label.device ?? 'other') as GoldDevice,
          agentNamed: label.agentNamed === true,
          link: label.responsibility?.link ?? 'none',
          party: label.responsibility?.party ?? null,
          victim: label.victim,
          nationality: label.nationality,
          role: label.role,
          cause: label.cause ?? 'violence',
        }
      : null,
    passives: locateAll(text, label.passives.map((p) => p.verb)).map((verb) => ({ verb, agent: null })),
  };
}

/** Cohen's kappa of two yes/no codings: (observed − chance agreement) / (1 − chance). */
export function kappa(c: Pick<RealCounts, 'tp' | 'fp' | 'fn' | 'tn'>): number | null {
  const n = c.tp + c.fp + c.fn + c.tn;
  if (n === 0) return null;
  const observed = (c.tp + c.tn) / n;
  const yesA = (c.tp + c.fn) / n;
  const yesB = (c.tp + c.fp) / n;
  const chance = yesA * yesB + (1 - yesA) * (1 - yesB);
  return chance === 1 ? null : (observed - chance) / (1 - chance);
}

export const agreementSection: EvalSection = {
  name: 'agreement',
  run(): Section {
    const gold = readRealGold();
    const tables = SECOND_CODINGS.map(({ file, drawn }) => agreementOn(gold, readSecondCoder(file), `${file.slice(PACKAGE_ROOT.length + 1)}, ${drawn}`));
    return {
      title: 'Agreement of two coders on the real gold (eval/data/real/second-coder*.jsonl)',
      notes: [
        'Gold items drawn at random and labelled again by a second coder who saw neither the first labels nor the tool; each table is one draw.',
        'Each row is scored against the first labels (the gold) as the real-text section scores the tool: harm per item, fields on items where both find harm, passives per participle.',
        'The second coder\'s row is how far the gold itself can be trusted: a target above it asks the tool to agree with one coder more than two careful coders agree with each other.',
      ],
      tables,
      targets: [],
      errors: [],
    };
  },
};

/** The table of one draw: the second coder, then each system, on the draw's gold items. */
function agreementOn(gold: readonly RealGoldItem[], second: readonly SecondLabel[], title: string): Table {
  const labels = new Map(second.map((l) => [l.id, l]));
  const items = gold.filter((i) => labels.has(i.id));
  const coder = emptyCounts();
  for (const item of items) scoreItem(coder, item, readingOf(item.text, labels.get(item.id) as SecondLabel));
  const rows: Array<{ name: string; counts: RealCounts }> = [{ name: 'second coder', counts: coder }];
  for (const system of REAL_SYSTEMS) {
    const counts = emptyCounts();
    for (const item of items) scoreItem(counts, item, system.read(item.text));
    rows.push({ name: system.name, counts });
  }
  const test = items.filter((i) => i.split === 'test').length;
  return agreementTable(rows, `${items.length} items (${test} of test, ${items.length - test} of dev): ${title}`);
}

function agreementTable(rows: ReadonlyArray<{ name: string; counts: RealCounts }>, title: string): Table {
  const field = (c: RealCounts, f: (typeof FIELDS)[number]): string => fmt(fieldShare(c, f));
  return {
    title,
    head: ['labels', 'harm P', 'harm R', 'harm F1', 'harm kappa', 'both', 'agent named', 'coarse device', 'link', 'party', 'victim', 'nationality', 'role', 'passive F1'],
    rows: rows.map(({ name, counts: c }) => {
      const p = harmPrecision(c);
      const r = harmRecall(c);
      return [name, fmt(p), fmt(r), fmt(f1(p, r)), fmt(kappa(c)), String(c.both), field(c, 'agentNamed'), field(c, 'coarse'), field(c, 'link'), field(c, 'party'), field(c, 'victim'), field(c, 'nationality'), field(c, 'role'), fmt(passiveF1(c))];
    }),
  };
}
