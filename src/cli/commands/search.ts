// `framing search QUERY...`: full-text search over the corpus store.

import { DB_OPTION } from '../corpus-options';
import { dbPath, openExisting } from '../db-path';
import { MATCH_END, MATCH_START, search } from '../../corpus/store/search';
import { intOption } from '../args';
import { UsageError } from '../usage-error';
import type { Command } from './command';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search over the corpus store',
  help: `Usage: framing search QUERY... [--db PATH] [--limit N] [--json]

Finds items whose headline, text or outlet match QUERY, best first. Every word must
occur, in any form ("killed" also finds "kill", "killing"); "quoted words" must occur
together; word* matches the start of a word; OR between two terms accepts either.

Prints, per item: its id, outlet, date and headline, then a passage with the matches
in [brackets].

Options:
  --db PATH     The store (default: $FRAMING_DB, else ./framing.sqlite)
  --limit N     At most N results (default 20)
  --json        One JSON object per result: {"id", "outlet", ..., "snippet"}
  -h, --help    Show this help

Examples:
  framing search "individual violations"
  framing search clash* OR unrest --limit 50
`,
  options: { ...DB_OPTION, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, context) {
    const query = args.positionals.join(' ');
    if (!query.trim()) throw new UsageError('search: missing QUERY');
    const limit = intOption('limit', args.values.limit, 20, 10_000);
    const store = openExisting(dbPath(args.values.db));
    try {
      const result = search(store, query, limit);
      const marks = (s: string): string => s.replaceAll(MATCH_START, '[').replaceAll(MATCH_END, ']');
      for (const { item, snippet } of result.hits) {
        if (args.values.json) {
          const { metadata: _metadata, ...fields } = item;
          context.stdout.write(`${JSON.stringify({ ...fields, snippet: marks(snippet) })}\n`);
        } else {
          context.stdout.write(`${item.id}  ${item.outlet}  ${item.date ?? 'undated'}\n  ${item.headline}\n  ${marks(snippet).replace(/\s+/g, ' ')}\n\n`);
        }
      }
      context.stderr.write(`framing: ${result.total} items match${result.total > result.hits.length ? `; showing ${result.hits.length}` : ''}\n`);
    } finally {
      store.close();
    }
    return 0;
  },
};
