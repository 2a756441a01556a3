// Finds Arabic lexicon phrases (data/lexicon/ar/) in text: every wording of every entry goes
// into one word trie, in the forms arabic.ts compares; each text word is read with and
// without its prefixes. Arabic entries have no inflection markers and no context conditions
// (the English word lists and tags do not apply); overlaps are resolved longest-first.

import { join } from 'node:path';
import { type ArabicWord, arabicWords, lexiconForm } from './arabic';
import { LEXICON_DIR, loadLexicon } from './load';
import { selectLongest } from './matcher';
import { parsePattern } from './pattern';
import { LexiconError } from './schema';
import { PhraseTrie } from './trie';
import type { Lexicon, LexiconEntry } from './types';

export const ARABIC_LEXICON_DIR = join(LEXICON_DIR, 'ar');

export interface ArabicMatch {
  entry: LexiconEntry;
  /** Character offsets into the text. */
  start: number;
  end: number;
}

export class ArabicMatcher {
  private readonly trie = new PhraseTrie<number>();

  constructor(readonly lexicon: Lexicon) {
    lexicon.entries.forEach((entry, index) => {
      if (entry.inflect || Object.keys(entry.context).length > 0) {
        throw new LexiconError(entry.file, entry.id, 'Arabic entries take no "inflect" and no "context" (list the forms as variants)');
      }
      for (const pattern of [entry.phrase, ...entry.variants]) {
        for (const specs of parsePattern(pattern)) {
          if (specs.some((s) => s.marker)) throw new LexiconError(entry.file, entry.id, `"${pattern}": Arabic words take no ~n or ~v marker`);
          this.trie.add(specs.flatMap((s) => s.text.split('-')).map(lexiconForm), index);
        }
      }
    });
  }

  /** Non-overlapping matches in text[from, to), in text order; the longest wins an overlap. */
  match(text: string, from = 0, to = text.length): ArabicMatch[] {
    const words = arabicWords(text, from, to);
    const forms = words.map((w) => w.forms);
    const candidates: { entry: LexiconEntry; start: number; end: number }[] = [];
    for (let start = 0; start < words.length; start++) {
      for (const { end, values } of this.trie.matchesAtAnyForm(forms, start)) {
        // A phrase does not run across punctuation or Latin text between its words.
        if (!adjacent(text, words, start, end)) continue;
        for (const index of values) candidates.push({ entry: this.lexicon.entries[index] as LexiconEntry, start, end });
      }
    }
    const chars = (m: { start: number; end: number }): number =>
      (words[m.end - 1] as ArabicWord).end - (words[m.start] as ArabicWord).start;
    return selectLongest(candidates, chars).map((m) => ({
      entry: m.entry,
      start: (words[m.start] as ArabicWord).start,
      end: (words[m.end - 1] as ArabicWord).end,
    }));
  }
}

/** Words start..end-1 are separated by spaces only. */
function adjacent(text: string, words: readonly ArabicWord[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const gap = text.slice((words[i - 1] as ArabicWord).end, (words[i] as ArabicWord).start);
    if (!/^\s+$/.test(gap)) return false;
  }
  return true;
}

let shared: ArabicMatcher | null = null;

/** The matcher for the shipped Arabic lexicon, built on first use. */
export function defaultArabicMatcher(): ArabicMatcher {
  shared ??= new ArabicMatcher(loadLexicon(ARABIC_LEXICON_DIR));
  return shared;
}
