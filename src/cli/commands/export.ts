// `framing export annotations|documents|stats|words`: the corpus store as CSV or JSON Lines.

import type { Writable } from 'node:stream';
import {
  DB_OPTION, FILTER_HELP, FILTER_OPTIONS, FORMULA_GUARD_HELP, FORMULA_GUARD_OPTION, aliasesFrom, csvOptionsFrom, dimensionFrom,
  filtersFrom,
} from '../corpus-options';
import { dbPath, openExisting } from '../db-path';
import { exportAnnotations } from '../../corpus/export/annotations';
import { codebook } from '../../corpus/export/codebook';
import { exportDocuments } from '../../corpus/export/documents';
import type { OutletAliases } from '../../corpus/aliases';
import type { CsvOptions } from '../../io/csv-write';
import { exportDocumentsCsv } from '../../corpus/export/documents-csv';
import type { ExportTally } from '../../corpus/export/sink';
import type { TextSink } from '../../io/writer';
import { statsCsv, vocabularyCsv } from '../../corpus/export/stats';
import type { Filters } from '../../corpus/filters';
import { mergeAliases } from '../../corpus/stats/merge-outlets';
import { corpusStats, type Dimension, type StatsResult } from '../../corpus/stats/query';
import { outletVocabulary } from '../../corpus/stats/vocabulary';
import type { CorpusStore } from '../../corpus/store/store';
import { Writer } from '../../io/writer';
import { UsageError } from '../usage-error';
import { openOutput } from './annotate';
import type { Command } from './command';

interface ExportOptions {
  filters: Filters;
  by: Dimension | null;
  csv: CsvOptions;
  aliases: OutletAliases | null;
}

type Exporter = (store: CorpusStore, sink: TextSink, o: ExportOptions) => Promise<ExportTally | null>;

function statsOf(store: CorpusStore, o: ExportOptions): StatsResult {
  const stats = corpusStats(store, o.filters, o.by);
  return o.aliases ? mergeAliases(stats, o.aliases) : stats;
}

const KINDS: Record<string, Exporter> = {
  annotations: (store, sink, o) => exportAnnotations(store, sink, o.filters, o.csv),
  documents: (store, sink, o) => exportDocuments(store, sink, o.filters),
  'documents-csv': (store, sink, o) => exportDocumentsCsv(store, sink, o.filters, o.csv),
  codebook: async (_store, sink) => {
    await sink.write(codebook());
    return null;
  },
  stats: async (store, sink, o) => {
    await sink.write(statsCsv(statsOf(store, o), o.csv));
    return null;
  },
  words: async (store, sink, o) => {
    await sink.write(vocabularyCsv(outletVocabulary(store, o.filters, { top: 50 }), o.csv));
    return null;
  },
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the corpus store: annotations (CSV), documents (JSONL), statistics (CSV)',
  help: `Usage: framing export annotations|documents|stats|words|codebook [--db PATH] [--out FILE] [filters]
                    [--by DIMENSION] [--format jsonl|csv]

  annotations   CSV, one row per annotation: the document's id, outlet, date, url and
                event, then the annotation (type, rule, start, end, text, form, harm,
                agency, agent, victim, category, entry, alternative, contested,
                explanation)
  documents     JSON Lines, one document per line: its fields and metadata, then
                "annotations" and "summary" (null when not annotated yet); with
                --format csv, one row per item: its fields, every metadata key,
                its counts, euphemisms per category and its primary harm event
  codebook      Markdown: every column of these exports and every measure
  stats         CSV, one row per outlet (and --by group) and measure: count, total,
                value and 95% interval (framing help stats)
  words         CSV, each outlet's 50 most distinctive words with their z-scores

Options:
${FILTER_HELP}
  --by DIMENSION      For stats: event, victim_group, month or year
  --aliases FILE      For stats: count outlets under the names of an alias file (CSV
                      with columns alias,outlet), as import --aliases would have
  --format FORMAT     For documents: jsonl (default) or csv
${FORMULA_GUARD_HELP}
  --out FILE          Write to FILE instead of stdout
  -h, --help          Show this help

Examples:
  framing export annotations --out annotations.csv
  framing export documents --event syria-coast-2025-03 > syria.jsonl
  framing export stats --by event --out stats.csv
`,
  options: { ...DB_OPTION, ...FILTER_OPTIONS, by: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' },
    ...FORMULA_GUARD_OPTION, aliases: { type: 'string' } },
  async run(args, context) {
    const [kind, ...extra] = args.positionals;
    if (kind === undefined) throw new UsageError('export: missing what to export: annotations, documents, stats, words or codebook');
    const format = args.values.format as string | undefined;
    if (format !== undefined && (kind !== 'documents' || !['jsonl', 'csv'].includes(format))) {
      throw new UsageError('export: --format is for documents: jsonl or csv');
    }
    const csv = csvOptionsFrom('export', args.values['formula-guard']);
    const aliases = aliasesFrom('export', args.values.aliases);
    if (aliases && kind !== 'stats') throw new UsageError('export: --aliases is for stats (import --aliases renames outlets in the store)');
    const key = kind === 'documents' && format === 'csv' ? 'documents-csv' : kind;
    const exporter = kind !== 'documents-csv' && Object.hasOwn(KINDS, key) ? KINDS[key] : undefined;
    if (!exporter) throw new UsageError(`export: cannot export ${JSON.stringify(kind)}: use annotations, documents, stats, words or codebook`);
    if (extra.length > 0) throw new UsageError(`export: unexpected argument ${JSON.stringify(extra[0])}`);
    const filters = filtersFrom('export', args);
    const by = dimensionFrom('export', args.values.by);
    const store = openExisting(dbPath(args.values.db));
    const outPath = args.values.out as string | undefined;
    let file: Writable | null = null;
    try {
      file = outPath ? await openOutput(outPath) : null;
      const out = new Writer(file ?? context.stdout);
      const tally = await exporter(store, out, { filters, by, csv, aliases });
      if (file) await out.end();
      if (tally?.unannotated) {
        const what = kind === 'annotations' ? 'left out' : 'written with "annotations": null';
        context.stderr.write(`framing: ${tally.unannotated} items are not annotated yet (${what}): framing annotate --db PATH\n`);
      }
      return 0;
    } finally {
      if (file && !file.writableFinished) file.destroy();
      store.close();
    }
  },
};
