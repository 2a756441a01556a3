// Quoted stretches of a sentence: between double quotes (straight or curly) or single
// quotes used as quotation marks, as headlines use them ("vows to punish 'individual
// violations'"). An apostrophe inside a word ("Israel's", "don't") is not a quote.

export interface Range {
  start: number;
  end: number;
}

const PAIRS: ReadonlyArray<[string, string]> = [['“', '”'], ['‘', '’'], ['«', '»']];
/** Any mark of PAIRS or a straight quote. */
const QUOTE_MARK = /["'“”‘’«»]/;

/** Character ranges [start, end) of the quoted stretches in `text`, quotes included. */
export function quotedRanges(text: string): Range[] {
  // most sentences have no quotation mark: none of the five passes below then
  if (!QUOTE_MARK.test(text)) return [];
  const ranges: Range[] = [];
  for (const [open, close] of PAIRS) collectPairs(text, open, close, ranges);
  collectStraight(text, '"', ranges);
  collectStraight(text, "'", ranges);
  return ranges.sort((a, b) => a.start - b.start);
}

const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i] as string);

/** Curly pairs; a right single quote between letters is an apostrophe ("Israel’s"). */
function collectPairs(text: string, open: string, close: string, out: Range[]): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === open && start < 0 && !(open === '‘' && letterAt(text, i - 1))) start = i;
    else if (c === close && start >= 0 && !(close === '’' && letterAt(text, i - 1) && letterAt(text, i + 1))) {
      out.push({ start, end: i + 1 });
      start = -1;
    }
  }
}

/** Straight quotes: an opening one not after a letter, a closing one not before a letter. */
function collectStraight(text: string, q: string, out: Range[]): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== q) continue;
    const before = letterAt(text, i - 1);
    const after = letterAt(text, i + 1);
    if (q === "'" && before && after) continue; // don't, Israel's
    if (start < 0 && !before && after) start = i;
    else if (start >= 0 && !after) {
      out.push({ start, end: i + 1 });
      start = -1;
    }
  }
}
