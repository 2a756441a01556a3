// The Arabic lexicon's matching (src/lexicon/arabic.ts, arabic-matcher.ts) on a small
// lexicon: spelling normalisation, attached prefixes, phrase boundaries. Sentences written
// for these tests.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arabicWords, normalizeArabic } from '../src/lexicon/arabic';
import { ArabicMatcher } from '../src/lexicon/arabic-matcher';
import { loadLexicon } from '../src/lexicon';
import { LexiconError } from '../src/lexicon/schema';

const entry = (id: string, phrase: string, extra = ''): string => `
  - id: ${id}
    phrase: ${phrase}
    gloss: ${id}
    category: test
    explanation: Test entry.
    alternative: x
    contested: false
    sources: [s]${extra}`;

function lexiconDir(entries: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'framing-arabic-'));
  writeFileSync(join(dir, 'sources.yml'), '- id: s\n  title: Test source\n  url: https://example.org\n  kind: research\n');
  writeFileSync(join(dir, 'wordlists.yml'), '{}\n');
  writeFileSync(join(dir, 'test.yml'), `category:\n  id: test\n  label: Test\n  description: Arabic.\nentries:${entries}`);
  return dir;
}

const dirs: string[] = [];
let matcher: ArabicMatcher;

beforeAll(() => {
  const dir = lexiconDir(
    entry('individual-violations', 'تجاوزات فردية', '\n    variants: ["(تجاوز|انتهاك) فردي"]') +
      entry('regime-remnants', 'فلول النظام') +
      entry('neutralised', 'تحييد'),
  );
  dirs.push(dir);
  matcher = new ArabicMatcher(loadLexicon(dir));
});

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const found = (text: string): [string, string][] => matcher.match(text).map((m) => [m.entry.id, text.slice(m.start, m.end)]);

describe('spelling normalisation', () => {
  test.each([
    ['diacritics', 'تَجَاوُزَاتٌ', 'تجاوزات'],
    ['tatweel', 'فـــلول', 'فلول'],
    ['alef forms', 'إأآٱا', 'ااااا'],
    ['alef maqsura and taa marbuta', 'مستشفى فردية', 'مستشفي فرديه'],
    ['hamza seats', 'مؤامرة بريئة', 'موامره برييه'],
  ])('%s', (_what, text, expected) => expect(normalizeArabic(text)).toBe(expected));
});

describe('attached prefixes', () => {
  test.each([
    ['the phrase as listed', 'وقعت تجاوزات فردية في المدينة', [['individual-violations', 'تجاوزات فردية']]],
    ['with the article on both words', 'اعترف المسؤول بالتجاوزات الفردية', [['individual-violations', 'بالتجاوزات الفردية']]],
    ['with diacritics and a conjunction', 'والتَّجاوُزاتُ الفرديّةُ مستمرة', [['individual-violations', 'والتَّجاوُزاتُ الفرديّةُ']]],
    ['a variant', 'وصف ما جرى بأنه انتهاك فردي', [['individual-violations', 'انتهاك فردي']]],
    ['lam with the article written لل', 'تصدت القوات لفلول النظام', [['regime-remnants', 'لفلول النظام']]],
    ['two prefixes', 'وبفلول النظام السابق', [['regime-remnants', 'وبفلول النظام']]],
    ['one word, with article and preposition', 'أعلن الجيش عن التحييد', [['neutralised', 'التحييد']]],
    ['lam before the article', 'دعا للتحييد', [['neutralised', 'للتحييد']]],
  ])('%s', (_what, text, expected) => expect(found(text)).toEqual(expected));
});

describe('what is not matched', () => {
  test.each([
    ['a phrase broken by punctuation', 'تجاوزات، فردية'],
    ['a phrase broken by Latin text', 'فلول (remnants) النظام'],
    ['one word of a two-word phrase', 'تحدث عن النظام وحده'],
    ['a word that only starts like a listed one', 'تحييدات'],
  ])('%s', (_what, text) => expect(found(text)).toEqual([]));
});

test('offsets are those of the original text, with its marks', () => {
  const text = 'قال: «التَّجاوُزاتُ الفرديّةُ»';
  const [match] = matcher.match(text);
  expect(text.slice(match?.start, match?.end)).toBe('التَّجاوُزاتُ الفرديّةُ');
  expect(arabicWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['قال', 'التَّجاوُزاتُ', 'الفرديّةُ']);
});

test('an Arabic entry with an English inflection marker or context is refused', () => {
  const marked = lexiconDir(entry('marked', 'فلول', '\n    variants: ["فلول~n"]'));
  const withContext = lexiconDir(entry('context', 'فلول', '\n    context:\n      requires_followed_by: [النظام]'));
  dirs.push(marked, withContext);
  expect(() => new ArabicMatcher(loadLexicon(marked))).toThrow(LexiconError);
  expect(() => new ArabicMatcher(loadLexicon(withContext))).toThrow(/no "inflect" and no "context"/);
});
