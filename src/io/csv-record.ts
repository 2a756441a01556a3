// CSV records from physical lines, parsed by csv-parse: RFC 4180 with any one delimiter,
// "quoted" fields with "" for a quote and line breaks inside quotes, lenient like
// spreadsheets (a quote that neither opens nor closes a field is kept as it is).
// csv-parse stops at its first error and holds a finished record until it sees what
// follows, so this wrapper feeds it one line at a time and keeps each record's first line
// and size: a problem is reported where its record starts, and reading starts afresh on
// the next physical line.

import { Parser } from 'csv-parse';

export type CsvRow = { line: number; fields: string[] } | { line: number; error: string };

interface Fed {
  number: number;
  text: string;
  bytes: number;
  blank: boolean;
}

export const TOO_LONG = 'record longer than 1 MB (unclosed quote?)';

export class CsvRecords {
  private parser: Parser;
  /** Physical lines before the parser's first. */
  private base: number;
  /** The lines fed since the last record ended, from the first that is not blank. */
  private pending: Fed[] = [];
  /** Their bytes, line breaks included. */
  private bytes = 0;
  private rows: CsvRow[] = [];

  constructor(
    /** ",", or ";" and tab as European spreadsheets and some exports write them. */
    private readonly delimiter: string,
    private readonly maxBytes: number,
    /** Lines before the first that will be added. */
    before = 0,
  ) {
    this.base = before;
    this.parser = this.open();
  }

  /** Adds the next physical line; returns the rows finished so far. */
  add(number: number, text: string): CsvRow[] {
    this.feed(number, text);
    return this.take();
  }

  /** A line that could not be read: the record it falls in is dropped, reported as `error`. */
  skip(number: number, error: string): CsvRow[] {
    this.flush(error, number);
    this.renew(number);
    return this.take();
  }

  /** The end of the input: the last rows, or where an unclosed quote starts. */
  end(): CsvRow[] {
    this.flush('unclosed quote at end of input');
    return this.take();
  }

  private feed(number: number, text: string): void {
    const blank = text.trim() === '';
    if (this.pending.length > 0 || !blank) {
      const bytes = Buffer.byteLength(text) + 1;
      this.pending.push({ number, text, bytes, blank });
      this.bytes += bytes;
    }
    this.parser.write(`${text}\n`);
    const error = this.parser.errored;
    if (error) {
      this.flush(`not readable as CSV (${error.message})`);
      this.renew(number);
    } else if (this.bytes > this.maxBytes) this.overflow(number);
  }

  /**
   * Over the limit, maybe only because csv-parse still holds a finished record: that is let
   * out, and the lines after it go to a new parser, unless they are too long themselves.
   */
  private overflow(number: number): void {
    this.parser.end();
    if (this.bytes > this.maxBytes) {
      this.flush(TOO_LONG);
      this.renew(number);
      return;
    }
    const rest = this.pending;
    this.pending = [];
    this.bytes = 0;
    this.renew((rest[0]?.number ?? number + 1) - 1);
    for (const line of rest) this.feed(line.number, line.text);
  }

  /** Lets out the records the parser holds; reports an unfinished one as `error` (or, with none, line `at`). */
  private flush(error: string, at?: number): void {
    if (!this.parser.writableEnded && !this.parser.destroyed) this.parser.end();
    const start = this.pending[0]?.number ?? at;
    if (start !== undefined) this.rows.push({ line: start, error });
    this.pending = [];
    this.bytes = 0;
  }

  /** A new parser, for the lines after `after`. */
  private renew(after: number): void {
    this.base = after;
    this.parser = this.open();
  }

  private open(): Parser {
    const parser = new Parser({
      delimiter: this.delimiter,
      record_delimiter: '\n',
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (fields: string[], info) => {
        this.finish(this.base + info.lines, fields);
        return null;
      },
    });
    parser.on('error', () => undefined); // seen through `errored`
    return parser;
  }

  /** A record that ends on physical line `end`. */
  private finish(end: number, fields: string[]): void {
    const lines = this.pending.filter((l) => l.number <= end);
    this.pending = this.pending.filter((l) => l.number > end);
    while (this.pending[0]?.blank) this.pending.shift();
    this.bytes = sum(this.pending);
    const start = lines[0];
    if (!start || lines.every((l) => l.blank)) return; // a line of spaces, outside any record
    this.rows.push(sum(lines) > this.maxBytes ? { line: start.number, error: TOO_LONG } : { line: start.number, fields });
  }

  private take(): CsvRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
}

function sum(lines: readonly Fed[]): number {
  return lines.reduce((total, l) => total + l.bytes, 0);
}
