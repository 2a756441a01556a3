// Text → word tokens with UTF-16 offsets into the exact input.
//
// The segmentation follows the Universal Dependencies English treebank the tagger is
// trained on: clitics split off ("do|n't", "police|'s"), hyphens between words are tokens
// of their own ("al|-|Assad"), punctuation is one token per mark.

export interface RawToken {
  start: number;
  end: number;
  text: string;
  /** The word a shortened form stands for, where the text is not it: "N." in "N.Korea" is "North". */
  expanded?: string;
}

const ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov',
  'sen', 'rep', 'rev', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'approx',
  'dept', 'est', 'fig', 'maj', 'mt', 'ft', 'brig', 'adm', 'cmdr', 'pres', 'u.s', 'u.k', 'u.n',
];

/**
 * Marks that take no width: soft hyphens, zero-width spaces and joiners, direction marks, word
 * joiners and byte-order marks. Inside a word they hide it from filters ("se\u200exually
 * assaul\u200eted" in a shared news title) or are left by a web page's hyphenation: the token
 * spans them, and its text leaves them out, so the word is read as the word it is.
 */
const INVISIBLE_MARKS = /[\u00ad\u200b-\u200f\u2060\ufeff]/;
const INVISIBLE_MARKS_ALL = new RegExp(INVISIBLE_MARKS.source, 'g');

const TOKEN_PATTERN = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]`, // URLs
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail addresses
    String.raw`(?:\p{L}\.){2,}`, // U.S.  U.N.  e.g.
    String.raw`(?<![\p{L}\p{N}.])\.\p{N}+`, // .40  .380 (a calibre), .5: a number, not a sentence's full stop
    // (a decade or a count in the plural is one word, as UD English EWT has it: "the 1990s", "100s of civilians")
    String.raw`\p{N}+(?:[.,:/]\p{N}+)*(?:s(?![\p{L}\p{M}\p{N}_]))?`, // 1,000  3.5  12:30  8/3  1960s
    // words, with inner apostrophes and inner invisible marks ("Teen\u200eager": below)
    String.raw`[\p{L}\p{M}\p{N}_]+(?:${INVISIBLE_MARKS.source}+[\p{L}\p{M}\p{N}_]+)*(?:['’][\p{L}\p{M}]+)*`,
    String.raw`\.{2,}|-{2,}|[!?]+`, // ...  --  ?!
    String.raw`\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|[\ufe0f\u{1f3fb}-\u{1f3ff}])*`,
    String.raw`[^\s]`, // any other mark, one at a time
  ].join('|'),
  'gu',
);

// Clitics split off the end of a word, longest first: "don't" → "do" + "n't".
const CLITIC = /(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  // the one shared pattern: a copy per call (new RegExp) cost more than the matching of a
  // headline's words (issue 15); nothing in the loop tokenises again
  const pattern = TOKEN_PATTERN;
  for (let at = skipAsciiSpace(text, 0); at < text.length; at = skipAsciiSpace(text, at)) {
    let start = at;
    let word: string;
    const plainEnd = plainWordEnd(text, at);
    if (plainEnd > 0) word = text.slice(at, plainEnd);
    else {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (!match) break;
      start = match.index;
      word = match[0];
    }
    const compass = compassInitialAt(text, start, word);
    if (compass) {
      tokens.push({ start, end: start + 2, text: `${word}.`, expanded: compass });
      at = start + 2;
      continue;
    }
    const abbreviation = abbreviationAt(text, start, word) ?? middleInitialAt(text, start, word, tokens.at(-1));
    if (abbreviation) {
      tokens.push({ start, end: start + abbreviation.length, text: abbreviation });
      at = start + abbreviation.length;
      continue;
    }
    at = start + word.length;
    // a plain word has no invisible mark and no clitic
    if (plainEnd > 0) tokens.push({ start, end: at, text: word });
    else if (INVISIBLE_MARKS.test(word)) tokens.push({ start, end: at, text: word.replace(INVISIBLE_MARKS_ALL, '') });
    else pushWithClitics(tokens, start, word);
  }
  return tokens;
}

/** The first place from `at` that is not an ASCII space, tab or line break (all of them \s, which TOKEN_PATTERN never matches). */
function skipAsciiSpace(text: string, at: number): number {
  let k = at;
  for (let c = text.charCodeAt(k); c === 0x20 || (c >= 0x09 && c <= 0x0d); c = text.charCodeAt(k)) k++;
  return k;
}

