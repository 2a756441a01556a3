// The tagger's rows shared by forms with the same model features (issue 15): one row per set
// of model features, the scores of `scoreRow` over the same features; the zero row for none;
// all dropped, and found again, when they run out.

import { EMPTY, HashedFeatures, hashString } from '../src/nlp/feature-hash';
import { HashedLinearModel } from '../src/nlp/model-binary';
import { SharedRows, ZERO_ROW } from '../src/nlp/tagger-shared-rows';

const model = HashedLinearModel.fromFile({
  classes: ['A', 'B', 'C'],
  weights: { 'w police': [0, 1.5, 2, -0.25], 's3 ice': [1, 0.125], 'w army': [0, 2] },
});

/** Two features, hashed as the tagger hashes them, from whole strings. */
function features(a: string, b: string): HashedFeatures {
  const f = new HashedFeatures(2);
  for (const s of [a, b]) f.begin(EMPTY).text(s).end();
  return f;
}

function row(rows: SharedRows, at: number): number[] {
  return [...rows.scores.subarray(at * 3, at * 3 + 3)];
}

test('forms with the same model features share a row, scored as scoreRow scores them', () => {
  const rows = new SharedRows(model, 3, 8, 2);
  const police = rows.rowOf(features('w police', 's3 ice'));
  expect(row(rows, police)).toEqual([...model.scoreRow(features('w police', 's3 ice'), new Float64Array(3), 0)]);
  // "w justice" is not in the model: its row is that of "s3 ice" alone, shared with "w novice"
  const justice = rows.rowOf(features('w justice', 's3 ice'));
  expect(rows.rowOf(features('w novice', 's3 ice'))).toBe(justice);
  expect(justice).not.toBe(police);
  expect(row(rows, justice)).toEqual([0, 0.125, 0]);
  expect(rows.rowOf(features('w nobody', 's3 ody'))).toBe(ZERO_ROW);
  expect(row(rows, ZERO_ROW)).toEqual([0, 0, 0]);
  expect(hashString('w police')).not.toEqual(hashString('w army'));
});

test('rows are dropped when they run out, and rows given out again are summed afresh', () => {
  const rows = new SharedRows(model, 3, 3, 2);
  const police = rows.rowOf(features('w police', 's3 ice'));
  expect(rows.room(1)).toBe(true);
  rows.rowOf(features('w army', 's3 rmy'));
  expect(rows.room(1)).toBe(false);
  const army = rows.rowOf(features('w army', 's3 rmy'));
  expect(army).toBe(police);
  expect(row(rows, army)).toEqual([2, 0, 0]);
  // a sentence longer than the store: it grows
  expect(rows.room(10)).toBe(false);
  expect(rows.room(9)).toBe(true);
  expect(row(rows, rows.rowOf(features('w police', 's3 ice')))).toEqual([1.5, 0.125, -0.25]);
});
