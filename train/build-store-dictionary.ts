// Writes data/store/analysis-dictionary-1.txt: the preset dictionary with which the store
// deflates each analysis (src/corpus/store/packed.ts). Run once; the file is committed and
// never changed, since every stored analysis needs it to be read back (a new dictionary
// gets a new number). It holds what analyses repeat: the JSON keys and values, rule ids and
// explanation texts, taken from the analyses of the project's constructed sentences
// (eval/data/harm-gold.jsonl, eval/data/euphemism-uses.jsonl) and the shipped sample corpus,
// least common first, since deflate finds the last 32 KB best.
//
//   npx tsc -p tsconfig.json && node dist/train/build-store-dictionary.js

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze';
import { PACKAGE_ROOT } from '../src/paths';
import { DICTIONARY_BYTES, DICTIONARY_FILE, withoutSpanTexts } from '../src/corpus/store/packed';

function texts(): string[] {
  const lines = (path: string): Record<string, unknown>[] =>
    readFileSync(join(PACKAGE_ROOT, path), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  return [
    ...lines('eval/data/harm-gold.jsonl').map((r) => String(r.text)),
    ...lines('eval/data/euphemism-uses.jsonl').map((r) => String(r.text)),
    ...lines('corpus/sample.jsonl').map((r) => [r.headline, r.text].filter(Boolean).join('\n\n')),
  ];
}

/** Spans' texts vary from document to document; the rest of an annotation repeats. */
function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(skeleton);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'start' || k === 'end' ? 0 : k === 'text' && typeof v === 'string' ? '' : skeleton(v)]));
  }
  return value;
}

const counts = new Map<string, number>();
const add = (piece: string): void => void counts.set(piece, (counts.get(piece) ?? 0) + 1);
for (const text of texts()) {
  const { annotations, summary } = analyze(text);
  for (const a of withoutSpanTexts(annotations as unknown as Parameters<typeof withoutSpanTexts>[0], text) as unknown[]) add(JSON.stringify(skeleton(a)));
  add(JSON.stringify(skeleton(summary)));
}
const pieces = [...counts].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([piece]) => piece);
let dictionary = '';
for (let i = pieces.length - 1; i >= 0 && Buffer.byteLength(dictionary) < DICTIONARY_BYTES; i--) dictionary = `${pieces[i]}${dictionary}`;
const bytes = Buffer.from(dictionary).subarray(-DICTIONARY_BYTES);
writeFileSync(join(PACKAGE_ROOT, DICTIONARY_FILE), bytes);
console.log(`${DICTIONARY_FILE}: ${bytes.length} bytes from ${pieces.length} distinct pieces`);
