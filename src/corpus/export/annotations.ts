// CSV with one row per annotation, each carrying its document's id, outlet, date and URL.
// Documents without annotations give no rows.

import type { Annotation } from '../../types';
import type { Filters } from '../filters';
import { type CorpusItem, fieldOf } from '../item';
import { itemsWithAnalyses } from '../store/browse';
import type { CorpusStore } from '../store/store';
import { type Cell, type CsvOptions, csvLine } from '../../io/csv-write';
import { metadataCells, metadataKeys } from './metadata';
import type { TextSink } from '../../io/writer';
import { Buffered, type ExportTally } from './sink';

export const ANNOTATION_COLUMNS = [
  'id', 'outlet', 'date', 'url', 'event', 'type', 'rule', 'start', 'end', 'text',
  'form', 'harm', 'agency', 'agent', 'victim', 'category', 'entry', 'alternative', 'contested', 'explanation',
  // issue 13, added at the end so that older readers keep their columns
  'cause', 'responsible_link', 'responsible_party', 'victim_nationality', 'victim_role',
  // issue 17: the field the annotation is in, and its offsets there
  'field', 'field_start', 'field_end',
] as const;

type Column = (typeof ANNOTATION_COLUMNS)[number];

export function annotationRow(item: Pick<CorpusItem, 'id' | 'outlet' | 'date' | 'url' | 'event' | 'headline' | 'text'>, a: Annotation): Cell[] {
  const field = fieldOf(item, a.start, a.end);
  const row: Partial<Record<Column, Cell>> = {
    id: item.id, outlet: item.outlet, date: item.date, url: item.url, event: item.event,
    type: a.type, rule: a.rule, start: a.start, end: a.end, text: a.text, explanation: a.explanation,
    field: field.name, field_start: field.start, field_end: field.end,
  };
  if (a.type === 'passive') Object.assign(row, { form: a.form, agent: a.agent?.text });
  else if (a.type === 'harm') {
    Object.assign(row, { harm: a.harm, agency: a.agency, agent: a.agent?.text, victim: a.victim?.text, cause: a.cause,
      responsible_link: a.responsible?.link, responsible_party: a.responsible?.party?.text,
      victim_nationality: a.victimGroup?.nationality, victim_role: a.victimGroup?.role });
  }
  else if (a.type === 'euphemism') {
    Object.assign(row, { category: a.category, entry: a.entry, alternative: a.alternative, contested: a.contested });
  }
  return ANNOTATION_COLUMNS.map((c) => row[c]);
}

/**
 * The store's annotations: ANNOTATION_COLUMNS, then the item's headline and one column per
 * metadata key the items hold (meta_<key>), so that rows can be read without a join.
 */
export async function exportAnnotations(store: CorpusStore, sink: TextSink, filters: Filters = {}, csv: CsvOptions = {}): Promise<ExportTally> {
  const out = new Buffered(sink);
  const tally: ExportTally = { rows: 0, documents: 0, unannotated: 0 };
  const metadata = metadataKeys(store, filters);
  await out.add(csvLine([...ANNOTATION_COLUMNS, 'headline', ...metadata.map((k) => `meta_${k}`)], csv));
  for (const { item, analysis } of itemsWithAnalyses(store, filters)) {
    if (!analysis) {
      tally.unannotated++;
      continue;
    }
    tally.documents++;
    for (const a of analysis.annotations) {
      await out.add(csvLine([...annotationRow(item, a), item.headline, ...metadataCells(item.metadata, metadata)], csv));
      tally.rows++;
    }
  }
  await out.flush();
  return tally;
}
