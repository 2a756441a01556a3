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
  let roleOrder: string[] = [];
  for (const section of SECTIONS) {
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
    lists[section] = { byFirst };
    if (section === 'roles') roleOrder = Object.keys(raw as object);
  }
  // a capital is a party as its country is: "Moscow says", "Tehran's response"
  const countries = new Map(lists.countries.byFirst);
  for (const [first, entries] of lists.capitals.byFirst) countries.set(first, [...(countries.get(first) ?? []), ...entries]);
  return { ...lists, countries: { byFirst: countries }, roleOrder };
}

export interface PhraseMatch {
  start: number;
  end: number;
  value: string;
}

/** Every match of the list in words [from, to), left to right, longest first, not overlapping. */
export function matchAll(list: PhraseList, words: readonly string[], from = 0, to = words.length): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    // most words start no entry: one look-up, no array or closure made (issue 15)
    const entries = list.byFirst.get(words[i] as string);
    if (entries === undefined) continue;
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
