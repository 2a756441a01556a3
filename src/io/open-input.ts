// An input file (or stdin) for `annotate` and `import`: open it, settle the format, and stream its records.

import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type CsvDialect, csvItems } from './csv-read';
import type { InputItem } from './document';
import { type Format, formatFromName, sniffFormat } from './format';
import { jsonlItems } from './jsonl-read';
import { type Encoding, MAX_LINE_BYTES, readLines } from './lines';
import { peek } from './peek';
import { UnreadableInputError } from './unreadable-input';

export interface Input {
  format: Format;
  items: AsyncIterable<InputItem>;
  /** Stops reading early (on errors); safe to call twice. */
  close(): void;
  /** Bytes read so far and the file's size, for a progress bar; null for stdin. */
  position(): { done: number; total: number } | null;
  /** For CSV: the delimiter, once the header line is read. */
  dialect: CsvDialect;
}

export async function openInput(path: string, flag: Format | undefined, stdin: Readable, encoding: Encoding = 'utf8'): Promise<Input> {
  const file = path === '-' ? null : await openFile(path);
  const stream = file?.stream ?? stdin;
  const known = flag ?? formatFromName(path);
  const { head, chunks } = known
    ? { head: null, chunks: stream as AsyncIterable<Buffer> }
    : await peek(stream, (h) => sniffFormat(h) !== 'unknown');
  const sniffed = head ? sniffFormat(head) : 'unknown';
  const format: Format = known ?? (sniffed === 'unknown' ? 'jsonl' : sniffed);
  const lines = readLines(chunks, MAX_LINE_BYTES, encoding);
  const dialect: CsvDialect = { delimiter: null };
  return {
    format,
    dialect,
    items: format === 'csv' ? csvItems(lines, MAX_LINE_BYTES, dialect) : jsonlItems(lines),
    close: () => {
      if (stream !== stdin) stream.destroy();
    },
    position: () => (file ? { done: file.stream.bytesRead, total: file.size } : null),
  };
}

async function openFile(path: string): Promise<{ stream: ReadStream; size: number }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new UnreadableInputError(`cannot read ${path}: ${reason(error)}`);
  }
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw new UnreadableInputError(`cannot read ${path}: it is a directory`);
  }
  return { stream: handle.createReadStream({ highWaterMark: 256 * 1024 }) as unknown as ReadStream, size: info.size };
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}
