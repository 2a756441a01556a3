// YAML data files parsed once (src/nlp/yaml-data.ts): the value read back from .cache/ is the
// one js-yaml gives; a changed text is parsed afresh; a value JSON would change, or a file
// outside the package, is never cached; a syntax error still names the file.

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { load } from 'js-yaml';
import { cachePath } from '../src/nlp/cache-file';
import { isJsonExact, parseYamlData } from '../src/nlp/yaml-data';

const NAME = 'test/fixtures/yaml-data-check.yml';
const CACHED = cachePath('yaml-test_fixtures_yaml-data-check.yml.json');

afterEach(() => rmSync(CACHED, { force: true }));

test.each<[string, unknown, boolean]>([
  ['plain object with a list', { a: ['x', 1, true, null] }, true],
  ['a date', { when: new Date(0) }, false],
  ['an infinite number', [Infinity], false],
  ['minus zero', [-0], false],
  ['undefined', { a: undefined }, false],
  ['an object with a prototype', [new Map()], false],
])('JSON keeps %s exactly: %s', (_what, value, exact) => {
  expect(isJsonExact(value)).toBe(exact);
});

test('a parsed file is kept, read back the same, and parsed again when its text changes', () => {
  const first = 'verbs:\n  - kill\n  - shoot\nnote: "x: y"\n';
  expect(parseYamlData(first, { filename: NAME })).toEqual(load(first));
  expect(JSON.parse(readFileSync(CACHED, 'utf8')).value).toEqual(load(first));
  expect(parseYamlData(first, { filename: NAME })).toEqual({ verbs: ['kill', 'shoot'], note: 'x: y' });
  const second = 'verbs:\n  - stab\n';
  expect(parseYamlData(second, { filename: NAME })).toEqual({ verbs: ['stab'] });
});

test('the schema is part of the key: the same text under the core schema is parsed again', () => {
  const text = 'on: 2025-03-08\n';
  expect(parseYamlData(text, { filename: NAME, core: true })).toEqual({ on: '2025-03-08' });
  expect(existsSync(CACHED)).toBe(true);
  // the default schema reads a date, which JSON would turn into text: not cached, not read from the core copy
  expect(parseYamlData(text, { filename: NAME })).toEqual({ on: new Date('2025-03-08') });
  expect(JSON.parse(readFileSync(CACHED, 'utf8')).value).toEqual({ on: '2025-03-08' });
});

test('a file outside the package is not cached', () => {
  const outside = '/tmp/somewhere/yaml-data-check.yml';
  expect(parseYamlData('a: 1\n', { filename: outside })).toEqual({ a: 1 });
  expect(existsSync(cachePath('yaml-_tmp_somewhere_yaml-data-check.yml.json'))).toBe(false);
});

test('a syntax error names the file and nothing is kept', () => {
  expect(() => parseYamlData('a: [1, 2\n', { filename: NAME })).toThrow(/yaml-data-check\.yml/);
  expect(existsSync(CACHED)).toBe(false);
});
