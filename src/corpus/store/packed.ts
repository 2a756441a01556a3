// Analyses stored compactly (issue 17, "a store under 600 MB per million headlines"), a block
// at a time: the analyses of a batch of items (up to 128, as the annotate workers make them)
// deflated together (RFC 1951, with a preset dictionary of what analyses repeat:
// data/store/analysis-dictionary-1.txt, train/build-store-dictionary.ts), each item keeping
// its block and slot. Alike analyses side by side compress far better than one by one, and
// the deflater starts once per block, not once per item. A span's text is left out where it
// is the analysed text between the span's offsets, and put back from the item when read (a
// span whose text differs keeps it). A block starts with its format number, so a later format
// can be added without making older stores unreadable; the dictionary file is checked
// against its SHA-256, so it cannot change under stored data unnoticed.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../../paths';
import type { Annotation, Summary } from '../../types';

export interface StoredAnalysis {
  annotations: Annotation[];
  summary: Summary;
}

export const DICTIONARY_FILE = 'data/store/analysis-dictionary-1.txt';
/** Deflate looks back 32 KB at most. */
export const DICTIONARY_BYTES = 32 * 1024;
const DICTIONARY_SHA256 = '4cc72961bc783e87bf1c544cfd4dfceef459b325004fbd1a44777804403f8af4';
const FORMAT = 1;
/** Stands for a span's text that is the analysed text between its offsets. */
const FROM_SOURCE = 0;

let dictionary: Buffer | null = null;

function theDictionary(): Buffer {
  if (dictionary) return dictionary;
  const bytes = readFileSync(join(PACKAGE_ROOT, DICTIONARY_FILE));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== DICTIONARY_SHA256) throw new Error(`${DICTIONARY_FILE} has changed (sha-256 ${sha}): stored analyses need the original`);
  dictionary = bytes;
  return bytes;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isSpan(value: { [key: string]: Json }): value is { start: number; end: number; [key: string]: Json } {
  return typeof value.start === 'number' && typeof value.end === 'number';
}

/** The value with each span's text that `source` holds at its offsets replaced by FROM_SOURCE. */
export function withoutSpanTexts(value: Json, source: string): Json {
  if (Array.isArray(value)) return value.map((v) => withoutSpanTexts(v, source));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'text' && isSpan(value) && v === source.slice(value.start, value.end) ? FROM_SOURCE : withoutSpanTexts(v, source);
  }
  return out;
}

/** The value with each span's FROM_SOURCE text read back from `source`. */
export function withSpanTexts(value: Json, source: string): Json {
  if (Array.isArray(value)) return value.map((v) => withSpanTexts(v, source));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'text' && v === FROM_SOURCE && isSpan(value) ? source.slice(value.start, value.end) : withSpanTexts(v, source);
  }
  return out;
}

/** One analysis of a block, and `source`: the text that was analysed (src/corpus/item.ts itemText). */
export interface BlockEntry {
  analysis: StoredAnalysis;
  source: string;
}

/** The block of these analyses; entry k is read back from slot k. */
export function packBlock(entries: readonly BlockEntry[]): Buffer {
  const lines = entries.map(({ analysis, source }) =>
    `${JSON.stringify(withoutSpanTexts(analysis.annotations as unknown as Json, source))}\n${JSON.stringify(analysis.summary)}`);
  return Buffer.concat([Buffer.of(FORMAT), deflateRawSync(Buffer.from(lines.join('\n')), { dictionary: theDictionary() })]);
}

/** A block's lines: two per slot (annotations, summary), JSON with the spans' texts left out. */
export function unpackBlock(block: Uint8Array): string[] {
  if (block[0] !== FORMAT) throw new Error(`stored analyses in an unknown format (${block[0]}): upgrade framing`);
  return inflateRawSync(block.subarray(1), { dictionary: theDictionary() }).toString('utf8').split('\n');
}

export function analysisAt(lines: readonly string[], slot: number, source: string): StoredAnalysis {
  const annotations = lines[2 * slot];
  const summary = lines[2 * slot + 1];
  if (annotations === undefined || summary === undefined) throw new Error(`no analysis in slot ${slot} of its block`);
  return { annotations: withSpanTexts(JSON.parse(annotations) as Json, source) as unknown as Annotation[], summary: JSON.parse(summary) as Summary };
}
