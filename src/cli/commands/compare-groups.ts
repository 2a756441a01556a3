// `framing compare-groups`: does an outlet tell some victims' deaths differently? Per outlet
// and victim group, with intervals, tests and Holm correction (src/corpus/groups/).

import {
  DB_OPTION, FILTER_HELP, FILTER_OPTIONS, FORMULA_GUARD_HELP, FORMULA_GUARD_OPTION, csvOptionsFrom, filtersFrom,
} from '../corpus-options';
import { dbPath, openExisting } from '../db-path';
import { type Unit, compareGroups } from '../../corpus/groups/compare';
import { contrastsCsv, formatComparison, rowsCsv } from '../../corpus/groups/report';
import { type GroupBy, groupRows } from '../../corpus/groups/rows';
import { intOption } from '../args';
import { UsageError } from '../usage-error';
import type { Command } from './command';
import { type Correction, correctionFrom } from '../../corpus/review/correction';
import { reviewsOf, sampleItems, sampleNames } from '../../corpus/review/reviews';
import type { CorpusStore } from '../../corpus/store/store';

const FORMATS = ['text', 'csv', 'json', 'rows'] as const;
const UNITS: Record<string, Unit[]> = { event: ['event'], headline: ['headline'], both: ['event', 'headline'] };

export const compareGroupsCommand: Command = {
  name: 'compare-groups',
  summary: 'Compare how outlets tell harm to different victim groups, with tests',
  help: `Usage: framing compare-groups [--db PATH] [filters] [--by nationality|role]
                             [--groups A,B] [--min-n N] [--unit event|headline|both]
                             [--format text|csv|json|rows]

Per outlet and victim group, over the annotated harm events: how many there are,
the share naming the doer, the shares by responsibility link and by device, and
the share with an emotive term (data/harm/emotive.yml) in the outlet's own voice.
Each contrast (two groups within an outlet, two outlets within a group) is a
difference with Newcombe's 95% interval and a two-proportion test, Holm-corrected
across the contrasts shown. Counted per event and per headline (the item's primary
harm event only). The group is the item's victim_group when given, else the one
the tool reads from the text. docs/asymmetry.md defines every figure.

Options:
${FILTER_HELP}
  --by WHAT           nationality (default) or role: which of the tool's victim
                      group fields to use where an item has no victim_group
  --groups A,B        Only these groups (as shown, e.g. palestinian,israeli)
  --min-n N           Least n in a cell to contrast it (default 10)
  --unit UNIT         event, headline or both (default)
  --own-voice         Only harm events the outlet reports in its own voice (not in
                      quotation marks, not attributed to a speaker)
  --format FORMAT     text (default); csv (one row per contrast); json; rows (one
                      row per harm event: what every figure is computed from)
${FORMULA_GUARD_HELP}
  --corrected-by S    Also give each share corrected for the tool's misclassification
                      as measured by the reviews of sample S (framing review)
  -h, --help          Show this help

Examples:
  framing compare-groups --groups palestinian,israeli
  framing compare-groups --by role --format csv > contrasts.csv
`,
  options: { ...DB_OPTION, ...FILTER_OPTIONS, by: { type: 'string' }, groups: { type: 'string' }, 'min-n': { type: 'string' },
    unit: { type: 'string' }, format: { type: 'string' }, 'corrected-by': { type: 'string' }, 'own-voice': { type: 'boolean' },
    ...FORMULA_GUARD_OPTION },
  async run(args, context) {
    if (args.positionals.length > 0) throw new UsageError(`compare-groups: unexpected argument ${JSON.stringify(args.positionals[0])}`);
    const format = (args.values.format ?? 'text') as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`compare-groups: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
    }
    const by = (args.values.by ?? 'nationality') as string;
    if (by !== 'nationality' && by !== 'role') throw new UsageError(`compare-groups: --by must be nationality or role, got ${JSON.stringify(by)}`);
    const units = UNITS[(args.values.unit ?? 'both') as string];
    if (!units) throw new UsageError(`compare-groups: --unit must be event, headline or both, got ${JSON.stringify(args.values.unit)}`);
    const groups = typeof args.values.groups === 'string'
      ? args.values.groups.split(',').map((g) => g.trim().toLowerCase()).filter(Boolean) : undefined;
    const minN = intOption('min-n', args.values['min-n'], 10, 1_000_000);
    const filters = filtersFrom('compare-groups', args);
    const csv = csvOptionsFrom('compare-groups', args.values['formula-guard']);
    const store = openExisting(dbPath(args.values.db));
    try {
      const rows = [...groupRows(store, by as GroupBy, filters)];
      if (format === 'rows') {
        context.stdout.write(rowsCsv(rows, csv));
        return 0;
      }
      const correction = correctionOf(store, args.values['corrected-by']);
      const comparisons = units.map((unit) => compareGroups(rows, unit, { minN, groups, ownVoice: args.values['own-voice'] === true, ...(correction ? { correction } : {}) }));
      if (format === 'csv') context.stdout.write(contrastsCsv(comparisons, csv));
      else if (format === 'json') context.stdout.write(`${JSON.stringify({ by, filters, comparisons }, null, 2)}\n`);
      else context.stdout.write(comparisons.map((c) => formatComparison(c)).join('\n'));
      return 0;
    } finally {
      store.close();
    }
  },
};

function correctionOf(store: CorpusStore, sample: string | boolean | undefined): Correction | null {
  if (sample === undefined) return null;
  if (typeof sample !== 'string' || !sampleNames(store).some((s) => s.name === sample)) {
    throw new UsageError(`compare-groups: --corrected-by: no sample ${JSON.stringify(sample)} in the store (framing review sample)`);
  }
  const reviews = reviewsOf(store, sample);
  if (reviews.length === 0) throw new UsageError(`compare-groups: --corrected-by: sample "${sample}" has no reviews yet (review it at /corpus/review)`);
  return correctionFrom(sample, sampleItems(store, sample), reviews);
}
