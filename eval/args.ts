// Command-line options of `npm run eval`.

import { parseArgs } from 'node:util';
import type { EvalOptions, Split } from './section';

export interface RunOptions extends EvalOptions {
  /** Section names to run; empty: all. */
  only: string[];
  help: boolean;
}

export const USAGE = `usage: npm run eval -- [--split test|dev|train] [--errors N] [--only SECTION,...]
  --split   UD English EWT split to score (default: test; tune on dev/train)
  --errors  print N false positives and N false negatives of framing per section
  --only    run only these sections (comma-separated names)`;

const SPLITS: readonly Split[] = ['train', 'dev', 'test'];

/** Throws an Error with a readable message on a bad option. */
export function parseOptions(argv: readonly string[]): RunOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      split: { type: 'string', default: 'test' },
      errors: { type: 'string', default: '0' },
      only: { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const split = SPLITS.find((s) => s === values.split);
  if (!split) throw new Error(`--split must be one of ${SPLITS.join(', ')}, not "${values.split}"`);
  const errors = Number(values.errors);
  if (!Number.isInteger(errors) || errors < 0) throw new Error(`--errors must be a whole number, not "${values.errors}"`);
  const only = (values.only ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  return { split, errors, only, help: values.help ?? false };
}
