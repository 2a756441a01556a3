// YAML data files parsed once, not per process (issue 15, "data compiled once"): the parsed
// value of a data file is kept as JSON in .cache/ under the sha-256 of its text and schema,
// so a later process reads it back with JSON.parse and never loads js-yaml. Parsing the 26
// grammar and harm files took about 45 ms of every start, and loading js-yaml 17 ms more.
// Only values JSON keeps exactly (no dates, no undefined) are cached; any other file is
// parsed every time. A change to a file changes its key, so a stale value is never used.

import type * as JsYaml from 'js-yaml';
import { isAbsolute } from 'node:path';
import { readCacheFile, sha256, writeCacheFile } from './cache-file';

export interface YamlOptions {
  /** Shown in a syntax error, and names the cache file; a file outside the package (an absolute name) is not cached. */
  filename: string;
  /** js-yaml's CORE_SCHEMA (no timestamps, no merge keys) instead of its default. */
  core?: boolean;
}

interface Stored {
  key: string;
  value: unknown;
}

/** The value of YAML `text`, from the cache when it holds this text's parse; a syntax error throws as js-yaml's does. */
export function parseYamlData(text: string, options: YamlOptions): unknown {
  const key = sha256(Buffer.from(`${options.core ? 'core' : 'default'}\u0000${text}`, 'utf8'));
  const name = `yaml-${options.filename.replace(/[^A-Za-z0-9.-]+/g, '_')}.json`;
  const cached = readStored(name);
  if (cached?.key === key) return cached.value;
  const value = parseYaml(text, options);
  if (!isAbsolute(options.filename) && isJsonExact(value)) writeCacheFile(name, JSON.stringify({ key, value } satisfies Stored));
  return value;
}

/** The value of YAML `text`, parsed now; js-yaml is loaded on the first call only. */
export function parseYaml(text: string, options: YamlOptions): unknown {
  const yaml = require('js-yaml') as typeof JsYaml;
  return yaml.load(text, { filename: options.filename, ...(options.core ? { schema: yaml.CORE_SCHEMA } : {}) });
}

function readStored(name: string): Stored | null {
  const bytes = readCacheFile(name);
  try {
    return bytes && (JSON.parse(bytes.toString('utf8')) as Stored);
  } catch {
    return null;
  }
}

/** Whether JSON keeps `value` exactly: plain objects, arrays, strings, finite numbers, booleans and null. */
export function isJsonExact(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJsonExact);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value as Record<string, unknown>).every(([k, v]) => k !== '__proto__' && isJsonExact(v));
}
