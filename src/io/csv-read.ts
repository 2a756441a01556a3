// CSV input: a header row naming the columns ("text" or "headline" among them), then one document per
// record (parsed by csv-parse, see ./csv-record.ts). A broken record is reported and parsing resumes
// on the next physical line.

import type { CsvRow, CsvRecords } from './csv-record';
import { type InputItem, toDoc } from './document';
import { type Line, MAX_LINE_BYTES, lineProblem } from './lines';

/** What a CSV reading settled: the delimiter the header line uses (null until it is read). */
export interface CsvDialect {
  delimiter: string | null;
}

export async function* csvItems(
  lines: AsyncIterable<Line>,
  maxBytes: number = MAX_LINE_BYTES,
  dialect: CsvDialect = { delimiter: null },
): AsyncGenerator<InputItem> {
  let header: string[] | null = null;
  let records: CsvRecords | null = null;
  const items = (rows: readonly CsvRow[]): InputItem[] => rows.flatMap((row) => {
    if ('error' in row) return [row];
    if (header) return [toItem(header, row.fields, row.line)];
    header = checkHeader(row.fields);
    return [];
  });
  for await (const line of lines) {
    let rows: CsvRow[];
    if (!('text' in line)) rows = records?.skip(line.number, lineProblem(line)) ?? [{ line: line.number, error: lineProblem(line) }];
    else if (records) rows = records.add(line.number, line.text);
    else if (line.text.trim() === '') continue;
    else {
      // the first line that is not blank is the header: it decides the delimiter
      dialect.delimiter = sniffDelimiter(line.text);
      // csv-parse is loaded when a CSV file is read, not by every annotate (7 ms of a start: issue 15)
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { CsvRecords: Records } = require('./csv-record') as typeof import('./csv-record');
      records = new Records(dialect.delimiter, maxBytes, line.number - 1);
      rows = records.add(line.number, line.text);
    }
    for (const item of items(rows)) yield item;
  }
  for (const item of items(records?.end() ?? [])) yield item;
}

/** The delimiter the header line uses: the one that splits it into known column names, else ",". */
export function sniffDelimiter(header: string): string {
  const known = new Set(['text', 'headline', 'title', 'outlet', 'id', 'date', 'url']);
  const score = (d: string): number => header.split(d).filter((f) => known.has(f.trim().replace(/^"|"$/g, '').toLowerCase())).length;
  return [',', ';', '\t'].reduce((best, d) => (score(d) > score(best) ? d : best), ',');
}

function checkHeader(fields: string[]): string[] {
  if (['text', 'headline', 'title'].some((name) => fields.includes(name))) return fields;
  throw new Error(`CSV input needs a "text" or "headline" column; the header has ${JSON.stringify(fields)}`);
}

function toItem(header: readonly string[], fields: readonly string[], line: number): InputItem {
  if (fields.length !== header.length) {
    return { line, error: `expected ${header.length} columns, got ${fields.length}` };
  }
  const doc = toDoc(Object.fromEntries(header.map((name, i) => [name, fields[i]])));
  return typeof doc === 'string' ? { line, error: doc } : { line, doc };
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ';': 'semicolon', '\t': 'tab' };

/** For the import report: how the file was read, when not comma-separated ("read as semicolon-separated"). */
export function delimiterNote(dialect: CsvDialect): string | null {
  const name = dialect.delimiter ? DELIMITER_NAMES[dialect.delimiter] : undefined;
  return name ? `read as ${name}-separated (the header line decided)` : null;
}
