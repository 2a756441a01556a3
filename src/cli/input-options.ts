// `--format` and `--encoding`: how `annotate` and `import` read their input file.

import { FORMATS, type Format } from '../io/format';
import type { Encoding } from '../io/lines';
import { UsageError } from './usage-error';

export function checkFormat(flag: string | undefined): Format | undefined {
  if (flag === undefined) return undefined;
  if ((FORMATS as readonly string[]).includes(flag)) return flag as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(flag)}`);
}

export function checkEncoding(value: string | undefined): Encoding {
  if (value === undefined || value === 'utf8' || value === 'utf-8') return 'utf8';
  if (value === 'latin1' || value === 'latin-1' || value === 'iso-8859-1') return 'latin1';
  throw new UsageError(`--encoding must be utf8 or latin1, got ${JSON.stringify(value)}`);
}
