// Finds lexicon phrases in a sentence: every wording of every entry goes into one word trie;
// matches whose context conditions hold are kept, and overlapping ones resolved longest-first.

import { type ContextCheck, WordListCompiler, compileContext } from './conditions';
import { loadLexicon } from './load';
import { PhraseTrie, type TrieMatch } from './trie';
import type { Lexicon, LexiconEntry } from './types';
import { type WordView, expandPattern, expandPhrase } from './words';

export interface LexiconMatch {
  entry: LexiconEntry;
  /** Word indices into the sentence's word view, end exclusive. */
  start: number;
  end: number;
}

export class LexiconMatcher {
  private readonly trie = new PhraseTrie<number>();
  private readonly lists: WordListCompiler;
  /**
   * Per entry, its context compiled to a check on the entry's first match, not up front: most
   * entries meet no text of a run, and the word lists of their contexts took some 20 ms of each
   * start-up to compile (issue 15). The lexicon's word lists were checked when it was loaded.
   */
  private readonly checks: Array<ContextCheck | undefined>;

  constructor(readonly lexicon: Lexicon) {
    this.lists = new WordListCompiler(lexicon.wordlists);
    lexicon.entries.forEach((entry, index) => {
      const wordings = [...expandPhrase(entry.phrase, entry.inflect), ...entry.variants.flatMap(expandPattern)];
      for (const words of wordings) this.trie.add(words, index);
    });
    this.checks = lexicon.entries.map(() => undefined);
  }

  private check(index: number): ContextCheck {
    return (this.checks[index] ??= compileContext((this.lexicon.entries[index] as LexiconEntry).context, this.lists));
  }

  /** Non-overlapping matches in one sentence, in text order; the longest wins an overlap. */
  match(view: WordView): LexiconMatch[] {
    const candidates: LexiconMatch[] = [];
    // indexed loops, not for-of: run for every word of every sentence, the iterators for-of
    // made were 6 of the 315 MB allocated per 10,000 headlines (issue 15)
    for (let start = 0; start < view.words.length; start++) {
      const matches = this.trie.matchesAt(view.words, start);
      for (let m = 0; m < matches.length; m++) {
        const { end, values } = matches[m] as TrieMatch<number>;
        for (let v = 0; v < values.length; v++) {
          const index = values[v] as number;
          if (this.check(index)(view, start, end)) {
            candidates.push({ entry: this.lexicon.entries[index] as LexiconEntry, start, end });
          }
        }
      }
    }
    const chars = (m: LexiconMatch): number =>
      (view.tokens[m.end - 1]?.end ?? 0) - (view.tokens[m.start]?.start ?? 0);
    return selectLongest(candidates, chars);
  }
}

/** Non-overlapping matches: the most words win, then the most characters, then the earliest. */
export function selectLongest<M extends { start: number; end: number }>(candidates: M[], chars: (m: M) => number): M[] {
  // none or one (most sentences): nothing to rank, and no map or copies made
  if (candidates.length < 2) return candidates;
  const order = new Map(candidates.map((c, i) => [c, i]));
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      chars(b) - chars(a) ||
      a.start - b.start ||
      (order.get(a) as number) - (order.get(b) as number),
  );
  const taken: M[] = [];
  for (const candidate of ranked) {
    if (taken.every((t) => candidate.end <= t.start || candidate.start >= t.end)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

let shared: LexiconMatcher | null = null;

/** The matcher for the shipped lexicon, built on first use. */
export function defaultMatcher(): LexiconMatcher {
  shared ??= new LexiconMatcher(loadLexicon());
  return shared;
}
