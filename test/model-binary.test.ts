// The fast-loading binary form of the linear models (issue 15): the same scores as the JSON
// model for every feature, seen or unseen; the shipped tagger tags identically from either;
// a binary written from another JSON file is not used; a model whose features share a hash
// is refused.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VOICE_MODEL_PATH, VoiceModel } from '../src/detectors/voice-model';
import { hashString } from '../src/nlp/feature-hash';
import { HashedLinearModel, encodeModel, sha256 } from '../src/nlp/model-binary';
import { binaryPath, loadLinearModel } from '../src/nlp/model-load';
import { LinearModel, type LinearModelFile, readGzipJson } from '../src/nlp/perceptron';
import { TAGGER_PATH, Tagger, type TaggerModelFile } from '../src/nlp/tagger';

const SMALL: LinearModelFile & { threshold: number } = {
  classes: ['A', 'B', 'C'],
  weights: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}=wörd ${'é'.repeat(i % 4)}`, [i % 3, (i - 150) / 7, (i + 1) % 3, 0.25]])),
  threshold: 0.5,
};

test('scores equal the JSON model\'s for seen and unseen features; the other fields travel in the header', () => {
  const json = new LinearModel(SMALL);
  const binary = new HashedLinearModel(encodeModel(SMALL, 'abc'));
  const features = [...Object.keys(SMALL.weights), 'unseen', 'f1=wörd', '', 'f7=wörd ééé'];
  for (let i = 0; i < features.length; i += 7) {
    const some = features.slice(i, i + 9);
    expect([...binary.scores(some)]).toEqual([...json.scores(some)]);
    expect([...binary.scores(some)]).toEqual([...json.scores(some)]); // again, from the lookups it remembers
    expect(binary.best(some)).toBe(json.best(some));
  }
  expect(binary.extra).toEqual({ threshold: 0.5 });
  expect(binary.source).toBe('abc');
  expect(binary.classes).toEqual(['A', 'B', 'C']);
  expect(hashString('a')).not.toEqual(hashString('b'));
});

test('the shipped tagger tags the same from its binary form as from its JSON', () => {
  const file = readGzipJson<TaggerModelFile>(TAGGER_PATH);
  const fromJson = Tagger.fromFile(file);
  const fromBinary = new Tagger(new HashedLinearModel(encodeModel(file, 'test')), file.tagdict);
  const sentences = [
    ['Hundreds', 'killed', 'as', 'Syria', 'security', 'forces', 'battle', 'al-Assad', 'loyalists'],
    ['Protesters', 'Were', 'Shot', 'By', 'Police', 'In', 'The', 'Capital'],
    ['THREE', 'JOURNALISTS', 'DETAINED', 'AFTER', 'RAID'],
    ['The', 'ministry', 'spoke', 'of', '“', 'individual', 'violations', '”', '.'],
  ];
  for (const words of sentences) {
    for (const casing of ['sentence', 'title', 'upper'] as const) expect(fromBinary.tag(words, casing)).toEqual(fromJson.tag(words, casing));
  }
});

test('a binary written from another JSON file is not used; the JSON serves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framing-model-'));
  try {
    const path = join(dir, 'voice.json.gz');
    const gz = gzipSync(JSON.stringify(SMALL));
    writeFileSync(path, gz);
    writeFileSync(binaryPath(path), encodeModel({ ...SMALL, threshold: 9 }, 'another file'));
    expect(loadLinearModel<typeof SMALL>(path).extra.threshold).toBe(0.5);
    expect(loadLinearModel<typeof SMALL>(path).fromBinary).toBe(false);
    writeFileSync(binaryPath(path), encodeModel({ ...SMALL, threshold: 9 }, sha256(gz)));
    expect(loadLinearModel<typeof SMALL>(path).extra.threshold).toBe(9);
    expect(loadLinearModel<typeof SMALL>(path).fromBinary).toBe(true);
    writeFileSync(binaryPath(path), 'not a model');
    expect(loadLinearModel<typeof SMALL>(path).fromBinary).toBe(false);
    expect([...loadLinearModel<typeof SMALL>(path).model.scores(['f1=wörd é'])]).toEqual([...new LinearModel(SMALL).scores(['f1=wörd é'])]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a model in which two features share a hash is refused', () => {
  const twins: LinearModelFile = { classes: ['A'], weights: { x: [0, 1], y: [0, 2] } };
  expect(() => encodeModel(twins, 'ok')).not.toThrow();
  // both lanes equal: what the writer refuses, shown with a hash that gives every feature 7, 7
  expect(() => encodeModel(twins, 'ok', () => [7, 7])).toThrow('model features "x" and "y" share a hash');
  // one lane equal is no collision
  expect(() => encodeModel(twins, 'ok', (f) => [7, f.charCodeAt(0)])).not.toThrow();
});

test('the voice classifier loads (from its binary form when npm install wrote one)', () => {
  expect(VoiceModel.load(VOICE_MODEL_PATH).isPassive(['bias'])).toEqual(expect.any(Boolean));
});

test('a model that is the whole of its memory (shared, so worker threads share one copy, or a file as read) is read in place; a slice of other memory is copied', () => {
  const bytes = encodeModel(SMALL, 'abc');
  const memory = new SharedArrayBuffer(bytes.length);
  new Uint8Array(memory).set(bytes);
  const shared = new HashedLinearModel(Buffer.from(memory));
  const own = Buffer.from(new ArrayBuffer(bytes.length));
  bytes.copy(own);
  const whole = new HashedLinearModel(own);
  const slice = Buffer.concat([Buffer.alloc(8), bytes]).subarray(8);
  const copied = new HashedLinearModel(slice);
  const features = Object.keys(SMALL.weights);
  expect([...shared.scores(features)]).toEqual([...copied.scores(features)]);
  expect([...whole.scores(features)]).toEqual([...copied.scores(features)]);
  const tableOf = (m: HashedLinearModel): Int32Array => (m as unknown as { table: Int32Array }).table;
  expect(tableOf(shared).buffer).toBe(memory);
  expect(tableOf(whole).buffer).toBe(own.buffer);
  expect(tableOf(copied).buffer).not.toBe(slice.buffer);
});
