// `framing annotate --db PATH` (./annotate.ts): the store's analyses, in a module of its own so
// that annotating a file does not load the store's code (better-sqlite3).

import { annotateStore } from '../../corpus/annotate/run-store';
import type { Processor } from '../../corpus/annotate/processor';
import type { Pending } from '../../corpus/store/analyses';
import { analyserVersion } from '../../provenance';
import { type ParsedArgs, intOption } from '../args';
import type { CliContext } from '../context';
import { dbPath, openExisting } from '../db-path';
import { UsageError } from '../usage-error';
import { MAX_WORKERS, startProcessor } from './annotate-start';

export async function runOnStore(path: string, args: ParsedArgs, context: CliContext): Promise<number> {
  if (args.values.out !== undefined || args.values.format !== undefined) {
    throw new UsageError('annotate: --out and --format are for files; --db stores the annotations in the store');
  }
  if (args.values.all && args.values.stale) throw new UsageError('annotate: give --stale or --all, not both (--all includes the stale)');
  const workers = intOption('workers', args.values.workers, 1, MAX_WORKERS);
  const store = openExisting(dbPath(path));
  let processor: Processor | null = null;
  try {
    processor = await startProcessor(workers, context, 'store');
    const pending: Pending = args.values.all ? { which: 'all' } : args.values.stale ? { which: 'stale', current: analyserVersion() } : { which: 'new' };
    const { tally } = await annotateStore(store, processor, context.stderr, pending);
    context.stderr.write(tally.format());
    return tally.failed > 0 ? 1 : 0;
  } finally {
    await processor?.close();
    store.close();
  }
}
