// `framing stats`: per-outlet framing statistics of the corpus store, with 95% intervals.

import { DB_OPTION, FILTER_HELP, FILTER_OPTIONS, aliasesFrom, dimensionFrom, filtersFrom } from '../corpus-options';
import { dbPath, openExisting } from '../db-path';
import { statsCsv } from '../../corpus/export/stats';
import { provenanceOf } from '../../corpus/stats/provenance';
import { mergeAliases } from '../../corpus/stats/merge-outlets';
import { headlineStats } from '../../corpus/stats/headline-stats';
import { corpusStats } from '../../corpus/stats/query';
import { formatStats, formatSuggestions, formatVocabulary } from '../../corpus/stats/report';
import {
  DEFAULT_SELECTION, SELECTION_MAX, type Selection, parseSelection, selectStats, selectedResult, selectionJson,
} from '../../corpus/stats/selection';
import { suggestEvents } from '../../corpus/stats/suggest';
import { outletVocabulary } from '../../corpus/stats/vocabulary';
import { type ParsedArgs, intOption } from '../args';
import { UsageError } from '../usage-error';
import type { Command } from './command';

const FORMATS = ['text', 'csv', 'json'] as const;

/** For the CSV, a flag not given means no limit (every row, 0 of 0 included), so the file stays complete. */
const CSV_SELECTION: Selection = { minN: 0, top: null };

function selectionFrom(args: ParsedArgs, csv: boolean): Selection | null {
  const raw = { minN: args.values['min-n'], top: args.values.top };
  if (csv && raw.minN === undefined && raw.top === undefined) return null;
  const selection = parseSelection(raw, { minN: '--min-n', top: '--top' }, csv ? CSV_SELECTION : DEFAULT_SELECTION);
  if (typeof selection === 'string') throw new UsageError(`stats: ${selection}`);
  return selection;
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Compare outlets: framing statistics of the corpus store with 95% intervals',
  help: `Usage: framing stats [--db PATH] [--by DIMENSION] [filters] [--format text|csv|json]
                    [--min-n N] [--top N|all] [--words N] [--suggest-events]

Per outlet (and, with --by, per event, victim group, month or year within each
outlet), over the annotated items:

  - the share of harm events that name who did it, and the shares reported as
    agentless passives, intransitives ("died") and nominalizations ("the killing");
  - agentless passives and euphemisms (in all and per category) per 1,000 words;

each with its count, total and 95% Wilson interval; then each outlet's distinctive
words against the other outlets (log-odds ratio with an informative Dirichlet prior,
Monroe, Colaresi & Quinn 2008). docs/corpus.md defines every figure.

Which rows are shown: the ${DEFAULT_SELECTION.top} outlets (with --by: rows) with the most items,
and in each measure only those with an n of at least ${DEFAULT_SELECTION.minN}, where n is the
harm events for a share and the annotated items for a rate per 1,000 words;
each measure lists them highest first, and says how many it left out.
The text applies this to the distinctive words too (the outlets shown); the
JSON keeps every row in "stats" and gives the rows shown in "shown". The CSV
is complete unless --min-n or --top is given (then only what is given applies).

Options:
${FILTER_HELP}
  --by DIMENSION      event, victim_group, month or year
  --format FORMAT     text (default), csv (one row per outlet and measure) or json
  --min-n N           Leave out rows of a measure with an n below N (1 to ${SELECTION_MAX.minN};
                      default ${DEFAULT_SELECTION.minN}; 1 keeps every row with data)
  --top N             Only the N outlets with the most items (default ${DEFAULT_SELECTION.top};
                      0 or all: every outlet)
  --field FIELD       all (default: headline and text together) or headline (only the
                      annotations in each item's headline, and its words; items
                      without a headline are left out)
  --aliases FILE      Count outlets under the names of an alias file (CSV with
                      columns alias,outlet; docs/corpus.md), as import --aliases would
  --words N           Distinctive words per outlet (default 10; text and json)
  --suggest-events    Also suggest events for items without one (text and json)
  -h, --help          Show this help

Examples:
  framing stats
  framing stats --top all --min-n 1
  framing stats --by event --format csv > stats.csv
  framing stats --from 2025-03-01 --to 2025-03-31 --suggest-events
`,
  options: { ...DB_OPTION, ...FILTER_OPTIONS, by: { type: 'string' }, format: { type: 'string' },
    words: { type: 'string' }, 'suggest-events': { type: 'boolean' }, 'min-n': { type: 'string' }, top: { type: 'string' },
    aliases: { type: 'string' }, field: { type: 'string' } },
  async run(args, context) {
    if (args.positionals.length > 0) throw new UsageError(`stats: unexpected argument ${JSON.stringify(args.positionals[0])}`);
    const format = (args.values.format ?? 'text') as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`stats: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
    }
    const filters = filtersFrom('stats', args);
    const by = dimensionFrom('stats', args.values.by);
    const selection = selectionFrom(args, format === 'csv');
    const words = intOption('words', args.values.words, 10, 1000);
    const aliases = aliasesFrom('stats', args.values.aliases);
    const field = args.values.field ?? 'all';
    if (field !== 'all' && field !== 'headline') throw new UsageError(`stats: --field must be all or headline, got ${JSON.stringify(field)}`);
    const store = openExisting(dbPath(args.values.db));
    try {
      // outlets merged under their names first, so that top N and min n see the merged counts
      const counted = field === 'headline' ? headlineStats(store, filters, by) : corpusStats(store, filters, by);
      const stats = aliases ? mergeAliases(counted, aliases) : counted;
      const shown = selectStats(stats, selection ?? CSV_SELECTION);
      if (format === 'csv') {
        context.stdout.write(statsCsv(selection ? selectedResult(stats, shown) : stats));
        return 0;
      }
      const vocabulary = outletVocabulary(store, filters, { top: words });
      const suggestions = args.values['suggest-events'] ? suggestEvents(store) : null;
      if (format === 'json') {
        const json = { field, stats, shown: selectionJson(shown), vocabulary, suggestions, provenance: provenanceOf(store) };
        context.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return 0;
      }
      const outlets = new Set(shown.groups.map((g) => g.outlet));
      const scope = field === 'headline' ? "Headlines only: the annotations in each item's headline, and its words.\n" : '';
      context.stdout.write(`${provenanceOf(store).note}\n${scope}\n${formatStats(stats, shown)}` +
        `${formatVocabulary(vocabulary.filter((v) => outlets.has(v.outlet)))}${suggestions ? formatSuggestions(suggestions) : ''}`);
      return 0;
    } finally {
      store.close();
    }
  },
};
