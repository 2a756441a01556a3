// Every harm annotation names what decided it (issue 15, "every decision traceable"): its
// device and the harm lexicon entry, each entry listed in docs/harm-entries.md, and the web
// app says it on demand ("Why: ..."). Constructed sentences: regression checks.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze';
import { defaultHarmMatcher } from '../src/harm';
import { PACKAGE_ROOT } from '../src/paths';
import type { HarmAnnotation } from '../src/types';
import { whyHarm } from '../src/web/highlights';
import { harmEntriesDoc } from '../eval/harm-entries-doc';

const harms = (text: string): HarmAnnotation[] => analyze(text).annotations.filter((a): a is HarmAnnotation => a.type === 'harm');

test.each([
  ['Soldiers shot two farmers near the border', 'harm/active/shoot'],
  ['Two farmers were killed near the border', 'harm/agentless-passive/kill'],
  ['The killing of two farmers near the border', 'harm/nominalization/killing'],
  ['Drone strike on a wedding party in the valley', 'harm/nominalization/implied'],
])('%s → %s', (text, rule) => {
  expect(harms(text).map((h) => h.rule)).toContain(rule);
});

test('a rule names the device the annotation carries, and an entry of the harm lexicon or "implied"', () => {
  const ids = new Set(defaultHarmMatcher().lexicon.entries.map((e) => e.id));
  for (const text of ['Police beat and arrested protesters', 'Three dead after gunmen open fire', 'Airstrike hits a school in the city']) {
    for (const h of harms(text)) {
      const [kind, agency, entry] = h.rule.split('/');
      expect([kind, agency]).toEqual(['harm', h.agency]);
      expect(entry === 'implied' || ids.has(entry as string)).toBe(true);
    }
  }
});

test('docs/harm-entries.md lists every entry, as the data says', () => {
  expect(readFileSync(join(PACKAGE_ROOT, 'docs', 'harm-entries.md'), 'utf8')).toBe(harmEntriesDoc());
  for (const e of defaultHarmMatcher().lexicon.entries) expect(harmEntriesDoc()).toContain(`| \`${e.id}\` |`);
});

test('the reader is told why', () => {
  const [h] = harms('Two farmers were killed near the border');
  expect(whyHarm(h as HarmAnnotation)).toBe('Why: the harm word list entry “kill”, read as passive.');
});
