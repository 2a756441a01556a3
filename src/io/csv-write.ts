// CSV output (RFC 4180, CRLF line ends, no BOM), written by csv-stringify: a field is quoted
// when it holds a comma, quote or line break, or starts or ends with a space; quotes are
// doubled. The formula guard (on unless `formulaGuard: false`) gives a leading apostrophe to
// a text that a spreadsheet would run as a formula ("CSV injection", OWASP); every other
// value is written as it is, so "+972 Magazine" or "-5" join with the JSONL export.

import { type Options, stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Prefix texts a spreadsheet would run with an apostrophe (default true). */
  formulaGuard?: boolean;
}

/**
 * Would Excel, LibreOffice or Google Sheets run this text? Always when it starts with
 * "=" or "@" (or a tab or carriage return, which some strip before looking); when it starts
 * with "+" or "-", only if what follows can do something: a function call or a
 * parenthesis ("+HYPERLINK(...)"), a DDE or sheet reference ("-2+3+cmd|' /C calc'!A0"),
 * a comparison or concatenation, or a bare cell reference ("+A1"). Words and numbers after
 * the sign ("+972 Magazine", "- Gaza live") are shown as text.
 */
export function runsAsFormula(text: string): boolean {
  if (/^[=@\t\r]/.test(text)) return true;
  if (!/^[+-]/.test(text)) return false;
  return /[()!|=&;<>]/.test(text) || /^[+-]\s*\$?[A-Za-z]{1,3}\$?\d+(?![\w-])/.test(text);
}

const BASE: Options = {
  record_delimiter: 'windows',
  quote_record_delimiter: true,
  quoted_match: /^\s|\s$/,
  // csv-stringify writes true as "1" and false as ""
  cast: { boolean: (value) => String(value) },
};
const GUARDED: Options = {
  ...BASE,
  cast: { ...BASE.cast, string: (value) => (runsAsFormula(value) ? `'${value}` : value) },
};

/** One CSV row, CRLF included. */
export function csvLine(values: readonly Cell[], options: CsvOptions = {}): string {
  return stringify([values], options.formulaGuard === false ? BASE : GUARDED);
}

/** A number with at most 6 decimals, for rates and intervals. */
export function decimal(value: number | null): string {
  return value === null ? '' : String(Number(value.toFixed(6)));
}
