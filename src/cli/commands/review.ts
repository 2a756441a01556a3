// `framing review sample|report|export`: validating the tool's harm annotations on a
// sample before publishing figures from them (issue 18; docs/asymmetry.md, "Validation").
// Reviewing itself is done in the web app, at /corpus/review.

import { DB_OPTION } from '../corpus-options';
import { dbPath, openExisting } from '../db-path';
import { goldLine } from '../../corpus/review/export';
import { formatReviewReport, reviewReport } from '../../corpus/review/report';
import { reviewsOf, sampleItems, sampleNames } from '../../corpus/review/reviews';
import { STRATA, type Stratum, drawSample } from '../../corpus/review/sample';
import type { CorpusStore } from '../../corpus/store/store';
import { intOption } from '../args';
import { UsageError } from '../usage-error';
import type { Command } from './command';

const NAME = /^[\w-]{1,40}$/;

export const reviewCommand: Command = {
  name: 'review',
  summary: 'Validate annotations: draw a sample to review, report precision and agreement, export gold',
  help: `Usage: framing review sample [--db PATH] [--name NAME] [--n N] [--stratify outlet,device,group] [--seed S]
       framing review report [--db PATH] [--name NAME] [--json]
       framing review export [--db PATH] [--name NAME] [--reviewer WHO]

Before figures from automated labels are published, a sample of them is checked by
people. "sample" draws harm events from the store, stratified (a share of n per
stratum, proportional to its size) and seeded, so the same call gives the same
sample. Review them in the web app (npm start with FRAMING_DB, then /corpus/review),
one at a time, by keyboard. "report" gives the tool's precision per field (does it
report harm; device; doer named; responsibility link; nationality; role) with 95%
Wilson intervals, over all reviews and per outlet; with two reviewers on the same
items, Cohen's kappa per field and every disagreement. "export" writes each review
as a JSON line: the item, and the harm annotation corrected to what the reviewer said.

Options:
  --db PATH           The store (default: $FRAMING_DB, else ./framing.sqlite)
  --name NAME         The sample (default "review"); letters, digits, - and _
  --n N               Events to draw (default 200)
  --stratify LIST     outlet, device and/or group (default outlet,device)
  --seed S            Seed of the draw (default 1)
  --reviewer WHO      export: only this reviewer's reviews
  --json              report: as JSON
  -h, --help          Show this help

Examples:
  framing review sample --n 200 --stratify outlet,device --seed 7
  framing review report
  framing review export --reviewer ana > gold.jsonl
`,
  options: { ...DB_OPTION, name: { type: 'string' }, n: { type: 'string' }, stratify: { type: 'string' }, seed: { type: 'string' },
    reviewer: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, context) {
    const [action, extra] = args.positionals;
    if (extra !== undefined) throw new UsageError(`review: unexpected argument ${JSON.stringify(extra)}`);
    const name = (args.values.name ?? 'review') as string;
    if (!NAME.test(name)) throw new UsageError(`review: --name must be letters, digits, - or _ (at most 40), got ${JSON.stringify(name)}`);
    const store = openExisting(dbPath(args.values.db));
    try {
      if (action === 'sample') {
        const strata = String(args.values.stratify ?? 'outlet,device').split(',').map((s) => s.trim()).filter(Boolean);
        const bad = strata.find((s) => !(STRATA as readonly string[]).includes(s));
        if (bad !== undefined) throw new UsageError(`review: --stratify takes ${STRATA.join(', ')}, got ${JSON.stringify(bad)}`);
        const drawn = drawSample(store, { name, n: intOption('n', args.values.n, 200, 100_000),
          strata: strata as Stratum[], seed: intOption('seed', args.values.seed, 1, 2 ** 31) });
        if (typeof drawn === 'string') {
          context.stderr.write(`framing: ${drawn}\n`);
          return 1;
        }
        context.stdout.write(`Sample "${drawn.name}": ${drawn.drawn} harm events drawn.\n` +
          drawn.strata.map((s) => `  ${s.stratum}: ${s.drawn} of ${s.events}\n`).join(''));
        return 0;
      }
      if (action !== 'report' && action !== 'export') throw new UsageError('review: say sample, report or export (framing help review)');
      if (!sampleNames(store).some((s) => s.name === name)) {
        throw new UsageError(`review: no sample "${name}" in the store: draw one with framing review sample --name ${name}`);
      }
      if (action === 'report') {
        const report = reviewReport(name, sampleItems(store, name), reviewsOf(store, name));
        context.stdout.write(args.values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReviewReport(report));
        return 0;
      }
      exportGold(store, name, args.values.reviewer as string | undefined, (line) => context.stdout.write(line));
      return 0;
    } finally {
      store.close();
    }
  },
};

function exportGold(store: CorpusStore, sample: string, reviewer: string | undefined, write: (line: string) => void): void {
  const items = new Map(sampleItems(store, sample).map((i) => [i.position, i]));
  for (const review of reviewsOf(store, sample, reviewer)) {
    const item = items.get(review.position);
    if (item) write(`${JSON.stringify(goldLine(item, review))}\n`);
  }
}
