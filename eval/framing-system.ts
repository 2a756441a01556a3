// This project's passive detector, seen through the evaluation's prediction shape.

import { analyze } from '../src/analyze';
import type { PassiveAnnotation } from '../src/types';
import type { PassiveSystem } from './systems';

export const framingSystem: PassiveSystem = {
  name: 'framing',
  forms: true,
  agents: true,
  predict: (text) =>
    analyze(text)
      .annotations.filter((a): a is PassiveAnnotation => a.type === 'passive')
      .map((a) => ({ verb: a.verb, form: a.form, agent: a.agent })),
};
