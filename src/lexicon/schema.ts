// Validation of the lexicon's YAML files: every malformed value is reported with its file
// and entry id, unknown fields are refused (they are usually typos), and patterns must parse.

import { DataChecker, ID, LexiconError, type Raw } from './checker';
import type {
  EntryCase,
  Category,
  EntryContext,
  Inflect,
  LexiconEntry,
  NearbyCondition,
  Side,
  Source,
  SourceKind,
} from './types';

export { LexiconError };
const SOURCE_KINDS: readonly SourceKind[] = [
  'style-guide', 'media-criticism', 'research', 'dataset', 'news', 'official', 'legal', 'ngo',
  'essay', 'book', 'reference', 'commentary',
];
const ENTRY_FIELDS = [
  'id', 'phrase', 'inflect', 'variants', 'category', 'explanation', 'alternative', 'note',
  'contested', 'sources', 'context', 'case', 'gloss',
];
const CONTEXT_FIELDS = [
  'requires_nearby', 'unless_nearby', 'requires_followed_by', 'unless_followed_by',
  'requires_preceded_by', 'unless_preceded_by', 'requires_tag',
];
const MAX_WITHIN = 40;
/** A source's date: as precise as the source gives it. */
const SOURCE_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|undated)$/;

/** The lexicon's checks on top of the shared ones. */
class Checker extends DataChecker {
  onlyFields(raw: Raw, allowed: readonly string[], what: string): void {
    const unknown = this.unknownFields(raw, allowed);
    if (unknown.length === 0) return;
    this.fail(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} in ${what}`);
  }

  text(raw: Raw, field: string): string {
    const value = raw[field];
    if (value === undefined || value === null) this.fail(`field "${field}" is required`);
    if (typeof value !== 'string' || value.trim() === '') this.fail(`field "${field}" must be a non-empty string`);
    return value.trim().replace(/\s+/g, ' ');
  }

  optionalText(raw: Raw, field: string): string | undefined {
    return raw[field] === undefined ? undefined : this.text(raw, field);
  }

  strings(value: unknown, what: string, { allowEmpty = false } = {}): string[] {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      this.fail(`${what} must be a list of non-empty strings`);
    }
    if (!allowEmpty && value.length === 0) this.fail(`${what} must not be empty`);
    return (value as string[]).map((v) => v.trim());
  }

}

export function validateCategoryFile(
  file: string,
  stem: string,
  data: unknown,
): { category: Category; entries: unknown[] } {
  const check: Checker = new Checker(file);
  const raw = check.record(data, 'the file');
  check.onlyFields(raw, ['category', 'entries'], 'the file');
  const rawCategory = check.record(raw.category, 'field "category"');
  check.onlyFields(rawCategory, ['id', 'label', 'description'], '"category"');
  const category = {
    id: check.text(rawCategory, 'id'),
    label: check.text(rawCategory, 'label'),
    description: check.text(rawCategory, 'description'),
  };
  if (category.id !== stem) check.fail(`category id "${category.id}" must match the file name "${stem}.yml"`);
  const entries = raw.entries;
  if (!Array.isArray(entries) || entries.length === 0) check.fail('field "entries" must be a non-empty list');
  return { category, entries: entries as unknown[] };
}

export function validateEntry(file: string, category: string, data: unknown, index: number): LexiconEntry {
  const raw = new Checker(file).record(data, `entry #${index + 1}`);
  const id = typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
  const check: Checker = new Checker(file, id);
  check.text(raw, 'id');
  if (!ID.test(id)) check.fail('id must be lower-case words joined by hyphens');
  check.onlyFields(raw, ENTRY_FIELDS, 'the entry');
  const phrase = check.text(raw, 'phrase');
  if (/[()|?~@]/.test(phrase)) check.fail('phrase must be plain text; put patterns in "variants"');
  check.pattern(phrase, 'phrase');
  const inflect = raw.inflect;
  if (inflect !== undefined && inflect !== 'noun' && inflect !== 'verb') {
    check.fail('inflect must be "noun" or "verb"');
  }
  const variants = raw.variants === undefined ? [] : check.strings(raw.variants, 'field "variants"');
  variants.forEach((v) => check.pattern(v, `variant "${v}"`));
  const entryCategory = check.text(raw, 'category');
  if (entryCategory !== category) {
    check.fail(`category "${entryCategory}" does not match the file's category "${category}"`);
  }
  const contested = raw.contested;
  if (typeof contested !== 'boolean') check.fail('field "contested" must be true or false');
  const note = check.optionalText(raw, 'note');
  if (contested && !note) check.fail('a contested entry needs a "note" giving the case for the term');
  const sources = check.strings(raw.sources, 'field "sources"');
  if (new Set(sources).size !== sources.length) check.fail('field "sources" lists a source twice');
  return {
    id,
    phrase,
    ...(inflect ? { inflect: inflect as Inflect } : {}),
    variants,
    category,
    ...(raw.gloss === undefined ? {} : { gloss: check.text(raw, 'gloss') }),
    explanation: check.text(raw, 'explanation'),
    alternative: check.text(raw, 'alternative'),
    ...(note ? { note } : {}),
    contested,
    sources,
    context: raw.context === undefined ? {} : validateContext(check, raw.context),
    ...(raw.case === undefined ? {} : { case: validateCase(check, raw.case) }),
    file,
  };
}

/** `case`: a note about one well-known use, shown only when the text is about that case. */
function validateCase(check: Checker, data: unknown): EntryCase {
  const raw = check.record(data, 'field "case"');
  check.onlyFields(raw, ['note', 'when'], '"case"');
  return { note: check.text(raw, 'note'), when: check.strings(raw.when, 'case "when"') };
}

function validateContext(check: Checker, data: unknown): EntryContext {
  const raw = check.record(data, 'field "context"');
  check.onlyFields(raw, CONTEXT_FIELDS, '"context"');
  const context: EntryContext = {};
  for (const field of ['requires_nearby', 'unless_nearby'] as const) {
    if (raw[field] === undefined) continue;
    const list = Array.isArray(raw[field]) ? (raw[field] as unknown[]) : [raw[field]];
    context[field] = list.map((c) => validateNearby(check, c, field));
  }
  const adjacent = [
    'requires_followed_by',
    'unless_followed_by',
    'requires_preceded_by',
    'unless_preceded_by',
  ] as const;
  for (const field of adjacent) {
    if (raw[field] === undefined) continue;
    context[field] = wordList(check, raw[field], `context "${field}"`);
  }
  if (raw.requires_tag !== undefined) {
    context.requires_tag = check.strings(raw.requires_tag, 'context "requires_tag"');
  }
  return context;
}

function validateNearby(check: Checker, data: unknown, field: string): NearbyCondition {
  const raw = check.record(data, `context "${field}"`);
  check.onlyFields(raw, ['words', 'within', 'side'], `context "${field}"`);
  const within = raw.within;
  if (typeof within !== 'number' || !Number.isInteger(within) || within < 1 || within > MAX_WITHIN) {
    check.fail(`context "${field}": "within" must be a whole number from 1 to ${MAX_WITHIN}`);
  }
  const side = raw.side ?? 'both';
  if (side !== 'before' && side !== 'after' && side !== 'both') {
    check.fail(`context "${field}": "side" must be before, after or both`);
  }
  return { words: wordList(check, raw.words, `context "${field}" words`), within, side: side as Side };
}

function wordList(check: Checker, value: unknown, what: string): string[] {
  const words = check.strings(value, what);
  for (const word of words) if (!word.startsWith('@')) check.pattern(word, `${what} "${word}"`);
  return words;
}

export function validateSources(file: string, data: unknown): Source[] {
  const check: Checker = new Checker(file);
  if (!Array.isArray(data) || data.length === 0) check.fail('must be a non-empty list of sources');
  return (data as unknown[]).map((item, index) => {
    const raw = check.record(item, `source #${index + 1}`);
    const id = typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
    const at: Checker = new Checker(file, id);
    at.onlyFields(raw, ['id', 'publisher', 'title', 'date', 'url', 'kind', 'via'], 'the source');
    if (!ID.test(id)) at.fail('id must be lower-case words joined by hyphens');
    const url = at.optionalText(raw, 'url');
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) at.fail('url must be an http(s) address');
    const kind = at.text(raw, 'kind');
    if (!SOURCE_KINDS.includes(kind as SourceKind)) at.fail(`kind must be one of ${SOURCE_KINDS.join(', ')}`);
    const via = at.optionalText(raw, 'via');
    if (via !== undefined && url === undefined) at.fail('via names where a copy was read: it needs a url');
    const publisher = at.optionalText(raw, 'publisher');
    // YAML reads 2025 as a number and 2025-03-08 as a date
    const date = raw.date instanceof Date ? raw.date.toISOString().slice(0, 10)
      : typeof raw.date === 'number' ? String(raw.date) : at.optionalText(raw, 'date');
    if (date !== undefined && !SOURCE_DATE.test(date)) at.fail('date must be YYYY, YYYY-MM or YYYY-MM-DD, or "undated"');
    return {
      id,
      ...(publisher ? { publisher } : {}),
      title: at.text(raw, 'title'),
      ...(date ? { date } : {}),
      ...(url ? { url } : {}),
      kind: kind as SourceKind,
      ...(via ? { via } : {}),
    };
  });
}

export function validateWordlists(file: string, data: unknown): Map<string, string[]> {
  const check: Checker = new Checker(file);
  const raw = check.record(data, 'the file');
  const lists = new Map<string, string[]>();
  for (const [name, words] of Object.entries(raw)) {
    if (!ID.test(name)) check.fail(`list name "${name}" must be lower-case words joined by hyphens`);
    const at: Checker = new Checker(file, name);
    const list = at.strings(words, 'the list');
    for (const word of list) {
      if (word.startsWith('@')) at.fail(`"${word}": word lists cannot refer to other lists`);
      at.pattern(word, `"${word}"`);
    }
    lists.set(name, list);
  }
  return lists;
}
