// Nouns for people (data/grammar/people.yml, people-gum.yml, people-wordnet.yml): can a noun phrase with this head be someone
// harmed, or someone who acts? Asked by the passive rules ("killed fleeing *civilians*") and
// by the harm detector (victims, doers).

import { GrammarDataError, grammarData } from './data';
import { wordForms } from './inflect';
import { wordList } from './word-lists';

const FILE = 'people.yml';

function list(data: Record<string, unknown>, name: string): string[] {
  const words = data[name];
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && w.trim() !== '' && !/\s/.test(w))) {
    throw new GrammarDataError(FILE, `list "${name}" is missing or holds something other than single words`);
  }
  return words.flatMap(wordForms);
}

const data = (grammarData(FILE) ?? {}) as Record<string, unknown>;

/** Those who use force ("police", "gunmen", "soldiers"): people too. */
export const FORCE_WORDS: ReadonlySet<string> = new Set(list(data, 'forces'));
/** Nouns for people listed by hand, forces among them, and those GUM uses for people (people-gum.yml). */
export const LISTED_PEOPLE_WORDS: ReadonlySet<string> = new Set([
  ...list(data, 'people'),
  ...FORCE_WORDS,
  ...[...wordList('people-gum')].flatMap((noun) => wordForms(`${noun}~n`)),
]);
/** Every noun for people: the listed ones and those WordNet's sense-tagged corpora use for people (people-wordnet.yml). */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  ...LISTED_PEOPLE_WORDS,
  ...[...wordList('people-wordnet')].flatMap((noun) => wordForms(`${noun}~n`)),
]);

/**
 * A word for people: listed, a plural in -ists or -ians ("journalists", "civilians"), a singular
 * in -ist of seven letters or more ("motorcyclist", but not NOT_PEOPLE_IN_IST), or a
 * compound in -man/-woman ("businessman", "fishermen"; and its possessive in a headline that drops
 * the apostrophe: "slain cameramans funeral") or -goer ("churchgoers", "festival-goers"), or
 * a compound whose last part is a person who keeps, works, dwells or seeks ("zookeeper",
 * "steelworkers", "cave-dwellers", "asylum-seekers").
 * A compound in -man/-men has three letters at least before it ("gunmen", "airmen"): "Yemen",
 * "Oman", "Amman" and "omen" are no people.
 */
/** Nouns for a body of people that acts as one: "Militant group says abducts two engineers", "Indian group claims responsibility". */
export const ACTING_GROUPS: ReadonlySet<string> = new Set(['group', 'groups', 'movement', 'faction', 'militia', 'unit', 'government', 'ministry']);

export function isPeopleWord(w: string): boolean {
  return PEOPLE_WORDS.has(w) || /(ists|ians)$/.test(w) || (/^.{4,}ist$/.test(w) && !NOT_PEOPLE_IN_IST.has(w)) || /^.{3,}(man|men|mans)$/.test(w) || /.(woman|women|womans|person|persons|goer|goers)$/.test(w) || /^.{2,}(keeper|worker|dweller|seeker)s?$/.test(w);
}

/**
 * Words in -ist of seven letters or more that name no one: a verb and lists ("persist",
 * "checklist"); and churches, whose names lead the names of hospitals and schools as often as
 * they name their members ("Methodist Hospital").
 */
const NOT_PEOPLE_IN_IST: ReadonlySet<string> = new Set(['methodist', 'baptist', 'adventist', 'persist', 'checklist', 'playlist', 'wishlist', 'blacklist', 'whitelist', 'waitlist', 'shortlist', 'hitlist', 'setlist', 'booklist', 'tracklist']);

let firstNames: ReadonlySet<string> | null = null;

/** A given name (data/grammar/first-names.yml: "sam", "tiffany"), the list read on first use. */
export function isFirstName(w: string): boolean {
  return firstNameSet().has(w);
}

/** The given names of data/grammar/first-names.yml, read on first use. */
export function firstNameSet(): ReadonlySet<string> {
  firstNames ??= wordList('first-names');
  return firstNames;
}
