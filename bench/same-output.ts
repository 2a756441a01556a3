// The analysis gives the same output before and after a change meant only for speed
// (issue 15). Writes, one JSON line each, the full analyze() output (sentences, annotations,
// summary) of every text of eval/data/real/gold.jsonl, eval/data/harm-gold.jsonl,
// eval/data/euphemism-uses.jsonl and every sentence of UD English EWT dev, and the tagger's
// tags of EWT dev's own tokens; with --compare, checks them against a file written before.
//
// Usage: node dist/bench/same-output.js --write AFTER.jsonl [--compare BEFORE.jsonl]
// The lexicon and harm rules are data that others edit: to tell a code change from a data
// change, write BEFORE with the old build (copy this script's .js into it) on the same data
// files, or read the per-type counts: a lexicon edit moves only "euphemism" annotations.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../eval/conllu';
import { analyze } from '../src/analyze';
import { casingOf } from '../src/nlp/sentences';
import { defaultTagger } from '../src/nlp/tagger';
import { PACKAGE_ROOT } from '../src/paths';

const TEXT_FILES = ['eval/data/real/gold.jsonl', 'eval/data/harm-gold.jsonl', 'eval/data/euphemism-uses.jsonl'];
const EWT_DEV = join(process.env.EWT_DIR ?? join(PACKAGE_ROOT, '..', 'shared', 'data', 'ud-english-ewt'), 'en_ewt-ud-dev.conllu');

interface Line {
  key: string;
  /** JSON of the analysis, or of the tags. */
  out: string;
}

function texts(file: string): string[] {
  return readFileSync(join(PACKAGE_ROOT, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

function outputs(): Line[] {
  const lines: Line[] = [];
  for (const file of TEXT_FILES) texts(file).forEach((text, i) => lines.push({ key: `${file}#${i}`, out: JSON.stringify(analyze(text)) }));
  const tagger = defaultTagger();
  readConllu(EWT_DEV).forEach((s, i) => {
    lines.push({ key: `ewt-dev#${i} analyze`, out: JSON.stringify(analyze(s.text)) });
    const words = s.tokens.map((t) => t.form);
    const casing = casingOf(words.map((text) => ({ start: 0, end: 0, text })));
    lines.push({ key: `ewt-dev#${i} tags`, out: JSON.stringify(tagger.tag(words, casing)) });
  });
  return lines;
}

/** Annotations of one type, for telling which detector a difference comes from. */
function ofType(out: string, type: string): string {
  const parsed = JSON.parse(out) as { annotations?: { type: string }[] };
  return JSON.stringify((parsed.annotations ?? []).filter((a) => a.type === type));
}

function compare(after: readonly Line[], beforePath: string): number {
  const before = readFileSync(beforePath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  if (before.length !== after.length) {
    console.log(`different number of outputs: ${before.length} before, ${after.length} after`);
    return 1;
  }
  const differing = new Map<string, number>();
  const count = (what: string): void => void differing.set(what, (differing.get(what) ?? 0) + 1);
  before.forEach((b, i) => {
    const a = after[i] as Line;
    if (a.key !== b.key) throw new Error(`output ${i}: ${b.key} before, ${a.key} after`);
    if (a.out === b.out) return;
    const set = `${a.key.split('#')[0]}${a.key.endsWith(' tags') ? ' tags' : ''}`;
    count(set);
    if (a.key.endsWith(' tags')) return;
    for (const type of ['passive', 'harm', 'euphemism']) if (ofType(a.out, type) !== ofType(b.out, type)) count(`${set}: ${type} annotations`);
    if (differing.get(set) === 1) console.log(`first difference in ${set}: ${a.key}\n  before ${b.out.slice(0, 400)}\n  after  ${a.out.slice(0, 400)}`);
  });
  console.log(`${after.length.toLocaleString('en-US')} outputs compared; ${differing.size === 0 ? 'all identical' : 'differing:'}`);
  for (const [what, n] of differing) console.log(`  ${what}: ${n}`);
  return differing.size === 0 ? 0 : 1;
}

function main(): void {
  const arg = (name: string): string | undefined => {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const lines = outputs();
  const out = arg('write');
  if (out !== undefined) writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const before = arg('compare');
  process.exitCode = before === undefined ? 0 : compare(lines, before);
}

main();
