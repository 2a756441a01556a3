// What a command may touch: its streams and the analyzer. Tests pass their own.

import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { analyze } from '../analyze';
import type { AnalyzeFn } from '../corpus/annotate/annotate-doc';

export interface CliContext {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Used in-process (`--workers 1` and `framing analyze`). */
  analyze: AnalyzeFn;
  /** Compiled worker script for `--workers N > 1`. */
  workerScript: string;
  /** Module whose `analyze` export the workers use; the package's own when undefined. */
  workerAnalyzeModule?: string;
}

export function defaultContext(): CliContext {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    analyze: (text) => analyze(text),
    workerScript: join(__dirname, '..', 'corpus', 'annotate', 'worker.js'),
  };
}
