// Examples of errors for tuning: the sentence with the word in question marked [[like this]].

import type { Offsets } from './score';

export function mark(text: string, spans: readonly Offsets[]): string {
  let out = '';
  let cursor = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < cursor) continue;
    out += `${text.slice(cursor, s.start)}[[${text.slice(s.start, s.end)}]]`;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

/** n items spread evenly over the list (all of them when there are at most n). */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

/** "False positives (12 of 40):" followed by the examples, or nothing when there are none. */
export function errorList(title: string, examples: readonly string[], n: number): string[] {
  if (n === 0 || examples.length === 0) return [];
  const shown = spread(examples, n);
  return [`${title} (${shown.length} of ${examples.length}):`, ...shown.map((e) => `  ${e}`)];
}
