// What an evaluation section is: a named piece of `npm run eval` that computes its tables
// and target checks. Sections are listed in sections.ts.

export type Split = 'train' | 'dev' | 'test';

export interface EvalOptions {
  /** UD English EWT split to score on. */
  split: Split;
  /** How many false positives and false negatives to print per section (0: none). */
  errors: number;
}

export interface Table {
  title: string;
  head: string[];
  rows: string[][];
}

/** A goal the figure must reach: met when value ≥ min. */
export interface Target {
  label: string;
  value: number | null;
  min: number;
}

export interface Section {
  title: string;
  notes: string[];
  tables: Table[];
  targets: Target[];
  /** Examples of errors, one per line, printed only when asked for. */
  errors: string[];
}

export interface EvalSection {
  /** Short name for `--only`. */
  name: string;
  run(options: EvalOptions): Section;
}
