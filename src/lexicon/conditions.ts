// Context conditions of lexicon entries, compiled to checks on a sentence's word view.
// Each condition looks only inside the sentence of the match (docs/lexicon.md, "Context").

import { PhraseTrie } from './trie';
import type { EntryContext, NearbyCondition } from './types';
import { type WordView, expandPattern } from './words';

/** A compiled context: does a match of words [start, end) in this sentence qualify? */
export type ContextCheck = (view: WordView, start: number, end: number) => boolean;

/** Compiles word lists once per distinct list, however many entries share it. */
export class WordListCompiler {
  private readonly cache = new Map<string, PhraseTrie<true>>();

  constructor(private readonly wordlists: ReadonlyMap<string, readonly string[]>) {}

  compile(words: readonly string[]): PhraseTrie<true> {
    const key = words.join('\u0000');
    const cached = this.cache.get(key);
    if (cached) return cached;
    const trie = new PhraseTrie<true>();
    for (const word of words) {
      for (const pattern of this.resolve(word)) {
        for (const sequence of expandPattern(pattern)) trie.add(sequence, true);
      }
    }
    this.cache.set(key, trie);
    return trie;
  }

  private resolve(word: string): readonly string[] {
    if (!word.startsWith('@')) return [word];
    const list = this.wordlists.get(word.slice(1));
    if (!list) throw new Error(`unknown word list ${word}`);
    return list;
  }
}

export function compileContext(context: EntryContext, lists: WordListCompiler): ContextCheck {
  const checks: ContextCheck[] = [];
  for (const condition of context.requires_nearby ?? []) checks.push(nearby(condition, lists));
  for (const condition of context.unless_nearby ?? []) {
    const near = nearby(condition, lists);
    checks.push((view, start, end) => !near(view, start, end));
  }
  if (context.requires_followed_by) {
    const trie = lists.compile(context.requires_followed_by);
    checks.push((view, _start, end) => trie.matchesAt(view.words, end).length > 0);
  }
  if (context.unless_followed_by) {
    const trie = lists.compile(context.unless_followed_by);
    checks.push((view, _start, end) => trie.matchesAt(view.words, end).length === 0);
  }
  if (context.requires_preceded_by) {
    const trie = lists.compile(context.requires_preceded_by);
    checks.push((view, start) => endsAt(trie, view.words, start));
  }
  if (context.unless_preceded_by) {
    const trie = lists.compile(context.unless_preceded_by);
    checks.push((view, start) => !endsAt(trie, view.words, start));
  }
  if (context.requires_tag) {
    const prefixes = context.requires_tag;
    checks.push((view, start) => {
      const tag = view.tokens[start]?.tag ?? '';
      return prefixes.some((p) => tag.startsWith(p));
    });
  }
  return (view, start, end) => checks.every((check) => check(view, start, end));
}

/** Does a listed phrase lie within `within` words of the match, on the given side? */
function nearby(condition: NearbyCondition, lists: WordListCompiler): ContextCheck {
  const trie = lists.compile(condition.words);
  const { within, side } = condition;
  return (view, start, end) => {
    const words = view.words;
    if (side !== 'after') {
      for (let k = Math.max(0, start - within); k < start; k++) {
        if (trie.matchesAt(words, k, start).length > 0) return true;
      }
    }
    if (side !== 'before') {
      const limit = Math.min(words.length, end + within);
      for (let k = end; k < limit; k++) {
        if (trie.matchesAt(words, k, limit).length > 0) return true;
      }
    }
    return false;
  };
}

/** Does a listed phrase end exactly at `position`? */
function endsAt(trie: PhraseTrie<true>, words: readonly string[], position: number): boolean {
  for (let k = 0; k < position; k++) {
    if (trie.matchesAt(words, k, position).some((m) => m.end === position)) return true;
  }
  return false;
}
