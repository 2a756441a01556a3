// Real headlines for the speed benchmarks (issue 15): the texts of
// eval/data/real/pool-rss2025.jsonl (955 RSS headlines of 2025) and eval/data/real/gold.jsonl
// (the real-text gold: headlines and sentences of news), in that order. Words are runs of
// non-space characters, the same count for every system measured.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths';

export const REAL_FILES = ['eval/data/real/pool-rss2025.jsonl', 'eval/data/real/gold.jsonl'];

export function realTexts(): string[] {
  return REAL_FILES.flatMap((file) =>
    readFileSync(join(PACKAGE_ROOT, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

export function wordCount(text: string): number {
  const matches = text.match(/\S+/g);
  return matches === null ? 0 : matches.length;
}

/** The texts repeated, in order, until they hold at least `words` words. */
export function repeatTo(texts: readonly string[], words: number): { texts: string[]; words: number } {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = texts[i % texts.length] as string;
    out.push(text);
    count += wordCount(text);
  }
  return { texts: out, words: count };
}

/** The texts from `start` on, in order, until they hold at least `words` words (none repeated). */
export function sliceFrom(texts: readonly string[], start: number, words: number): { texts: string[]; words: number; next: number } {
  const out: string[] = [];
  let count = 0;
  let i = start;
  for (; count < words && i < texts.length; i++) {
    const text = texts[i] as string;
    out.push(text);
    count += wordCount(text);
  }
  return { texts: out, words: count, next: i };
}
