// The pattern mini-language of lexicon variants and context word lists:
//
//   remnant~n of (the)? (ousted|former|fallen)? (assad|al-assad)? regime
//
// - words are matched case-insensitively; a hyphen inside a word also matches a space or
//   nothing ("officer-involved" = "officer involved" = "officerinvolved");
// - `word~n` inflects a noun (singular and plural), `word~v` a verb (all forms, from the base);
// - `(a|b c)` is a choice between word sequences, `(...)?` makes the group optional.
//
// parsePattern turns a pattern into the plain word sequences it stands for (before
// inflection and tokenisation, which words.ts does).

export type Marker = 'n' | 'v';

export interface WordSpec {
  text: string;
  marker?: Marker;
}

export class PatternError extends Error {}

/** Most sequences one pattern may expand to: a guard against runaway alternations. */
const MAX_EXPANSION = 2000;

type Lexeme = '(' | ')' | '|' | '?' | WordSpec;

export function parsePattern(source: string): WordSpec[][] {
  const lexemes = lex(source);
  const parser = new Parser(source, lexemes);
  const sequences = parser.sequence();
  if (!parser.done()) throw new PatternError(`unbalanced ")" in pattern "${source}"`);
  if (sequences.every((s) => s.length === 0)) throw new PatternError(`empty pattern "${source}"`);
  return sequences.filter((s) => s.length > 0);
}

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  const pattern = /\s+|[()|?]|[^\s()|?]+/g;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const text = m[0];
    if (/^\s+$/.test(text)) continue;
    if (text === '(' || text === ')' || text === '|' || text === '?') out.push(text);
    else out.push(wordSpec(source, text));
  }
  return out;
}

function wordSpec(source: string, text: string): WordSpec {
  const marked = /^(.+)~([nv])$/.exec(text);
  const word = marked ? (marked[1] as string) : text;
  if (word.includes('~') || word.startsWith('@')) {
    throw new PatternError(`bad word "${text}" in pattern "${source}" (markers are ~n and ~v)`);
  }
  return marked ? { text: word, marker: marked[2] as Marker } : { text: word };
}

class Parser {
  private position = 0;

  constructor(
    private readonly source: string,
    private readonly lexemes: readonly Lexeme[],
  ) {}

  done(): boolean {
    return this.position >= this.lexemes.length;
  }

  /** A sequence of items up to ")" or "|" or the end; returns its expansions. */
  sequence(): WordSpec[][] {
    let expansions: WordSpec[][] = [[]];
    for (;;) {
      const next = this.lexemes[this.position];
      if (next === undefined || next === ')' || next === '|') return expansions;
      const item = this.item();
      const combined: WordSpec[][] = [];
      for (const prefix of expansions) for (const suffix of item) combined.push([...prefix, ...suffix]);
      if (combined.length > MAX_EXPANSION) {
        throw new PatternError(`pattern "${this.source}" expands to more than ${MAX_EXPANSION} wordings`);
      }
      expansions = combined;
    }
  }

  private item(): WordSpec[][] {
    const lexeme = this.lexemes[this.position++];
    if (lexeme === '?') throw new PatternError(`"?" must follow a group in pattern "${this.source}"`);
    if (lexeme !== '(') return [[lexeme as WordSpec]];
    const alternatives: WordSpec[][] = [...this.sequence()];
    while (this.lexemes[this.position] === '|') {
      this.position++;
      alternatives.push(...this.sequence());
    }
    if (this.lexemes[this.position] !== ')') throw new PatternError(`missing ")" in pattern "${this.source}"`);
    this.position++;
    if (this.lexemes[this.position] === '?') {
      this.position++;
      alternatives.push([]);
    }
    return alternatives;
  }
}
