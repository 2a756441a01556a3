// Validation helpers shared by the data files' loaders (data/lexicon, data/harm): every
// problem is reported as a LexiconError naming the file and the entry.

import { PatternError, parsePattern } from './pattern';

export type Raw = Record<string, unknown>;

/** Lower-case words joined by hyphens: the form of every entry and source id. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string | null,
    detail: string,
  ) {
    super(`${file}${entry ? `: entry "${entry}"` : ''}: ${detail}`);
    this.name = 'LexiconError';
  }
}

/** Reports problems in one place of one file. */
export class DataChecker {
  constructor(
    readonly file: string,
    readonly entry: string | null = null,
  ) {}

  fail(detail: string): never {
    throw new LexiconError(this.file, this.entry, detail);
  }

  record(value: unknown, what: string): Raw {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(`${what} must be a mapping`);
    return value as Raw;
  }

  /** Fields of `raw` not in `allowed` (usually typos), quoted. */
  unknownFields(raw: Raw, allowed: readonly string[]): string[] {
    return Object.keys(raw)
      .filter((k) => !allowed.includes(k))
      .map((k) => `"${k}"`);
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
    if (!allowed.includes(value as T)) this.fail(`${what} must be one of ${allowed.join(', ')}`);
    return value as T;
  }

  pattern(source: string, what: string): void {
    try {
      parsePattern(source);
    } catch (error) {
      if (error instanceof PatternError) this.fail(`${what}: ${error.message}`);
      throw error;
    }
  }
}
