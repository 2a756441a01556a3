// The tag lexicon's table in .cache/ (src/nlp/tag-table.ts): the same tags as the JSON file,
// and a stale, damaged or missing table is never used but built again from the file.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cachePath, sha256 } from '../src/nlp/cache-file';
import { readGzipJson } from '../src/nlp/perceptron';
import { TAG_LEXICON_PATH, type TagLexiconFile, likelihoodOrderOf, tagLexiconOf } from '../src/nlp/tag-lexicon';
import { TagTable, encodeTagTable } from '../src/nlp/tag-table';

const FILE: TagLexiconFile = {
  tags: { dies: 'NNS/VBZ', shot: 'NN/VBD/VBN', café: 'NN', run: 'NN/VB/VBN/VBP' },
  byLikelihood: { dies: 'VBZ/NNS' },
};
const SOURCE = 'a'.repeat(64);

test('a table gives what the file gives, for words in it and not', () => {
  const table = new TagTable(encodeTagTable(FILE, SOURCE), SOURCE);
  const sorted = tagLexiconOf(FILE);
  const ordered = likelihoodOrderOf(FILE);
  for (const word of [...Object.keys(FILE.tags), 'Run', 'ru', 'runs', 'toString', '__proto__', 'constructor', '']) {
    expect([table.sorted(word), table.likeliestFirst(word)]).toEqual([sorted(word), ordered(word)]);
  }
});

test('the shipped table gives what the shipped file gives, word for word', () => {
  const bytes = readFileSync(TAG_LEXICON_PATH);
  const file = readGzipJson<TagLexiconFile>(TAG_LEXICON_PATH);
  const table = new TagTable(encodeTagTable(file, sha256(bytes)), sha256(bytes));
  const sorted = tagLexiconOf(file);
  const ordered = likelihoodOrderOf(file);
  const differ = Object.keys(file.tags).filter((w) => table.sorted(w) !== sorted(w) || table.likeliestFirst(w) !== ordered(w));
  expect(differ).toEqual([]);
});

describe('a table that may not be used is refused', () => {
  const good = encodeTagTable(FILE, SOURCE);
  const flipped = (at: number): Buffer => {
    const bytes = Buffer.from(good);
    bytes[at]! ^= 1;
    return bytes;
  };
  test.each<[string, () => Buffer, string]>([
    ['written from another file (stale)', () => good, 'b'.repeat(64)],
    ['one bit changed in the body', () => flipped(good.length - 3), SOURCE],
    ['one bit changed in the header', () => flipped(60), SOURCE],
    ['cut short', () => good.subarray(0, good.length - 4), SOURCE],
    ['empty', () => Buffer.alloc(0), SOURCE],
    ['some other file', () => Buffer.from('{"tags":{}}'), SOURCE],
  ])('%s', (_why, bytes, source) => {
    expect(() => new TagTable(bytes(), source)).toThrow();
  });
});

describe('the shipped lexicon with its table in .cache/', () => {
  const path = cachePath('tag-lexicon.bin');
  /** A fresh copy of the module, so it reads the cache again. */
  const freshTags = (): string[] => {
    let tags: string[] = [];
    jest.isolateModules(() => {
      const { lexiconTags, lexiconTagsByLikelihood } = require('../src/nlp/tag-lexicon') as typeof import('../src/nlp/tag-lexicon');
      tags = ['shot', 'dies', 'qwzx'].flatMap((w) => [lexiconTags(w), lexiconTagsByLikelihood(w)]);
    });
    return tags;
  };
  const expected = ['NN/VBD/VBN', 'NN/VBD/VBN', 'NNS/VBZ', 'VBZ/NNS', '-', '-'];

  test.each<[string, () => void]>([
    ['missing', () => rmSync(path, { force: true })],
    ['damaged', () => writeFileSync(path, Buffer.concat([readFileSync(path).subarray(0, 100), Buffer.alloc(100, 7)]))],
    ['stale', () => writeFileSync(path, encodeTagTable({ tags: { shot: 'VB' } }, SOURCE))],
  ])('%s: the file serves, and the table is written again', (_why, spoil) => {
    freshTags();
    spoil();
    expect(freshTags()).toEqual(expected);
    const written = readFileSync(path);
    expect(() => new TagTable(written, sha256(readFileSync(TAG_LEXICON_PATH)))).not.toThrow();
  });
});
