// Where the package's data files live, whether running from src/ (tests) or dist/src/.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findPackageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`framing: no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);
export const MODELS_DIR = join(PACKAGE_ROOT, 'models');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
