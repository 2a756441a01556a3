// Which analyser made an analysis (issue 17): a short hash of everything that decides the
// annotations (the package version, the models and every data file), so a store can say
// which analyses are stale after a model, rule or lexicon change.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR, MODELS_DIR, PACKAGE_ROOT } from './paths';

let cached: string | null = null;

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** "a1b2c3d4e5f6": the same for the same package, models and data, on any machine. */
export function analyserVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  hash.update(`framing ${pkg.version}\n`);
  const inputs = [...files(MODELS_DIR).filter((f) => f.endsWith('.json.gz')), ...files(DATA_DIR).filter((f) => !f.endsWith('.md'))];
  for (const path of inputs) {
    hash.update(`${relative(PACKAGE_ROOT, path).split('\\').join('/')}\n`);
    hash.update(readFileSync(path));
  }
  cached = hash.digest('hex').slice(0, 12);
  return cached;
}
