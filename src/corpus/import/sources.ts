// Where an import reads from: a CSV or JSON Lines file (read by src/io as `annotate` reads it,
// so the same lines are reported the same way), a .txt/.md file, a folder of them, or an upload.

import { stat, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type CsvDialect, csvItems, delimiterNote } from '../../io/csv-read';
import type { InputItem } from '../../io/document';
import { type Format, formatFromName, sniffFormat } from '../../io/format';
import { jsonlItems } from '../../io/jsonl-read';
import { type Encoding, MAX_LINE_BYTES, readLines } from '../../io/lines';
import { openInput } from '../../io/open-input';
import { UnreadableInputError } from '../../io/unreadable-input';
import { documentItem } from './document-file';
import { folderItems } from './folder';
import { DOCUMENT_EXTENSIONS, type ImportItem, MAX_FILE_BYTES } from './item-stream';

export interface ImportSource {
  /** How reports name the source: the path as given, or the uploaded file's name. */
  name: string;
  items: AsyncIterable<ImportItem>;
  /** How the CLI names a place in the source: "data.csv line 12", "notes/a.md". */
  label(at: string): string;
  /** What to report when the source holds nothing at all. */
  empty: string;
  /** A note for the report once read ("3 files skipped: not .txt or .md"), or null. */
  note(): string | null;
  close(): void;
}

const EMPTY = 'the file is empty or has only a header: nothing to import';

/** "2 files skipped, not .txt or .md: data.csv, notes/a.pdf" (the first 20 named, then how many more). */
function skippedNote(paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  const shown = paths.slice(0, 20).join(', ');
  const more = paths.length > 20 ? ` and ${paths.length - 20} more` : '';
  return `${paths.length} files skipped, not .txt or .md: ${shown}${more}`;
}

function named(name: string, at: string): string {
  return at === name ? name : `${name} ${at}`;
}

function isDocumentFile(name: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

async function* fromInput(items: AsyncIterable<InputItem>): AsyncGenerator<ImportItem> {
  for await (const item of items) {
    const at = `line ${item.line}`;
    if ('error' in item) yield { at, error: item.error };
    // a headline-only record stays headline-only in the store (its headline is in metadata)
    else yield { at, record: { ...item.doc.metadata, id: item.doc.id, text: item.doc.field === 'text' ? item.doc.text : '' } };
  }
}

async function* one(item: ImportItem): AsyncGenerator<ImportItem> {
  yield item;
}

export async function openSource(path: string, format: Format | undefined, stdin: Readable, encoding: Encoding = 'utf8'): Promise<ImportSource> {
  const info = path === '-' ? null : await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const scan = folderItems(path);
    return { name: path, items: scan.items, close: () => undefined, label: (at) => (at === path ? path : join(path, at)),
      empty: 'no .txt or .md files in the folder: nothing to import',
      note: () => skippedNote(scan.skipped()) };
  }
  if (info && !format && isDocumentFile(path)) {
    const bytes = info.size > MAX_FILE_BYTES ? null : await readFile(path);
    const item: ImportItem = bytes ? documentItem(path, bytes) : { at: path, error: 'file larger than 1 MB' };
    return { name: path, items: one(item), close: () => undefined, label: (at) => at, empty: '', note: () => null };
  }
  if (path !== '-' && !info) throw new UnreadableInputError(`cannot read ${path}: no such file or folder`);
  const input = await openInput(path, format, stdin, encoding);
  const name = path === '-' ? 'stdin' : path;
  return { name, items: fromInput(input.items), close: () => input.close(), label: (at) => named(name, at), empty: EMPTY,
    note: () => delimiterNote(input.dialect) };
}

/** An uploaded file, held in memory (the upload limit bounds it). */
export function bufferSource(name: string, bytes: Buffer): ImportSource {
  const label = (at: string): string => named(name, at);
  if (isDocumentFile(name)) {
    return { name, items: one(documentItem(name, bytes)), close: () => undefined, label, empty: EMPTY, note: () => null };
  }
  const sniffed = sniffFormat(bytes);
  const format: Format = formatFromName(name) ?? (sniffed === 'csv' ? 'csv' : 'jsonl');
  const lines = readLines((async function* () {
    yield bytes;
  })());
  const dialect: CsvDialect = { delimiter: null };
  return { name, items: fromInput(format === 'csv' ? csvItems(lines, MAX_LINE_BYTES, dialect) : jsonlItems(lines)), close: () => undefined,
    label, empty: EMPTY, note: () => delimiterNote(dialect) };
}
