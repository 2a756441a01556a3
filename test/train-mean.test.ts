// The voice classifier ships the mean of several averaged perceptrons.

import { meanOfModels } from '../train/perceptron-trainer';

describe('meanOfModels', () => {
  test('averages each feature per class; a feature missing from a model counts 0 there', () => {
    const mean = meanOfModels([
      { classes: ['active', 'passive'], weights: { a: [0, 1, 1, -1], b: [1, 3] } },
      { classes: ['active', 'passive'], weights: { a: [0, 3, 1, 1] } },
    ]);
    expect(mean).toEqual({ classes: ['active', 'passive'], weights: { a: [0, 2], b: [1, 1.5] } });
  });

  test('needs a model', () => {
    expect(() => meanOfModels([])).toThrow(/at least one/);
  });
});
