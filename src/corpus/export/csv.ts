// CSV output (RFC 4180): a field is quoted when it holds a comma, quote or line break,
// or starts or ends with a space; quotes are doubled. A text that a spreadsheet would run
// as a formula (starting with = + - @, a tab or a carriage return: "CSV injection", OWASP)
// gets a leading apostrophe; numbers are written as they are.

export type Cell = string | number | boolean | null | undefined;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A number with at most 6 decimals, for rates and intervals. */
export function decimal(value: number | null): string {
  return value === null ? '' : String(Number(value.toFixed(6)));
}
