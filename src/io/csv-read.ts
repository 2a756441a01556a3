// CSV input: a header row naming the columns ("text" or "headline" among them), then one document per
// record. A broken record is reported and parsing resumes on the next physical line.

import { CsvRecord } from './csv-record';
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
  let record: CsvRecord | null = null;
  let delimiter: string | null = null;
  for await (const line of lines) {
    if (!('text' in line)) {
      yield { line: record?.line ?? line.number, error: lineProblem(line) };
      record = null;
      continue;
    }
    if (!record && line.text.trim() === '') continue;
    delimiter ??= sniffDelimiter(line.text);
    dialect.delimiter = delimiter;
    record ??= new CsvRecord(line.number, delimiter);
    const complete = record.add(line.text);
    if (record.bytes > maxBytes) {
      yield { line: record.line, error: 'record longer than 1 MB (unclosed quote?)' };
      record = null;
      continue;
    }
    if (!complete) continue;
    const { fields, line: start } = record;
    record = null;
    if (!header) {
      header = checkHeader(fields);
      continue;
    }
    yield toItem(header, fields, start);
  }
  if (record) yield { line: record.line, error: 'unclosed quote at end of input' };
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
