// The fast-loading binary form of the linear models (issue 15): the same scores as the JSON
// model for every feature, seen or unseen; the shipped tagger tags identically from either;
// a binary written from another JSON file is not used.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VOICE_MODEL_PATH, VoiceModel } from '../src/detectors/voice-model';
import { BinaryLinearModel, encodeModel, featureHash, sha256 } from '../src/nlp/model-binary';
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
  const binary = new BinaryLinearModel(encodeModel(SMALL, 'abc'));
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
  expect(featureHash('a')).not.toBe(featureHash('b'));
});

test('the shipped tagger tags the same from its binary form as from its JSON', () => {
  const file = readGzipJson<TaggerModelFile>(TAGGER_PATH);
  const fromJson = Tagger.fromFile(file);
  const fromBinary = new Tagger(new BinaryLinearModel(encodeModel(file, 'test')), file.tagdict);
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
    expect(loadLinearModel<typeof SMALL>(path).model).toBeInstanceOf(LinearModel);
    writeFileSync(binaryPath(path), encodeModel({ ...SMALL, threshold: 9 }, sha256(gz)));
    expect(loadLinearModel<typeof SMALL>(path).extra.threshold).toBe(9);
    expect(loadLinearModel<typeof SMALL>(path).model).toBeInstanceOf(BinaryLinearModel);
    writeFileSync(binaryPath(path), 'not a model');
    expect(loadLinearModel<typeof SMALL>(path).model).toBeInstanceOf(LinearModel);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the voice classifier loads (from its binary form when npm install wrote one)', () => {
  expect(VoiceModel.load(VOICE_MODEL_PATH).isPassive(['bias'])).toEqual(expect.any(Boolean));
});
