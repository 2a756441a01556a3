// `framing annotate FILE|-`: every document of a JSONL or CSV corpus → one JSON line each.

import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { type ParsedArgs, intOption } from '../args';
import type { Processor } from '../../corpus/annotate/processor';
import { annotateAll } from '../../corpus/annotate/run';
import { Tally } from '../../corpus/annotate/tally';
import { Writer } from '../../io/writer';
import { startProgress } from '../../corpus/progress';
import type { CliContext } from '../context';
import { checkEncoding, checkFormat } from '../input-options';
import { openInput } from '../../io/open-input';
import { UsageError } from '../usage-error';
import { MAX_WORKERS, startProcessor } from './annotate-start';
import type { Command } from './command';

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'Annotate every document of a JSONL or CSV file, one JSON line each',
  help: `Usage: framing annotate FILE|- [--out FILE] [--format jsonl|csv] [--workers N]
       framing annotate --db PATH [--stale | --all] [--workers N]

Reads documents from FILE (or stdin for "-") and writes one JSON object per document,
in input order: {"id", ...the other input fields, "annotations": [...], "summary": {...}}.

Input: JSON Lines, one {"id": ..., "text": "...", ...} object per line, or CSV with a
header row naming the same columns. The format comes from --format, else the file
extension (.jsonl, .ndjson, .json, .csv), else the first character ("{" = JSONL);
stdin is JSONL unless --format says otherwise.

A bad line (invalid JSON, not an object, no string "text", wrong number of CSV
columns, longer than 1 MB, invalid UTF-8) is reported on stderr as "line N: reason"
and skipped.

With --db and no FILE, annotates the items of a corpus store (framing import) that
have no annotations yet, and stores their annotations there, each with the version of
the analyser that made it (a hash of the package, its models and its data). After a
model, rule or lexicon change, --stale re-annotates what an older version made; run
again after an interruption, it goes on with what is left.

On a terminal, a progress bar with the rate and time left is shown on stderr.

Options:
  --out FILE         Write to FILE instead of stdout
  --format FORMAT    jsonl or csv
  --encoding ENC     utf8 (default) or latin1
  --workers N        Analyze in N worker threads (default 1: in this thread)
  --db PATH          Annotate the store at PATH instead of a file
  --stale            With --db: also re-annotate items another analyser version made
  --all              With --db: annotate every item again, not only new ones
  -h, --help         Show this help

Exit codes: 0 all lines annotated, 1 some lines failed, 2 usage or fatal error.

Examples:
  framing annotate articles.jsonl --out annotated.jsonl
  framing annotate headlines.csv --workers 4 > annotated.jsonl
  cat articles.jsonl | framing annotate - | head
  framing annotate --db corpus.sqlite --workers 2
`,
  options: { out: { type: 'string' }, format: { type: 'string' }, workers: { type: 'string' }, db: { type: 'string' },
    all: { type: 'boolean' }, stale: { type: 'boolean' }, encoding: { type: 'string' } },
  async run(args, context) {
    const [path, ...extra] = args.positionals;
    // the store's code (better-sqlite3 and the rest) is loaded only for --db: 10 ms of every start (issue 15)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (path === undefined && args.values.db !== undefined) return (require('./annotate-db') as typeof import('./annotate-db')).runOnStore(args.values.db as string, args, context);
    if (path === undefined) throw new UsageError('annotate: missing FILE (use "-" for stdin, or --db PATH for a store)');
    if (args.values.db !== undefined) throw new UsageError('annotate: give FILE or --db PATH, not both');
    if (args.values.all || args.values.stale) throw new UsageError('annotate: --all and --stale are for --db (a file is always annotated whole)');
    if (extra.length > 0) throw new UsageError(`annotate: unexpected argument ${JSON.stringify(extra[0])}`);
    const format = checkFormat(args.values.format as string | undefined);
    const workers = intOption('workers', args.values.workers, 1, MAX_WORKERS);
    const outPath = args.values.out as string | undefined;

    const input = await openInput(path, format, context.stdin, checkEncoding(args.values.encoding as string | undefined));
    let processor: Processor | null = null;
    let file: Writable | null = null;
    try {
      processor = await startProcessor(workers, context);
      file = outPath ? await openOutput(outPath) : null;
      const out = new Writer(file ?? context.stdout);
      const tally = new Tally();
      const bar = startProgress(context.stderr, tally, input.position);
      try {
        await annotateAll(input.items, processor, out, bar.messages, tally);
      } finally {
        bar.stop();
      }
      if (file) await out.end();
      context.stderr.write(tally.format());
      return tally.failed > 0 ? 1 : 0;
    } finally {
      input.close();
      if (file && !file.writableFinished) file.destroy();
      await processor?.close();
    }
  },
};

/**
 * Bytes an output file may buffer before a write waits for it to drain. The default, 16 KB,
 * is less than one batch of annotate's output: every batch then waited for its write to
 * finish before the next was analysed (issue 15: 0.1 s of 30,000 headlines, idle).
 */
const OUTPUT_BUFFER = 1 << 20;

/** A file to write to, opened before any work starts (shared with `framing export`). */
export async function openOutput(path: string): Promise<Writable> {
  const stream = createWriteStream(path, { highWaterMark: OUTPUT_BUFFER });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new UsageError(`cannot write ${path}: ${error.message}`)));
  });
  return stream;
}