/**
 * Where TOKEN_PATTERN's match at `at` ends when it is a plain word, found without running it
 * (issue 15: the pattern's one run per word was the tokenizer's main cost): an ASCII letter, then
 * ASCII letters, digits and underscores, then a character that continues no alternative: not an
 * e-mail address's ".+-@" nor a URL's ":" ("https:"), not an apostrophe (clitics, "O'Brien"),
 * nothing beyond ASCII (letters, marks, invisible marks). A single letter before a period is an
 * abbreviation's ("U.S."), and a digit first a number's: those, and all else, are left to the
 * pattern (-1).
 */
function plainWordEnd(text: string, at: number): number {
  if (!isAsciiLetter(text.charCodeAt(at))) return -1;
  let k = at + 1;
  while (k < text.length && isAsciiWordChar(text.charCodeAt(k))) k++;
  if (k === text.length) return k;
  const c = text.charCodeAt(k);
  return c >= 0x80 || PLAIN_WORD_STOPPERS.includes(c) ? -1 : k;
}

/** After a plain word, characters that may continue a match of TOKEN_PATTERN: . + - @ : ' */
const PLAIN_WORD_STOPPERS: readonly number[] = [0x2e, 0x2b, 0x2d, 0x40, 0x3a, 0x27];

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** "Mr." and "Sept." keep their period, so the sentence splitter does not stop there. */
function abbreviationAt(text: string, start: number, word: string): string | null {
  if (text[start + word.length] !== '.') return null;
  if (!ABBREVIATIONS.includes(word.toLowerCase())) return null;
  return word + '.';
}

/**
 * "Michael D. Argento", "Jay Y. Lee": a capital letter alone between two capitalised words of
 * a name keeps its period, as UD English writes a middle initial ("W."), so the sentence does not
 * stop there. Not after a lower-case word ("took vitamin D. Then") nor before one.
 */
function middleInitialAt(text: string, start: number, word: string, previous: RawToken | undefined): string | null {
  if (word.length !== 1 || !/\p{Lu}/u.test(word) || text[start + 1] !== '.' || text[start + 2] !== ' ') return null;
  if (!previous || !/^\p{Lu}\p{Ll}/u.test(previous.text) || !/\s/.test(text[start - 1] ?? '')) return null;
  return /^\p{Lu}\p{Ll}/u.test(text.slice(start + 3, start + 5)) ? word + '.' : null;
}

/**
 * "N.Korea", "S.Africa", "W.Bank", "C.Asia": the news wires' initial of a compass point (or of
 * "Central") glued by its period to the capitalised name it begins (Reuters headlines), the word
 * it stands for; without it the period ended the sentence there ("N . || Korea fires missile").
 * Lower case too, where the initial opens no name of its own ("shells rebels in n.Iraq").
 */
function compassInitialAt(text: string, start: number, word: string): string | null {
  if (word.length !== 1 || text[start + 1] !== '.') return null;
  const name = /^\p{Lu}\p{Ll}+/u.exec(text.slice(start + 2, start + 24))?.[0];
  if (name === undefined) return null;
  const initial = word.toUpperCase();
  return NAMES_WITH_INITIAL.get(`${initial}.${name}`) ?? COMPASS_INITIALS.get(initial) ?? null;
}

const COMPASS_INITIALS: ReadonlyMap<string, string> = new Map([['N', 'North'], ['S', 'South'], ['E', 'East'], ['W', 'West'], ['C', 'Central']]);
/** Names whose initial is no compass point, or another word for one ("S.Lanka" is Sri Lanka, "N.Ireland" Northern Ireland). */
const NAMES_WITH_INITIAL: ReadonlyMap<string, string> = new Map([
  ['S.Lanka', 'Sri'], ['S.Lankan', 'Sri'], ['S.Lankans', 'Sri'], ['S.Leone', 'Sierra'], ['S.Leonean', 'Sierra'], ['S.Leoneans', 'Sierra'],
  ['S.Arabia', 'Saudi'], ['N.Zealand', 'New'], ['N.Ireland', 'Northern'], ['N.Irish', 'Northern'], ['W.House', 'White'],
  ['M.East', 'Middle'], ['I.Coast', 'Ivory'],
]);

function pushWithClitics(tokens: RawToken[], start: number, word: string): void {
  // "I'm", "I'd": a one-letter host is enough.
  const clitic = word.length >= 3 ? CLITIC.exec(word) : null;
  if (clitic && clitic.index > 0) {
    const host = word.slice(0, clitic.index);
    tokens.push({ start, end: start + host.length, text: host });
    tokens.push({ start: start + host.length, end: start + word.length, text: clitic[0] });
    return;
  }
  tokens.push({ start, end: start + word.length, text: word });
}
