// The euphemism evaluation as a section of `npm run eval` (register it in eval/sections.ts).

import { runEuphemismEval } from './euphemism';
import type { EvalSection, Section } from './section';

export const euphemismSection: EvalSection = {
  name: 'euphemism',
  run(options): Section {
    const result = runEuphemismEval();
    const errorStart = result.lines.indexOf('errors:');
    const summary = errorStart < 0 ? result.lines : result.lines.slice(0, errorStart);
    const errors = errorStart < 0 ? [] : result.lines.slice(errorStart + 1).map((l) => l.trim());
    return {
      title: result.title,
      notes: summary,
      tables: [],
      targets: [{ label: 'euphemism precision (constructed set)', value: result.precision, min: 0.9 }],
      errors: errors.slice(0, options.errors),
    };
  },
};
