// Analyses stored compactly (issue 17, "a store under 600 MB per million headlines"): the
// annotations and summary as JSON, deflated (RFC 1951) with a preset dictionary of what
// analyses repeat (data/store/analysis-dictionary-1.txt, train/build-store-dictionary.ts).
// A packed analysis starts with the number of its dictionary, so a later dictionary can be
// added without making older stores unreadable; the dictionary file is checked against its
// SHA-256, so it cannot change under stored data unnoticed.

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
const DICTIONARY_SHA256 = '86b7835104b0d28d643252eedf917c1cd0cc0850625732b3f5b40c309f7391c3';
const FORMAT = 1;

let dictionary: Buffer | null = null;

function theDictionary(): Buffer {
  if (dictionary) return dictionary;
  const bytes = readFileSync(join(PACKAGE_ROOT, DICTIONARY_FILE));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== DICTIONARY_SHA256) throw new Error(`${DICTIONARY_FILE} has changed (sha-256 ${sha}): stored analyses need the original`);
  dictionary = bytes;
  return bytes;
}

export function packAnalysis(analysis: StoredAnalysis): Buffer {
  const json = Buffer.from(`${JSON.stringify(analysis.annotations)}\n${JSON.stringify(analysis.summary)}`);
  return Buffer.concat([Buffer.of(FORMAT), deflateRawSync(json, { dictionary: theDictionary() })]);
}

export function unpackAnalysis(packed: Uint8Array): StoredAnalysis {
  if (packed[0] !== FORMAT) throw new Error(`a stored analysis in an unknown format (${packed[0]}): upgrade framing`);
  const json = inflateRawSync(packed.subarray(1), { dictionary: theDictionary() }).toString('utf8');
  const cut = json.indexOf('\n');
  return { annotations: JSON.parse(json.slice(0, cut)) as Annotation[], summary: JSON.parse(json.slice(cut + 1)) as Summary };
}
