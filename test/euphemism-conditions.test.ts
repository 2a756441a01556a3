// Context conditions, on a small lexicon and hand-tagged Documents (no tagger model needed).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEuphemismDetector } from '../src/detectors/euphemism';
import { LexiconMatcher, loadLexicon } from '../src/lexicon';
import { splitSentences } from '../src/nlp/sentences';
import { tokenize } from '../src/nlp/tokenize';
import type { Detector, Document, EuphemismAnnotation } from '../src/types';

const ENTRIES = `
  - id: tagged
    phrase: fake
    inflect: noun
    category: test
    explanation: Only as a noun.
    alternative: x
    contested: false
    sources: [s]
    context:
      requires_tag: [NN]
  - id: before-only
    phrase: purge
    category: test
    explanation: Needs "army" before it.
    alternative: x
    contested: false
    sources: [s]
    context:
      requires_nearby: {words: [army], within: 3, side: before}
  - id: after-only
    phrase: sweep
    category: test
    explanation: Needs one of the listed people after it.
    alternative: x
    contested: false
    sources: [s]
    context:
      requires_nearby: {words: ["@targets"], within: 3, side: after}
  - id: followed
    phrase: operation
    category: test
    explanation: Only when "cast lead" follows.
    alternative: x
    contested: false
    sources: [s]
    context:
      requires_followed_by: [cast lead]
  - id: not-followed
    phrase: cleanup
    category: test
    explanation: Not when "crew" follows.
    alternative: x
    contested: false
    sources: [s]
    context:
      unless_followed_by: [crew~n]
  - id: preceded
    phrase: remnants
    category: test
    explanation: Only after "regime".
    alternative: x
    contested: false
    sources: [s]
    context:
      requires_preceded_by: [regime]
  - id: not-preceded
    phrase: terror
    category: test
    explanation: Not after "counter-".
    alternative: x
    contested: false
    sources: [s]
    context:
      unless_preceded_by: [counter]
  - id: short
    phrase: collateral
    category: test
    explanation: Loses to the longer entry.
    alternative: x
    contested: false
    sources: [s]
  - id: long
    phrase: collateral damage
    category: test
    explanation: Wins over the shorter entry.
    alternative: x
    contested: true
    note: The case for it.
    sources: [s]
`;

let dir: string;
let detector: Detector;

/** A Document as parse() would build it, with hand-given tags (default "XX"). */
function documentOf(text: string, tags: Record<string, string> = {}): Document {
  return {
    text,
    sentences: splitSentences(text, tokenize(text)).map((s) => ({
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      casing: s.casing,
      tokens: s.tokens.map((t) => ({ ...t, lower: t.text.toLowerCase(), tag: tags[t.text] ?? 'XX' })),
    })),
  };
}

function annotate(text: string, tags: Record<string, string> = {}): EuphemismAnnotation[] {
  return detector.detect(documentOf(text, tags), []) as EuphemismAnnotation[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framing-conditions-'));
  writeFileSync(join(dir, 'sources.yml'), '- id: s\n  title: Test source\n  url: https://example.org\n  kind: research\n');
  writeFileSync(join(dir, 'wordlists.yml'), 'targets:\n  - villager~n\n  - rebel~n\n');
  writeFileSync(join(dir, 'test.yml'), `category:\n  id: test\n  label: Test\n  description: Conditions.\nentries:${ENTRIES}`);
  const matcher = new LexiconMatcher(loadLexicon(dir));
  detector = createEuphemismDetector(() => matcher);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['requires_tag: noun', 'They spread fakes.', { fakes: 'NNS' }, [['tagged', 'fakes']]],
  ['requires_tag: not an adjective', 'A fake video.', { fake: 'JJ' }, []],
  ['side before: found', 'The army began a purge.', {}, [['before-only', 'purge']]],
  ['side before: only after does not count', 'A purge of the army.', {}, []],
  ['side before: too far', 'The army then slowly began a purge.', {}, []],
  ['side after: found, through a word list', 'A sweep of the villagers.', {}, [['after-only', 'sweep']]],
  ['side after: only before does not count', 'Rebels fled the sweep.', {}, []],
  ['requires_followed_by', 'Operation Cast Lead began.', {}, [['followed', 'Operation']]],
  ['requires_followed_by: absent', 'The operation began.', {}, []],
  ['unless_followed_by', 'The cleanup began.', {}, [['not-followed', 'cleanup']]],
  ['unless_followed_by: present, inflected', 'Cleanup crews arrived.', {}, []],
  ['requires_preceded_by', 'The regime remnants fled.', {}, [['preceded', 'remnants']]],
  ['requires_preceded_by: absent', 'The remnants fled.', {}, []],
  ['unless_preceded_by: across a joining hyphen', 'A counter-terror unit.', {}, []],
  ['unless_preceded_by: absent', 'A terror campaign.', {}, [['not-preceded', 'terror']]],
  ['conditions stay inside the sentence', 'The army left. A purge began.', {}, []],
  ['longest match wins', 'Some collateral damage.', {}, [['long', 'collateral damage']]],
])('%s', (_what, text, tags, expected) => {
  expect(annotate(text, tags).map((a) => [a.entry, a.text])).toEqual(expected);
});

test('a contested entry shows the case for the term in its explanation', () => {
  const [annotation] = annotate('Collateral damage.');
  expect(annotation?.explanation).toBe('Wins over the shorter entry. Contested: The case for it.');
  expect(annotation?.sources).toEqual([{ id: 's', title: 'Test source', url: 'https://example.org' }]);
});
