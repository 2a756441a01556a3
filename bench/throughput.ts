// `npm run bench:throughput` (issue 15): words per second on real headlines
// (bench/real-headlines.ts), in one run and one thread, of
//   - framing analyze(), the whole analysis;
//   - framing parse(): tokeniser, sentence splitter and part-of-speech tagger;
//   - bare compromise, nlp(text), which tokenises and tags;
//   - wink-nlp readDoc(text) with its sentence and part-of-speech steps, tags read out;
//   - `framing annotate --workers 1` as a child process on a JSONL file of the headlines,
//     from start to exit (start-up included), and the same less the start-up of a one-line file.
// Each in-process measure is the best of --rounds passes over the texts repeated to --words
// words, after one warm-up pass; the CLI's, the best of --runs runs. Best, not median: on a
// shared machine the best pass is the one least slowed by other work.
// A pass over texts seen before is faster than one over new texts (the tagger's rows of each
// word form are filled once, and V8 has met the strings' shapes), and a corpus is new text; so
// analyze() and wink-nlp are also measured on --rounds slices of texts not yet read in the run,
// each of --words words, the two systems on the same slice.
//
// Usage: npm run bench:throughput [-- --words 100000 --rounds 5 --docs 30000 --runs 3 --no-cli]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, parse } from '../src/analyze';
import { PACKAGE_ROOT } from '../src/paths';
import { REAL_FILES, realTexts, repeatTo, sliceFrom, wordCount } from './real-headlines';

/** The share of wink-nlp's tagging speed the whole analysis should reach (issue 15). */
const WINK_SHARE_TARGET = 0.45;
const WORDS_TARGET = 150_000;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function format(rate: number): string {
  return Math.round(rate).toLocaleString('en-US').padStart(9);
}

type Run = (text: string) => void;

/**
 * Words/s of each system: the best of `rounds` passes over the texts, after one warm-up pass.
 * The passes take turns (a pass of each system, then again), so that a busy spell of the
 * machine falls on all of them; the best pass is the one least disturbed.
 */
function measure(systems: ReadonlyArray<readonly [string, Run]>, texts: readonly string[], words: number, rounds: number): Map<string, number> {
  const best = new Map<string, number>();
  for (const [, run] of systems) for (const text of texts) run(text);
  for (let r = 0; r < rounds; r++) {
    for (const [label, run] of systems) {
      const start = process.hrtime.bigint();
      for (const text of texts) run(text);
      const rate = words / (Number(process.hrtime.bigint() - start) / 1e9);
      best.set(label, Math.max(best.get(label) ?? 0, rate));
    }
  }
  for (const [label, rate] of best) console.log(`  ${label.padEnd(44)} ${format(rate)} words/s`);
  return best;
}

function winkTagger(): (text: string) => void {
  const wink = winkNLP(model, ['sbd', 'pos']);
  const its = wink.its;
  return (text) => void wink.readDoc(text).tokens().out(its.pos);
}

/** `framing annotate FILE --workers 1`: seconds from spawn to exit, the best of `runs`. */
function annotateSeconds(file: string, runs: number): number {
  const bin = join(PACKAGE_ROOT, 'bin', 'framing.js');
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, 'annotate', file, '--workers', '1', '--out', '/dev/null'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`framing annotate failed (${run.status}): ${run.stderr}`);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

function measureCli(texts: readonly string[], docs: number, runs: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'framing-throughput-'));
  try {
    const chosen = Array.from({ length: docs }, (_, i) => texts[i % texts.length] as string);
    const total = chosen.reduce((n, text) => n + wordCount(text), 0);
    const file = join(dir, 'headlines.jsonl');
    writeFileSync(file, chosen.map((text, i) => JSON.stringify({ id: `h${i}`, text })).join('\n') + '\n');
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, JSON.stringify({ id: 'h0', text: texts[0] }) + '\n');
    const startUp = annotateSeconds(one, runs);
    const seconds = annotateSeconds(file, runs);
    const rate = total / seconds;
    console.log(`\nframing annotate --workers 1, ${docs.toLocaleString('en-US')} lines, ${total.toLocaleString('en-US')} words, best of ${runs}:`);
    console.log(`  ${'start to exit'.padEnd(44)} ${format(rate)} words/s  (${seconds.toFixed(2)} s)`);
    console.log(`  ${'less the start-up of a one-line file'.padEnd(44)} ${format(total / (seconds - startUp))} words/s  (start-up ${startUp.toFixed(2)} s)`);
    return rate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** analyze() and wink-nlp on `rounds` slices of texts not read before in the run (from `start` on): the best pass of each. */
function measureNewTexts(all: readonly string[], start: number, words: number, rounds: number): void {
  const wink = winkTagger();
  const best = { ours: 0, wink: 0 };
  let at = start;
  let slices = 0;
  for (let r = 0; r < rounds; r++) {
    const slice = sliceFrom(all, at, words);
    if (slice.words < words) break;
    at = slice.next;
    slices++;
    const time = (run: Run): number => {
      const begin = process.hrtime.bigint();
      for (const text of slice.texts) run(text);
      return slice.words / (Number(process.hrtime.bigint() - begin) / 1e9);
    };
    best.ours = Math.max(best.ours, time((text) => void analyze(text)));
    best.wink = Math.max(best.wink, time(wink));
  }
  console.log(`\nOn texts not read before in the run (${slices} slices of ${words.toLocaleString('en-US')} words, best slice):`);
  console.log(`  ${'framing analyze()'.padEnd(44)} ${format(best.ours)} words/s`);
  console.log(`  ${'wink-nlp readDoc(text), sbd + pos, tags read'.padEnd(44)} ${format(best.wink)} words/s`);
  console.log(`  analyze() / wink-nlp tagging: ${(best.ours / best.wink).toFixed(2)}`);
}

function main(): void {
  const rounds = option('rounds', 5);
  const all = realTexts();
  const { texts, words } = repeatTo(all, option('words', 100_000));
  console.log(`Real headlines: ${all.length.toLocaleString('en-US')} texts of ${REAL_FILES.join(' and ')} (field text),`);
  console.log(`repeated to ${texts.length.toLocaleString('en-US')} texts, ${words.toLocaleString('en-US')} words (runs of non-space); one thread, best of ${rounds} passes.\n`);
  const rates = measure(
    [
      ['framing analyze()', (text) => void analyze(text)],
      ['framing parse(): tokenise, split, tag', (text) => void parse(text)],
      ['compromise nlp(text)', (text) => void nlp(text)],
      ['wink-nlp readDoc(text), sbd + pos, tags read', winkTagger()],
    ],
    texts,
    words,
    rounds,
  );
  const wink = rates.get('wink-nlp readDoc(text), sbd + pos, tags read') as number;
  const ours = rates.get('framing analyze()') as number;
  console.log(`\nanalyze() / wink-nlp tagging: ${(ours / wink).toFixed(2)} (target ≥ ${WINK_SHARE_TARGET})`);
  measureNewTexts(all, texts.length, option('words', 100_000), rounds);
  if (!process.argv.includes('--no-cli')) {
    const cli = measureCli(all, option('docs', 30_000), option('runs', 3));
    console.log(`\nannotate / wink-nlp tagging: ${(cli / wink).toFixed(2)} (target ≥ ${WINK_SHARE_TARGET}); target ≥ ${WORDS_TARGET.toLocaleString('en-US')} words/s`);
  }
}

main();
