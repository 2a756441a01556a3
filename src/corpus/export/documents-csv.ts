// CSV with one row per item (issue 17, "output that analysis needs"): its fields, every
// metadata key the store holds, then its measures: counts per document, euphemisms per
// lexicon category, and the primary harm event's reading. Items not annotated yet keep
// their row, with the measures empty and `annotated` false. docs/codebook.md lists every
// column (framing export codebook).

import { defaultMatcher } from '../../lexicon';
import type { HarmAnnotation } from '../../types';
import type { Filters } from '../filters';
import type { CorpusItem } from '../item';
import { COUNT_FIELDS, countDoc } from '../stats/doc-counts';
import type { StoredAnalysis } from '../store/analyses';
import { itemsWithAnalyses } from '../store/browse';
import type { CorpusStore } from '../store/store';
import { type Cell, type CsvOptions, csvLine } from '../../io/csv-write';
import { metadataCells, metadataKeys } from './metadata';
import type { TextSink } from '../../io/writer';
import { Buffered, type ExportTally } from './sink';

export const DOCUMENT_FIELDS = ['id', 'outlet', 'date', 'url', 'event', 'event_title', 'victim_group', 'language', 'illustrative',
  'headline', 'text'] as const;

/** The per-document counts, as n_words, n_harm, ... */
export const COUNT_COLUMNS = COUNT_FIELDS.map((f) => `n_${f}`);

export const PRIMARY_HARM_COLUMNS = ['primary_harm', 'primary_device', 'primary_doer_named', 'primary_link', 'primary_party',
  'primary_victim', 'primary_nationality', 'primary_role', 'primary_cause', 'primary_voice'] as const;

export function documentColumns(metadata: readonly string[], categories: readonly string[]): string[] {
  return [...DOCUMENT_FIELDS, ...metadata.map((k) => `meta_${k}`), 'annotated', 'analyser',
    ...COUNT_COLUMNS, ...categories.map((c) => `euphemisms_${c}`), ...PRIMARY_HARM_COLUMNS];
}

function primaryOf(analysis: StoredAnalysis): HarmAnnotation | null {
  const harms = analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
  const index = analysis.summary.harm?.primary ?? (harms.length ? 0 : null);
  return index === null ? null : harms[index] ?? null;
}

function documentRow(item: CorpusItem, analysis: StoredAnalysis | null, analyser: string | null, metadata: readonly string[],
  categories: readonly string[]): Cell[] {
  const fields: Cell[] = DOCUMENT_FIELDS.map((f) => {
    const v = item[f];
    return v === undefined ? null : (v as Cell);
  });
  const meta = metadataCells(item.metadata, metadata);
  if (!analysis) return [...fields, ...meta, false, null, ...COUNT_FIELDS.map(() => null), ...categories.map(() => null), ...PRIMARY_HARM_COLUMNS.map(() => null)];
  const { counts, categories: byCategory } = countDoc(analysis.annotations, analysis.summary);
  const p = primaryOf(analysis);
  const primary: Cell[] = p
    ? [p.harm, p.agency, p.agent !== null, p.responsible?.link ?? null, p.responsible?.party?.text ?? null, p.victim?.text ?? null,
      p.victimGroup?.nationality ?? null, p.victimGroup?.role ?? null, p.cause ?? null, p.voice ?? null]
    : PRIMARY_HARM_COLUMNS.map(() => null);
  return [...fields, ...meta, true, analyser, ...COUNT_FIELDS.map((f) => counts[f]), ...categories.map((c) => byCategory[c] ?? 0), ...primary];
}

export async function exportDocumentsCsv(store: CorpusStore, sink: TextSink, filters: Filters = {}, csv: CsvOptions = {}): Promise<ExportTally> {
  const metadata = metadataKeys(store, filters, DOCUMENT_FIELDS);
  const categories = defaultMatcher().lexicon.categories.map((c) => c.id).sort();
  const out = new Buffered(sink);
  await out.add(csvLine(documentColumns(metadata, categories), csv));
  const tally: ExportTally = { rows: 0, documents: 0, unannotated: 0 };
  const analyserOf = store.stmt('SELECT a.analyser FROM analyses a JOIN items i ON i.pk = a.pk WHERE i.id = ?');
  for (const { item, analysis } of itemsWithAnalyses(store, filters)) {
    const analyser = analysis ? ((analyserOf.get(item.id) as { analyser: string | null } | undefined)?.analyser ?? null) : null;
    await out.add(csvLine(documentRow(item, analysis, analyser, metadata, categories), csv));
    tally.rows++;
    tally.documents++;
    if (!analysis) tally.unannotated++;
  }
  await out.flush();
  return tally;
}
