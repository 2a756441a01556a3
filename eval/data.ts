// The shared evaluation data, read from ../shared/data beside the repository.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths';

export const SHARED_DATA_DIR = join(PACKAGE_ROOT, '..', 'shared', 'data');

export class MissingDataError extends Error {}

/** Path of a file under ../shared/data; throws MissingDataError when it is not there. */
export function sharedData(...parts: string[]): string {
  const path = join(SHARED_DATA_DIR, ...parts);
  if (!existsSync(path)) {
    throw new MissingDataError(
      `missing evaluation data: ${path}\n` +
        `npm run eval reads ../shared/data (UD English EWT, PassivePy crowd sentences) beside the repository.`,
    );
  }
  return path;
}
