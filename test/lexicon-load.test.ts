// The lexicon loader: the shipped data validates, and malformed data fails with a message that
// names the file and the entry.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LexiconError, loadLexicon } from '../src/lexicon';

const SOURCES = `- id: src-a
  title: A reference
  url: https://example.org/a
  kind: research
- id: src-b
  title: A book without a stable address
  kind: book
`;
const WORDLISTS = `violence:
  - kill~v
  - strike~n
`;
const ENTRY = `  - id: sample-entry
    phrase: sample phrase
    category: sample
    explanation: Why it is flagged.
    alternative: a plainer wording
    contested: false
    sources: [src-a]
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A lexicon folder with one category file "sample.yml" holding the given entries. */
function lexiconDir(entries: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'framing-lexicon-'));
  dirs.push(dir);
  const all: Record<string, string> = {
    'sources.yml': SOURCES,
    'wordlists.yml': WORDLISTS,
    'sample.yml': `category:\n  id: sample\n  label: Sample\n  description: Test entries.\nentries:\n${entries}`,
    ...files,
  };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, name), text);
  return dir;
}

function loadError(dir: string): LexiconError {
  try {
    loadLexicon(dir);
  } catch (error) {
    if (error instanceof LexiconError) return error;
    throw error;
  }
  throw new Error('expected a LexiconError');
}

describe('the shipped lexicon', () => {
  const lexicon = loadLexicon();

  test('has at least 100 entries, each with at least one source', () => {
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(100);
    for (const entry of lexicon.entries) expect(entry.sources.length).toBeGreaterThan(0);
  });

  test('cites every source it lists, and every source has a URL or a full reference', () => {
    const cited = new Set(lexicon.entries.flatMap((e) => e.sources));
    expect([...lexicon.sources.keys()].filter((id) => !cited.has(id))).toEqual([]);
    for (const source of lexicon.sources.values()) {
      expect(source.url ?? source.title.length > 20).toBeTruthy();
    }
  });

  test('includes the seed phrases of the founding case', () => {
    const ids = lexicon.entries.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'individual-violations',
        'remnants-of-the-regime',
        'individual-acts-of-revenge',
        'clashes',
        'collateral-damage',
        'neutralize',
        'officer-involved-shooting',
      ]),
    );
  });

  test('gives every contested entry a note with the case for the term', () => {
    for (const entry of lexicon.entries.filter((e) => e.contested)) expect(entry.note).toBeTruthy();
  });

  test('is loaded once and cached', () => {
    expect(loadLexicon()).toBe(lexicon);
  });
});

describe('validation errors name the file and the entry', () => {
  test('a valid minimal lexicon loads', () => {
    const lexicon = loadLexicon(lexiconDir(ENTRY));
    expect(lexicon.entries.map((e) => e.id)).toEqual(['sample-entry']);
    expect(lexicon.sources.get('src-b')?.url).toBeUndefined();
  });

  test.each([
    ['a missing field', ENTRY.replace('    alternative: a plainer wording\n', ''), 'field "alternative" is required'],
    ['an empty explanation', ENTRY.replace('Why it is flagged.', '""'), 'field "explanation" must be a non-empty string'],
    ['a misspelt field', ENTRY.replace('    contested: false', '    contestd: false\n    contested: false'), 'unknown field "contestd"'],
    ['a non-boolean contested', ENTRY.replace('contested: false', 'contested: maybe'), 'field "contested" must be true or false'],
    ['contested without a note', ENTRY.replace('contested: false', 'contested: true'), 'needs a "note"'],
    ['an unknown source', ENTRY.replace('[src-a]', '[src-a, nowhere]'), 'unknown source "nowhere"'],
    ['no sources', ENTRY.replace('[src-a]', '[]'), 'field "sources" must not be empty'],
    ['a category that is not the file', ENTRY.replace('category: sample', 'category: other'), 'does not match the file\'s category "sample"'],
    ['pattern syntax in the phrase', ENTRY.replace('sample phrase', 'sample (phrase|words)'), 'phrase must be plain text'],
    ['a bad variant pattern', `${ENTRY}    variants: ["(open"]\n`, 'variant "(open"'],
    ['a bad inflection', `${ENTRY}    inflect: adjective\n`, 'inflect must be "noun" or "verb"'],
    ['an unknown word list', `${ENTRY}    context:\n      requires_nearby: {words: ["@nolist"], within: 5}\n`, 'unknown word list "@nolist"'],
    ['a bad distance', `${ENTRY}    context:\n      requires_nearby: {words: [war], within: 0}\n`, '"within" must be a whole number'],
    ['a bad side', `${ENTRY}    context:\n      unless_nearby: {words: [war], within: 3, side: above}\n`, '"side" must be before, after or both'],
    ['an unknown condition', `${ENTRY}    context:\n      requires_object_person: true\n`, 'unknown field "requires_object_person"'],
    ['a number in a word list', `${ENTRY}    context:\n      unless_nearby: {words: [1945], within: 3}\n`, 'must be a list of non-empty strings'],
    ['an id that is not kebab-case', ENTRY.replace('id: sample-entry', 'id: Sample_Entry'), 'id must be lower-case words joined by hyphens'],
  ])('%s', (_what, entries, message) => {
    const error = loadError(lexiconDir(entries));
    expect(error.message).toContain('sample.yml');
    expect(error.message).toContain(message);
    expect(error.entry).toBe(entries.includes('Sample_Entry') ? 'Sample_Entry' : 'sample-entry');
  });

  test('a duplicated id, even across files, names both files', () => {
    const second = `category:\n  id: second\n  label: Second\n  description: More.\nentries:\n${ENTRY.replace('category: sample', 'category: second')}`;
    const error = loadError(lexiconDir(ENTRY, { 'second.yml': second }));
    expect(error.message).toMatch(/second\.yml: entry "sample-entry": duplicate id \(first defined in .*sample\.yml\)/);
  });

  test('a duplicated source id', () => {
    const error = loadError(lexiconDir(ENTRY, { 'sources.yml': `${SOURCES}- id: src-a\n  title: Again\n  kind: book\n` }));
    expect(error.message).toMatch(/sources\.yml: entry "src-a": duplicate source id/);
  });

  test('a source with a bad kind or URL', () => {
    expect(loadError(lexiconDir(ENTRY, { 'sources.yml': SOURCES.replace('kind: research', 'kind: rumour') })).message).toContain('kind must be one of');
    expect(loadError(lexiconDir(ENTRY, { 'sources.yml': SOURCES.replace('https://example.org/a', 'example.org') })).message).toContain('url must be an http(s) address');
  });

  test('a category file whose id differs from its name', () => {
    const error = loadError(lexiconDir(ENTRY, { 'sample.yml': `category:\n  id: other\n  label: X\n  description: Y.\nentries:\n${ENTRY}` }));
    expect(error.message).toContain('must match the file name "sample.yml"');
  });

  test('invalid YAML', () => {
    const error = loadError(lexiconDir(`${ENTRY}    variants: [unclosed\n`));
    expect(error.message).toMatch(/sample\.yml: invalid YAML/);
  });

  test('a word list that refers to another list', () => {
    const error = loadError(lexiconDir(ENTRY, { 'wordlists.yml': `${WORDLISTS}other:\n  - "@violence"\n` }));
    expect(error.message).toContain('word lists cannot refer to other lists');
  });
});
