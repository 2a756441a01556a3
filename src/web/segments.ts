// Splits a text into pieces at every annotation boundary, so overlapping and nested
// annotations can be shown without nesting HTML. Pure; the views escape each piece.

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Indices (into the ranges given) of the ranges covering this piece. */
  covering: number[];
  /** Indices of the ranges whose last piece this is. */
  ending: number[];
}

/** Ranges outside the text, empty or reversed are ignored; `cuts` adds further boundaries. */
export function segment(text: string, ranges: readonly Range[], cuts: readonly number[] = []): Segment[] {
  const valid = (r: Range): boolean =>
    Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= text.length && r.start < r.end;
  const points = new Set<number>([0, text.length, ...cuts.filter((c) => c > 0 && c < text.length)]);
  for (const r of ranges) {
    if (!valid(r)) continue;
    points.add(r.start);
    points.add(r.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const covering: number[] = [];
    const ending: number[] = [];
    ranges.forEach((r, k) => {
      if (!valid(r) || r.start > start || r.end < end) return;
      covering.push(k);
      if (r.end === end) ending.push(k);
    });
    segments.push({ start, end, text: text.slice(start, end), covering, ending });
  }
  return segments;
}
