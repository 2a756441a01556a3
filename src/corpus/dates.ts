// Dates as real collections write them: ISO ("2024-03-08", "2024-03-08T10:00Z"), with
// slashes or none ("2024/03/08", "20240308"), or with the month in words ("March 8, 2024",
// "8 Mar 2024", "Fri, 08 Mar 2024 10:00:00 GMT" as RSS writes it). Day/month orders that
// cannot be told apart ("03/08/2024") are refused rather than guessed, unless the
// collection's order is given (`--date-format dmy|mdy`).

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export type ParsedDate = { ok: string } | { error: string };

/** How a collection writes numeric dates with the year last: 08/03/2024 (dmy) or 03/08/2024 (mdy). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export function isDateOrder(value: unknown): value is DateOrder {
  return (DATE_ORDERS as readonly unknown[]).includes(value);
}

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text) ? text : null;
}

function month(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '').slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)];
}

export function parseDate(input: string, order?: DateOrder): ParsedDate {
  const s = input.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return done(iso(Number(m[1]), Number(m[2]), Number(m[3])), input);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return done(iso(Number(m[1]), Number(m[2]), Number(m[3])), input);
  // "March 8, 2024", "Mar. 8 2024"
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[1] as string)) return done(iso(Number(m[3]), month(m[1] as string) as number, Number(m[2])), input);
  // "8 Mar 2024", "Fri, 08 Mar 2024 10:00:00 GMT"
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/.exec(s);
  if (m && month(m[2] as string)) return done(iso(Number(m[3]), month(m[2] as string) as number, Number(m[1])), input);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (order === 'dmy') return done(iso(Number(m[3]), b, a), input);
    if (order === 'mdy') return done(iso(Number(m[3]), a, b), input);
    if (a > 12 && b <= 12) return done(iso(Number(m[3]), b, a), input);
    if (b > 12 && a <= 12) return done(iso(Number(m[3]), a, b), input);
    return { error: `"date" ${JSON.stringify(input)} could be day/month or month/day: give --date-format dmy or mdy, or write it as 2024-03-08` };
  }
  return { error: `"date" must be a date like 2025-03-08 (or "8 March 2025", "March 8, 2025", "2025/03/08"), got ${JSON.stringify(input)}` };
}

function done(day: string | null, input: string): ParsedDate {
  return day ? { ok: day } : { error: `"date" is not a real date: ${JSON.stringify(input)}` };
}
