// Finds harm words in a sentence: every wording of every entry (verbs.yml, nouns.yml) goes
// into one word trie, matched on lower-cased tokens. Where wordings overlap, the longest wins
// ("opened fire on" over "fire on"); a word that is both a verb and a noun form ("killing",
// "arrests") keeps both readings for the detector to choose from.

import { primeCompiledExpansions } from '../lexicon/compiled';
import { PhraseTrie } from '../lexicon/trie';
import { expandPattern, normalizeWord } from '../lexicon/words';
import type { Token } from '../types';
import { loadHarmLexicon } from './load';
import type { HarmEntry, HarmLexicon } from './types';

export interface HarmMatch {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  /** Entries whose wordings match exactly these words (a verb and a noun reading at most). */
  entries: HarmEntry[];
  /** The next longest wording at the same start ("shooting" under "shooting at"), read when the longest finds no event. */
  shorter?: { end: number; entries: HarmEntry[] };
}

export class HarmMatcher {
  private readonly trie = new PhraseTrie<number>();

  constructor(readonly lexicon: HarmLexicon) {
    lexicon.entries.forEach((entry, index) => {
      for (const pattern of entry.words) {
        const joined = hyphenJoined(pattern);
        for (const words of expandPattern(pattern)) {
          this.trie.add(words, index);
          // "Tear-Gassed", "pepper-sprayed", "hit-and-run": a wording of two or three words
          // spelled with hyphens, which the tokenizer keeps as tokens of their own
          if (words.length === 2 || words.length === 3) this.trie.add(words.flatMap((w, i) => (i === 0 ? [w] : ['-', w])), index);
          // "in life-threatening condition", "first-degree assault": a word the wording spells
          // with a hyphen inside a longer wording, its hyphen a token of the text too
          const hyphened = withHyphens(words, joined);
          if (hyphened) this.trie.add(hyphened, index);
        }
      }
    });
  }

  /** `words`: the tokens' normalised words, when the caller has them already. */
  match(tokens: readonly Token[], words: readonly string[] = tokens.map((t) => normalizeWord(t.text))): HarmMatch[] {
    const found: HarmMatch[] = [];
    for (let start = 0; start < words.length; start++) {
      const all = this.trie.matchesAt(words, start);
      const longest = all.at(-1);
      if (!longest) continue;
      const last = found.at(-1);
      if (last && last.end > start) continue;
      const entriesOf = (values: readonly number[]): HarmEntry[] => values.map((i) => this.lexicon.entries[i] as HarmEntry);
      const shorter = all.at(-2);
      found.push({ start, end: longest.end, entries: entriesOf(longest.values), ...(shorter ? { shorter: { end: shorter.end, entries: entriesOf(shorter.values) } } : {}) });
    }
    return found;
  }
}

/** The pairs of words a pattern joins with a hyphen ("life-threatening" → "life threatening"). */
function hyphenJoined(pattern: string): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const word of pattern.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)+/gu) ?? []) {
    const parts = word.split('-');
    for (let i = 1; i < parts.length; i++) pairs.add(`${parts[i - 1]} ${parts[i]}`);
  }
  return pairs;
}

/** The words with a hyphen token between each pair the pattern joined, or null when it joined none of them. */
function withHyphens(words: readonly string[], joined: ReadonlySet<string>): string[] | null {
  if (joined.size === 0) return null;
  const out: string[] = [];
  let any = false;
  words.forEach((w, i) => {
    if (i > 0 && joined.has(`${words[i - 1]} ${w}`)) {
      out.push('-');
      any = true;
    }
    out.push(w);
  });
  return any ? out : null;
}

let shared: HarmMatcher | null = null;

/** The shipped wordings' expansions in the cache (src/lexicon/compiled.ts). */
const EXPANSIONS_FILE = 'harm-expansions.json';

export function defaultHarmMatcher(): HarmMatcher {
  if (shared) return shared;
  const lexicon = loadHarmLexicon();
  primeCompiledExpansions(EXPANSIONS_FILE, lexicon.entries.flatMap((entry) => entry.words));
  shared = new HarmMatcher(lexicon);
  return shared;
}
