// Which input format a file is in: the --format flag, else its extension, else its first
// character ("{" is JSON Lines, anything else CSV). Stdin without --format is JSON Lines.

import { extname } from 'node:path';

export const FORMATS = ['jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl', '.csv': 'csv' };

/** The format known without reading the input, or undefined to sniff it. */
export function formatFromName(path: string): Format | undefined {
  if (path === '-') return 'jsonl';
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** Format from the first bytes: whatever follows an optional BOM and whitespace. */
export function sniffFormat(head: Buffer): Format | 'unknown' {
  const first = head.toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
  if (first === undefined) return 'unknown';
  return first === '{' ? 'jsonl' : 'csv';
}
