// The tagger's caches (issue 15) change no tag when they fill up: the word table is emptied
// and filled again, the rows of tag-and-word scores and the rows shared by forms
// (tagger-shared-rows.ts) are dropped and filled again, and all the while the cached tagger
// tags as the one that looks up every feature.

import { HashedLinearModel } from '../src/nlp/model-binary';
import { readGzipJson } from '../src/nlp/perceptron';
import { TAGGER_PATH, Tagger, type TaggerModelFile } from '../src/nlp/tagger';
import { MAX_ROWS, TagWordRows } from '../src/nlp/tagger-tag-word';
import type { Casing } from '../src/types';

const WORDS = ['police', 'killed', 'the', 'protesters', 'in', 'shot', 'by', 'army', 'were', 'says', 'after', 'strike'];

/** Sentences with more made-up word forms (6 each: 66,138) than the word table (16,384) and the rows (MAX_ROWS) hold. */
function sentences(): Array<{ forms: string[]; casing: Casing }> {
  const out: Array<{ forms: string[]; casing: Casing }> = [];
  const casings: Casing[] = ['sentence', 'title', 'upper'];
  for (let s = 0; s < Math.ceil(MAX_ROWS / 6) + 100; s++) {
    const forms: string[] = [];
    for (let k = 0; k < 8; k++) forms.push(k % 4 < 3 ? `w${s}x${'abcdefgh'[k]}` : (WORDS[(s + k) % WORDS.length] as string));
    out.push({ forms, casing: casings[s % 3] as Casing });
  }
  return out;
}

test('the grouped tagger tags as the one-feature-at-a-time tagger past the size of its caches', () => {
  const file = readGzipJson<TaggerModelFile>(TAGGER_PATH);
  const model = HashedLinearModel.fromFile(file);
  const grouped = new Tagger(model, file.tagdict);
  const plain = new Tagger(model, file.tagdict, false);
  // and the first few again, so that forms come back after the table was emptied
  const all = [...sentences(), ...sentences().slice(0, 300)];
  for (const { forms, casing } of all) expect(grouped.tag(forms, casing)).toEqual(plain.tag(forms, casing));
});

test('rows of a form are found under their key, forgotten with the form, and dropped when full', () => {
  const rows = new TagWordRows(3, 4);
  const a = rows.add(1, 10);
  const b = rows.add(1, 11);
  expect([rows.find(1, 10), rows.find(1, 11), rows.find(1, 12), rows.find(2, 10)]).toEqual([a, b, -1, -1]);
  rows.grow(8);
  expect(rows.find(1, 11)).toBe(b);
  expect(rows.find(7, 11)).toBe(-1);
  rows.forget(1);
  expect(rows.find(1, 10)).toBe(-1);
  for (let k = 0; k < MAX_ROWS; k++) rows.add(2, k);
  expect(rows.find(2, 0)).toBe(-1);
  // rows 2 .. MAX_ROWS - 1 hold keys 0 .. MAX_ROWS - 3; the last two keys came after the drop, in rows 0 and 1
  expect([rows.find(2, MAX_ROWS - 2), rows.find(2, MAX_ROWS - 1)]).toEqual([0, 1]);
});

test('the grouped tagger tags as the one-feature-at-a-time tagger past the shared rows it holds', () => {
  const file = readGzipJson<TaggerModelFile>(TAGGER_PATH);
  const model = HashedLinearModel.fromFile(file);
  const grouped = new Tagger(model, file.tagdict);
  const plain = new Tagger(model, file.tagdict, false);
  // made-up forms of a model prefix and a model suffix: each its own row of own features,
  // 21,000 of them, more than the 16,384 kept
  const ends = (template: string): string[] => Object.keys(file.weights).filter((f) => f.startsWith(template)).map((f) => f.slice(template.length));
  const prefixes = ends('p3 ').filter((p) => /^[a-z]{3}$/.test(p)).slice(0, 150);
  const suffixes = ends('s4 ').filter((s) => /^[a-z]{4}$/.test(s)).slice(0, 140);
  const forms = prefixes.flatMap((p) => suffixes.map((s) => `${p}q${s}`));
  expect(forms.length).toBe(21_000);
  for (let at = 0; at < forms.length; at += 6) {
    const sentence = [...forms.slice(at, at + 6), 'were', 'killed'];
    expect(grouped.tag(sentence, 'sentence')).toEqual(plain.tag(sentence, 'sentence'));
  }
});
