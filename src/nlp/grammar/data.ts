// Reads the grammar's data files (data/grammar/*.yml), once per process. A file that is
// missing or malformed is a broken install: the error names the file and what is wrong.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../paths';
import { parseYamlData } from '../yaml-data';

export const GRAMMAR_DIR = join(DATA_DIR, 'grammar');

export class GrammarDataError extends Error {
  constructor(file: string, problem: string) {
    super(`data/grammar/${file}: ${problem}`);
    this.name = 'GrammarDataError';
  }
}

const cache = new Map<string, unknown>();

/** The parsed YAML of data/grammar/`file`. */
export function grammarData(file: string): unknown {
  if (cache.has(file)) return cache.get(file);
  let text: string;
  try {
    text = readFileSync(join(GRAMMAR_DIR, file), 'utf8');
  } catch (error) {
    throw new GrammarDataError(file, `cannot read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYamlData(text, { filename: `data/grammar/${file}`, core: true });
  } catch (error) {
    throw new GrammarDataError(file, `invalid YAML: ${(error as Error).message}`);
  }
  cache.set(file, data);
  return data;
}
