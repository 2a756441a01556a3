// `framing import FILE|FOLDER...`: CSV, JSON Lines, or folders of .txt/.md files with
// front matter, into the corpus store. Duplicates and bad rows are reported, never fatal.

import { existsSync } from 'node:fs';
import { DB_OPTION, itemOptionsFrom } from '../corpus-options';
import { dbPath } from '../db-path';
import { formatProblem, formatTally, importSource } from '../../corpus/import/run';
import { openSource } from '../../corpus/import/sources';
import { pendingCount } from '../../corpus/store/analyses';
import { CorpusStore } from '../../corpus/store/store';
import { checkEncoding, checkFormat } from '../input-options';
import { UsageError } from '../usage-error';
import type { Command } from './command';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import CSV, JSON Lines or folders of .txt/.md files into the corpus store',
  help: `Usage: framing import FILE|FOLDER|-... [--db PATH] [--format jsonl|csv]

Adds news items to the corpus store (a SQLite file, created on first use). Each item
needs an "outlet" and a "headline" or "text"; "id", "date", "url",
"event", "event_title", "language", "victim_group" and "illustrative" are read when
present, and every other field is kept as metadata (docs/corpus.md). Dates are read
as ISO (2024-03-08), 2024/03/08, 20240308, "March 8, 2024", "8 Mar 2024" or RSS
dates; 08/03/2024 only when the day is over 12 or --date-format says the order.

  FILE.csv              a header row, then one item per record (a "headline" or "text"
                        column, or both; the delimiter , ; or tab is read from the header)
  FILE.jsonl            one JSON object per line
  FOLDER, FILE.txt|.md  one item per file: YAML front matter between "---" lines,
                        then the text

An item with the same URL as one already held, or the same outlet and headline, is
reported as a duplicate and not added again. A bad row is reported on stderr as
"FILE line N: reason" and skipped; all the good rows are kept.

Options:
  --db PATH          The store (default: $FRAMING_DB, else ./framing.sqlite)
  --format FORMAT    jsonl or csv (default: from the extension or the first character)
  --encoding ENC     utf8 (default; a line that is not valid UTF-8 is reported) or
                     latin1 (ISO-8859-1: every byte is a character), for CSV and JSONL
  --date-format ORD  dmy (08/03/2024 is 8 March) or mdy (March 8): how the collection
                     writes numeric dates with the year last; without it, a date
                     such as 03/08/2024 is refused rather than guessed
  --aliases FILE     CSV with columns alias,outlet: store each alias under its outlet's
                     name (the name as given is kept as metadata outlet_as_given)
  -h, --help         Show this help

Exit codes: 0 every row imported or a duplicate, 1 some rows were bad, 2 usage or
fatal error (no such file, a CSV header without "text", not a framing store).

Examples:
  framing import headlines.csv
  framing import articles.jsonl notes/ --db corpus.sqlite
  framing import rss.csv --date-format dmy --aliases aliases.csv
  framing annotate --db corpus.sqlite --workers 2
`,
  options: { ...DB_OPTION, format: { type: 'string' }, encoding: { type: 'string' }, 'date-format': { type: 'string' },
    aliases: { type: 'string' } },
  async run(args, context) {
    if (args.positionals.length === 0) throw new UsageError('import: missing FILE or FOLDER (use "-" for stdin)');
    const format = checkFormat(args.values.format as string | undefined);
    const encoding = checkEncoding(args.values.encoding as string | undefined);
    const options = itemOptionsFrom('import', args);
    const missing = args.positionals.find((p) => p !== '-' && !existsSync(p));
    if (missing !== undefined) throw new UsageError(`cannot read ${missing}: no such file or folder`);
    const path = dbPath(args.values.db);
    const store = CorpusStore.open(path);
    let bad = 0;
    try {
      for (const input of args.positionals) {
        const source = await openSource(input, format, context.stdin, encoding);
        const tally = await importSource(source, store, (p) => context.stderr.write(formatProblem(source, p)), undefined, options);
        context.stderr.write(formatTally(tally));
        bad += tally.errors;
      }
      const pending = pendingCount(store);
      if (pending > 0) {
        context.stderr.write(`framing: ${pending} items in ${path} are not annotated yet: framing annotate --db ${path}\n`);
      }
    } finally {
      store.close();
    }
    return bad > 0 ? 1 : 0;
  },
};
