// `framing stats`: per-outlet framing statistics of the corpus store, with 95% intervals.

import { DB_OPTION, FILTER_HELP, FILTER_OPTIONS, dimensionFrom, filtersFrom } from '../../corpus/cli-options';
import { dbPath, openExisting } from '../../corpus/db-path';
import { statsCsv } from '../../corpus/export/stats';
import { provenanceOf } from '../../corpus/stats/provenance';
import { corpusStats } from '../../corpus/stats/query';
import { formatStats, formatSuggestions, formatVocabulary } from '../../corpus/stats/report';
import { suggestEvents } from '../../corpus/stats/suggest';
import { outletVocabulary } from '../../corpus/stats/vocabulary';
import { intOption } from '../args';
import { UsageError } from '../usage-error';
import type { Command } from './command';

const FORMATS = ['text', 'csv', 'json'] as const;

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Compare outlets: framing statistics of the corpus store with 95% intervals',
  help: `Usage: framing stats [--db PATH] [--by DIMENSION] [filters] [--format text|csv|json]
                    [--words N] [--suggest-events]

Per outlet (and, with --by, per event, victim group, month or year within each
outlet), over the annotated items:

  - the share of harm events that name who did it, and the shares reported as
    agentless passives, intransitives ("died") and nominalizations ("the killing");
  - agentless passives and euphemisms (in all and per category) per 1,000 words;

each with its count, total and 95% Wilson interval; then each outlet's distinctive
words against the other outlets (log-odds ratio with an informative Dirichlet prior,
Monroe, Colaresi & Quinn 2008). docs/corpus.md defines every figure.

Options:
${FILTER_HELP}
  --by DIMENSION      event, victim_group, month or year
  --format FORMAT     text (default), csv (one row per outlet and measure) or json
  --words N           Distinctive words per outlet (default 10; text and json)
  --suggest-events    Also suggest events for items without one (text and json)
  -h, --help          Show this help

Examples:
  framing stats
  framing stats --by event --format csv > stats.csv
  framing stats --from 2025-03-01 --to 2025-03-31 --suggest-events
`,
  options: { ...DB_OPTION, ...FILTER_OPTIONS, by: { type: 'string' }, format: { type: 'string' },
    words: { type: 'string' }, 'suggest-events': { type: 'boolean' } },
  async run(args, context) {
    if (args.positionals.length > 0) throw new UsageError(`stats: unexpected argument ${JSON.stringify(args.positionals[0])}`);
    const format = (args.values.format ?? 'text') as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`stats: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
    }
    const filters = filtersFrom('stats', args);
    const by = dimensionFrom('stats', args.values.by);
    const top = intOption('words', args.values.words, 10, 1000);
    const store = openExisting(dbPath(args.values.db));
    try {
      const stats = corpusStats(store, filters, by);
      if (format === 'csv') {
        context.stdout.write(statsCsv(stats));
        return 0;
      }
      const vocabulary = outletVocabulary(store, filters, { top });
      const suggestions = args.values['suggest-events'] ? suggestEvents(store) : null;
      if (format === 'json') {
        context.stdout.write(`${JSON.stringify({ stats, vocabulary, suggestions, provenance: provenanceOf(store) }, null, 2)}\n`);
        return 0;
      }
      context.stdout.write(`${provenanceOf(store).note}\n\n${formatStats(stats)}${formatVocabulary(vocabulary)}${suggestions ? formatSuggestions(suggestions) : ''}`);
      return 0;
    } finally {
      store.close();
    }
  },
};
