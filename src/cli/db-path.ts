// Where the CLI's store is: --db PATH, else $FRAMING_DB, else framing.sqlite here.

import { existsSync } from 'node:fs';
import { UsageError } from './usage-error';
import { CorpusStore } from '../corpus/store/store';

export const DEFAULT_DB = 'framing.sqlite';

export function dbPath(flag: string | boolean | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof flag === 'string' && flag !== '') return flag;
  return env.FRAMING_DB || DEFAULT_DB;
}

/** The store at `path`, which must exist (commands that only read it). */
export function openExisting(path: string): CorpusStore {
  if (!existsSync(path)) {
    throw new UsageError(`no store at ${path}: import a corpus first (framing import FILE --db ${path})`);
  }
  return CorpusStore.open(path);
}
