// The harm lexicon (data/harm/, docs/harm.md) and its matcher.
export { HARM_DIR, loadHarmLexicon } from './load';
export { HarmMatcher, defaultHarmMatcher, type HarmMatch } from './matcher';
export type { CauseClass, HarmEntry, HarmLexicon, NounEntry, VerbEntry, VerbForm, VictimKind } from './types';
