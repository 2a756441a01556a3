// What a page needs to show one analysed text: its paragraphs cut into pieces with their
// highlights and tooltip ids, and the counts for the summary panel.

import { languageNote } from '../language-note';
import { languageOf } from '../nlp/language';
import type { Analysis } from '../types';
import { type Highlight, type Palette, highlights } from './highlights';
import { segment } from './segments';
import { type TextStats, textStats } from './stats';

export interface Piece {
  start: number;
  text: string;
  /** Highlights covering this piece (empty for plain text). */
  marks: Highlight[];
  /** Highlights ending here, whose markers follow the piece. */
  ends: Highlight[];
  /** CSS classes of the covering highlights. */
  classes: string;
  /** Id of the piece's tooltip, unique on the page. */
  tipId: string;
}

export interface AnnotatedText {
  analysis: Analysis;
  /** Paragraphs (split at blank lines), each a list of pieces. */
  paragraphs: Piece[][];
  highlights: Highlight[];
  stats: TextStats;
  /** Not English: what the page says instead of a silent "nothing found" (null for English). */
  languageNotice: string | null;
}

/** Blank lines between paragraphs: [start, end) of each run. */
function breaks(text: string): [number, number][] {
  return [...text.matchAll(/\n[^\S\n]*\n\s*/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** `prefix` keeps ids unique when a page shows several texts. */
export function annotate(analysis: Analysis, colours: Palette, prefix = 't'): AnnotatedText {
  const shown = highlights(analysis, colours);
  const gaps = breaks(analysis.text);
  const paragraphs: Piece[][] = [[]];
  segment(analysis.text, shown, gaps.flat()).forEach((s, k) => {
    if (gaps.some(([a, b]) => s.start >= a && s.end <= b)) {
      if (paragraphs.at(-1)?.length) paragraphs.push([]);
      return;
    }
    const marks = s.covering.map((i) => shown[i] as Highlight);
    paragraphs.at(-1)?.push({
      start: s.start,
      text: s.text,
      marks,
      ends: s.ending.map((i) => shown[i] as Highlight),
      classes: [...new Set(marks.map((m) => `hl-${m.style}`))].join(' '),
      tipId: `${prefix}-tip-${k}`,
    });
  });
  return { analysis, paragraphs: paragraphs.filter((p) => p.length), highlights: shown, stats: textStats(analysis),
    languageNotice: languageNote(languageOf(analysis.text)) };
}

