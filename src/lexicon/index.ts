// The euphemism and loaded-label lexicon: data in data/lexicon/, format in docs/lexicon.md.
export { LEXICON_DIR, loadLexicon } from './load';
export { LexiconMatcher, defaultMatcher } from './matcher';
export type { LexiconMatch } from './matcher';
export { LexiconError } from './schema';
export { wordView } from './words';
export type { Category, EntryContext, Lexicon, LexiconEntry, Source, SourceKind } from './types';
