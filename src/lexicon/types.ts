// The lexicon as loaded from data/lexicon/*.yml, after validation (see docs/lexicon.md).

/** Which words of the sentence a context condition looks at, relative to the match. */
export type Side = 'before' | 'after' | 'both';

/** "One of these phrases occurs within `within` tokens of the match, on `side`." */
export interface NearbyCondition {
  /** Patterns (mini-language of pattern.ts) or `@name` references to shared word lists. */
  words: string[];
  within: number;
  side: Side;
}

/** Context conditions; all present conditions must hold for a match to be flagged. */
export interface EntryContext {
  requires_nearby?: NearbyCondition[];
  unless_nearby?: NearbyCondition[];
  /** A phrase from the list starts right after the match. */
  requires_followed_by?: string[];
  unless_followed_by?: string[];
  /** A phrase from the list ends right before the match. */
  requires_preceded_by?: string[];
  unless_preceded_by?: string[];
  /** The first matched word's Penn tag starts with one of these (e.g. "VB", "NN"). */
  requires_tag?: string[];
}

export type Inflect = 'noun' | 'verb';

export interface EntryCase {
  note: string;
  /** Words (pattern language, ~n/~v markers) any of which in the text makes the case relevant. */
  when: string[];
}

export interface LexiconEntry {
  id: string;
  /** Canonical wording, plain text. */
  phrase: string;
  /** How the phrase inflects: "noun" = last word singular/plural, "verb" = first word's forms. */
  inflect?: Inflect;
  /** Further wordings in the pattern mini-language (explicit ~n / ~v markers). */
  variants: string[];
  category: string;
  /** For an entry in another language than English: the phrase rendered in English. */
  gloss?: string;
  explanation: string;
  alternative: string;
  /** For contested entries: the case for the term, so both sides are shown. */
  note?: string;
  contested: boolean;
  /** Ids into Lexicon.sources. */
  sources: string[];
  context: EntryContext;
  /** A note about one well-known use (the Syrian coast, March 2025), shown when the text is about it. */
  case?: EntryCase;
  /** File the entry came from, relative to the package root (for messages). */
  file: string;
}

export type SourceKind =
  | 'style-guide'
  | 'media-criticism'
  | 'research'
  | 'dataset'
  | 'news'
  | 'official'
  | 'legal'
  | 'ngo'
  | 'essay'
  | 'book'
  | 'reference'
  | 'commentary';

export interface Source {
  id: string;
  /** Who published it ("BBC News", "Amnesty International"): the owner of `url` unless `via` is given. */
  publisher?: string;
  title: string;
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source gives it, or "undated". */
  date?: string;
  /** Absent for bibliographic references without a stable public address. */
  url?: string;
  kind: SourceKind;
  /**
   * Where the copy at `url` was read when it is not the publisher's own site (a republishing
   * site, an aggregator, a mirror): the title names the publisher, `via` the host.
   */
  via?: string;
}

export interface Category {
  id: string;
  label: string;
  description: string;
}

export interface Lexicon {
  categories: Category[];
  entries: LexiconEntry[];
  sources: Map<string, Source>;
  /** Shared word lists referenced as `@name` from context conditions. */
  wordlists: Map<string, string[]>;
}
