// Validation of data/harm/*.yml: every malformed value is reported with its file and entry
// id (as LexiconError), unknown fields are refused (usually typos), patterns must parse.

import { DataChecker, ID, type Raw } from '../lexicon/checker';
import type { CauseClass, NounEntry, NounFrame, VerbEntry, VerbFrame, VictimKind } from './types';

const VERB_FRAMES: readonly VerbFrame[] = ['transitive', 'intransitive', 'both', 'state', 'result', 'reflexive', 'bereaved'];
const NOUN_FRAMES: readonly NounFrame[] = ['transitive', 'intransitive'];
const VICTIMS: readonly VictimKind[] = ['person', 'person-noun', 'home', 'place', 'country', 'vehicle', 'hostage', 'prisoner', 'body-part', 'any'];
const NOUN_CAUSES: readonly CauseClass[] = ['attack', 'abstraction'];
const COMMON = ['id', 'words', 'harm', 'frame', 'victim', 'context', 'sources', 'note'];

/** The harm lexicon's checks on top of the shared ones. */
class Check extends DataChecker {
  only(raw: Raw, allowed: readonly string[]): void {
    const unknown = this.unknownFields(raw, allowed);
    if (unknown.length > 0) this.fail(`unknown field(s) ${unknown.join(', ')}`);
  }

  text(value: unknown, what: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(`${what} must be a non-empty string`);
    return value.trim();
  }

  strings(value: unknown, what: string): string[] {
    if (!Array.isArray(value) || value.length === 0) this.fail(`${what} must be a non-empty list`);
    return (value as unknown[]).map((v) => this.text(v, `every item of ${what}`));
  }
}

/** The `entries` list of verbs.yml or nouns.yml. */
export function entriesOf(file: string, data: unknown): Raw[] {
  const check = new Check(file);
  const raw = check.record(data, 'the file');
  check.only(raw, ['entries']);
  if (!Array.isArray(raw.entries) || raw.entries.length === 0) check.fail('"entries" must be a non-empty list');
  return (raw.entries as unknown[]).map((e, i) => check.record(e, `entry #${i + 1}`));
}

const CONTEXTS: ReadonlySet<string> = new Set(['violence', 'alone', 'violence-alone', 'victim', 'own-victim', 'disaster']);

function common(file: string, raw: Raw, sources: ReadonlySet<string>) {
  const id = typeof raw.id === 'string' ? raw.id : '?';
  const check = new Check(file, id);
  if (!ID.test(id)) check.fail('id must be lower-case words joined by hyphens');
  const words = check.strings(raw.words, '"words"');
  words.forEach((w) => check.pattern(w, `word "${w}"`));
  const cited = check.strings(raw.sources, '"sources"');
  for (const s of cited) if (!sources.has(s)) check.fail(`unknown source "${s}" (not in sources.yml)`);
  if (raw.note !== undefined) check.text(raw.note, '"note"');
  if (raw.context !== undefined && !CONTEXTS.has(raw.context as string)) check.fail(`"context" must be one of ${[...CONTEXTS].join(', ')}`);
  return {
    check,
    base: {
      id,
      words,
      victim: check.oneOf(raw.victim, VICTIMS, '"victim"'),
      needsViolence: raw.context === 'violence' || raw.context === 'violence-alone',
      alone: raw.context === 'alone' || raw.context === 'violence-alone',
      needsVictimWord: raw.context === 'victim',
      needsOwnVictim: raw.context === 'own-victim',
      needsDisaster: raw.context === 'disaster',
      sources: cited,
      file,
    },
  };
}

export function validateVerb(file: string, raw: Raw, sources: ReadonlySet<string>): VerbEntry {
  const { check, base } = common(file, raw, sources);
  check.only(raw, [...COMMON, 'results', 'voice', 'cause']);
  if (raw.cause !== undefined && raw.cause !== 'none') check.fail('"cause" must be "none"');
  if (raw.voice !== undefined && raw.voice !== 'passive') check.fail('"voice" must be "passive"');
  const frame = check.oneOf(raw.frame, VERB_FRAMES, '"frame"');
  const results = new Map<string, string>();
  if (frame === 'result') {
    const map = check.record(raw.results, '"results"');
    for (const [word, kind] of Object.entries(map)) results.set(word.toLowerCase(), check.text(kind, `result "${word}"`));
    if (results.size === 0) check.fail('"results" must not be empty');
    if (raw.harm !== undefined) check.fail('a result verb takes its kinds from "results", not "harm"');
  } else if (raw.results !== undefined) {
    check.fail('"results" is only for frame result');
  }
  const harm = frame === 'result' ? 'result' : check.text(raw.harm, '"harm"');
  return { ...base, pos: 'verb', frame, harm, results, passiveOnly: raw.voice === 'passive', takesCause: raw.cause !== 'none' };
}

export function validateNoun(file: string, raw: Raw, sources: ReadonlySet<string>): NounEntry {
  const { check, base } = common(file, raw, sources);
  check.only(raw, [...COMMON, 'cause']);
  const cause = raw.cause === undefined ? null : check.oneOf(raw.cause, NOUN_CAUSES, '"cause"');
  return {
    ...base,
    pos: 'noun',
    frame: check.oneOf(raw.frame, NOUN_FRAMES, '"frame"'),
    harm: check.text(raw.harm, '"harm"'),
    cause,
  };
}

/** A file of named single-word lists (causes.yml, places.yml, context.yml, wordlists.yml). */
export function wordLists(file: string, data: unknown, names: readonly string[] | null): Map<string, string[]> {
  const check = new Check(file);
  const raw = check.record(data, 'the file');
  if (names) {
    check.only(raw, names);
    for (const name of names) if (raw[name] === undefined) check.fail(`list "${name}" is missing`);
  }
  const lists = new Map<string, string[]>();
  for (const [name, value] of Object.entries(raw)) {
    const at = new Check(file, name);
    const words = at.strings(value, 'the list');
    for (const word of words) {
      if (/\s|-/.test(word)) at.fail(`"${word}": single words only (a phrase is classed by its words)`);
      at.pattern(word, `word "${word}"`);
    }
    lists.set(name, words);
  }
  return lists;
}

export function validateSourceIds(file: string, data: unknown): Set<string> {
  const check = new Check(file);
  if (!Array.isArray(data) || data.length === 0) check.fail('must be a non-empty list of sources');
  const ids = new Set<string>();
  (data as unknown[]).forEach((item, i) => {
    const raw = check.record(item, `source #${i + 1}`);
    const at = new Check(file, typeof raw.id === 'string' ? raw.id : `#${i + 1}`);
    at.only(raw, ['id', 'title', 'url', 'kind']);
    const id = at.text(raw.id, '"id"');
    at.text(raw.title, '"title"');
    at.text(raw.kind, '"kind"');
    if (raw.url !== undefined && !/^https?:\/\/\S+$/.test(at.text(raw.url, '"url"'))) at.fail('url must be an http(s) address');
    if (ids.has(id)) at.fail('duplicate source id');
    ids.add(id);
  });
  return ids;
}
