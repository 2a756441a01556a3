// data/harm/groups.yml: words for the victims' nationality or group and role, and for the
// parties a text may hold responsible. Loaded once; matched on lower-case words, with
// multi-word entries ("aid workers", "gaza strip", "al-qaeda") split as the tokenizer splits.

import { LexiconError } from '../lexicon';
import { loadedOnce } from '../lexicon/cache';
import { HARM_DIR, readYaml } from './load';

/** A phrase list: each entry's words, and the value it stands for. */
export interface PhraseList {
  /** By first word: the entries starting with it, longest first. */
  byFirst: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; value: string }>>;
  /** The first words of this list and of the other lists loaded with it. */
  firsts: FirstWords;
  /** This list's bit in `firsts`. */
  bit: number;
}

/**
 * The first words of all the lists of one groups.yml, each with the bits of the lists it
 * starts an entry of (issue 15). A harm event's sentence is matched against up to a dozen
 * lists (its parties, the victims' group and place); the words are looked up here once, in
 * one map, and each list then reads a bit per word instead of looking the word up again.
 */
export class FirstWords {
  private readonly bits = new Map<string, number>();
  /** The sentence words last asked about (an array, by identity) and their bits: one sentence kept. */
  private words: readonly string[] | null = null;
  private masks = new Int32Array(0);

  add(first: string, bit: number): void {
    this.bits.set(first, (this.bits.get(first) ?? 0) | bit);
  }

  /** Per word of `words`, the bits of the lists it starts an entry of; worked out again only for another array. */
  masksOf(words: readonly string[]): Int32Array {
    if (words === this.words) return this.masks;
    const masks = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) masks[i] = this.bits.get(words[i] as string) ?? 0;
    this.words = words;
    this.masks = masks;
    return masks;
  }
}

export interface Groups {
  demonyms: PhraseList;
  places: PhraseList;
  /** Countries and their main cities, for the victims' nationality only. */
  territories: PhraseList;
  organisations: PhraseList;
  /** Armed groups, whose members are militants. */
  armed: PhraseList;
  /** Countries and the capitals that stand for their governments, as parties. */
  countries: PhraseList;
  /** The capitals among `countries`: parties, yet also cities a strike may hit. */
  capitals: PhraseList;
  /** In order of preference: the first role found in a phrase's list order wins. */
  roles: PhraseList;
  roleOrder: readonly string[];
}

const SECTIONS = ['demonyms', 'places', 'territories', 'organisations', 'armed', 'capitals', 'countries', 'roles'] as const;

const loadFrom = loadedOnce(readGroups);

export function loadGroups(dir: string = HARM_DIR): Groups {
  return loadFrom(dir);
}

function readGroups(dir: string): Groups {
  const { file, data: parsed } = readYaml(dir, 'groups.yml');
  const data = parsed as Record<string, unknown>;
  const lists = {} as Record<(typeof SECTIONS)[number], PhraseList>;
  const firsts = new FirstWords();
  let roleOrder: string[] = [];
  for (const [index, section] of SECTIONS.entries()) {
    const raw = data[section];
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new LexiconError(file, section, 'must map values to word lists');
    const byFirst = new Map<string, Array<{ words: string[]; value: string }>>();
    for (const [value, words] of Object.entries(raw as Record<string, unknown>)) {
      if (!Array.isArray(words) || words.some((w) => typeof w !== 'string')) throw new LexiconError(file, `${section}.${value}`, 'must be a list of words');
      for (const phrase of words as string[]) {
        // split as the tokenizer splits: "al-qaeda" is al | - | qaeda
        const parts = phrase.toLowerCase().split(/\s+/).flatMap((w) => w.split(/(-)/).filter(Boolean));
        const list = byFirst.get(parts[0] as string) ?? [];
        list.push({ words: parts, value });
        byFirst.set(parts[0] as string, list);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    lists[section] = phraseList(byFirst, firsts, 1 << index);
    if (section === 'roles') roleOrder = Object.keys(raw as object);
  }
  // a capital is a party as its country is: "Moscow says", "Tehran's response"
  const countries = new Map(lists.countries.byFirst);
  for (const [first, entries] of lists.capitals.byFirst) countries.set(first, [...(countries.get(first) ?? []), ...entries]);
  return { ...lists, countries: phraseList(countries, firsts, 1 << SECTIONS.length), roleOrder };
}

function phraseList(byFirst: PhraseList['byFirst'], firsts: FirstWords, bit: number): PhraseList {
  for (const first of byFirst.keys()) firsts.add(first, bit);
  return { byFirst, firsts, bit };
}

export interface PhraseMatch {
  start: number;
  end: number;
  value: string;
}

/** Every match of the list in words [from, to), left to right, longest first, not overlapping. */
export function matchAll(list: PhraseList, words: readonly string[], from = 0, to = words.length): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const masks = list.firsts.masksOf(words);
  for (let i = from; i < to; i++) {
    // most words start no entry: a bit read, no look-up, array or closure (issue 15)
    if (((masks[i] as number) & list.bit) === 0) continue;
    const entries = list.byFirst.get(words[i] as string) as ReadonlyArray<{ words: readonly string[]; value: string }>;
    for (const entry of entries) {
      const end = i + entry.words.length;
      if (end <= to && startsAt(entry.words, words, i)) {
        found.push({ start: i, end, value: entry.value });
        i = end - 1;
        break;
      }
    }
  }
  return found;
}

/** Whether `words` from `i` on begin with `phrase`. */
function startsAt(phrase: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}
