// Judgement word lists (data/grammar/<name>.yml): sets of words a rule treats specially
// because of what they are, each word with the corpus count or reference that justifies it
// (data/grammar/README.md). "killed" must have an object when active, so without one it is
// passive; "named" keeps a second object in the passive ("Man named CEO").

import { GrammarDataError, grammarData } from './data';

interface Entry {
  word: string;
  /** Parts of the list the word also belongs to ("left-in" of reported-states). */
  also: readonly string[];
}

/** The entries of a list from its file's parsed YAML; a malformed one throws, naming the file and the entry. */
export function parseWordList(name: string, parsed: unknown): readonly Entry[] {
  const file = `${name}.yml`;
  const data = parsed as { name?: unknown; words?: unknown } | null;
  if (!data || data.name !== name) throw new GrammarDataError(file, `expected \`name: ${name}\``);
  if (!Array.isArray(data.words) || data.words.length === 0) throw new GrammarDataError(file, 'expected `words:`, a list of entries');
  return data.words.map((raw: unknown, i: number): Entry => {
    const entry = raw as { word?: unknown; count?: unknown; also?: unknown } | null;
    const where = `entry ${i + 1}`;
    if (!entry || typeof entry.word !== 'string' || entry.word !== entry.word.toLowerCase() || entry.word.trim() === '') {
      throw new GrammarDataError(file, `${where}: \`word\` is a lower-case word`);
    }
    if (!('count' in entry) || (entry.count !== null && typeof entry.count !== 'string')) {
      throw new GrammarDataError(file, `${where} ("${entry.word}"): \`count\` is "k of n" or null`);
    }
    const also = entry.also ?? [];
    if (!Array.isArray(also) || !also.every((part) => typeof part === 'string')) {
      throw new GrammarDataError(file, `${where} ("${entry.word}"): \`also\` is a list of names`);
    }
    return { word: entry.word, also };
  });
}

function entries(name: string): readonly Entry[] {
  return parseWordList(name, grammarData(`${name}.yml`));
}

/** The words of data/grammar/`name`.yml. */
export function wordList(name: string): ReadonlySet<string> {
  return new Set(entries(name).map((e) => e.word));
}

/** The words of the list marked `also: [part]`. */
export function wordListPart(name: string, part: string): ReadonlySet<string> {
  return new Set(entries(name).filter((e) => e.also.includes(part)).map((e) => e.word));
}

// Lists more than one detector reads.

/** Passives that keep a second object: "Man named CEO", "Suspect given life sentence", "it's called a pandemic". */
export const DOUBLE_OBJECT = wordList('double-object');
/** Participles of verbs that must have an object when active ("Hundreds killed, thousands displaced"). */
export const OBLIGATORILY_TRANSITIVE = wordList('obligatorily-transitive');
/** Participles of psychological verbs, adjectives after "be" ("I was ashamed"). */
export const PSYCH_PARTICIPLES = wordList('psych-participles');
/** -ing forms that premodify people rather than take them as objects: "fleeing civilians". */
export const PRENOMINAL_ING = wordList('prenominal-ing');
/** Plural nouns that modify the singular noun after them: "rights activist", "arms dealer". */
export const PLURAL_MODIFIERS = wordList('plural-modifiers');
/** Third-person verbs that are hardly ever plural nouns ("Army denies soldiers shot unarmed man"). */
export const VERB_ONLY_S_FORMS = wordList('verb-only-s-forms');
/** States of harm that "leave" puts someone in: "Teenager left paralysed", "leaves 17 injured". */
export const LEFT_IN = wordListPart('reported-states', 'left-in');
/** Past forms of verbs of telling that take an object and an infinitive: "told officers to stay away" (its passive: "Officers told to stay away"). */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set(['told', 'asked', 'ordered', 'urged', 'advised', 'warned', 'instructed', 'allowed', 'encouraged', 'invited', 'persuaded', 'begged']);
