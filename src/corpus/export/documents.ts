// JSON Lines with one document per line: the item's fields, its other metadata, then
// its annotations and summary (null when it has not been annotated yet).

import type { Filters } from '../filters';
import { type CorpusItem, fieldOf } from '../item';
import type { StoredAnalysis } from '../store/analyses';
import { itemsWithAnalyses } from '../store/browse';
import type { CorpusStore } from '../store/store';
import type { TextSink } from '../../io/writer';
import { Buffered, type ExportTally } from './sink';

/** Each annotation with the field it is in and its offsets there (`start`/`end` stay offsets into the analysed text). */
export function documentLine(item: CorpusItem, analysis: StoredAnalysis | null): string {
  const { metadata, ...fields } = item;
  const annotations = analysis?.annotations.map((a) => ({ ...a, field: fieldOf(item, a.start, a.end) })) ?? null;
  return `${JSON.stringify({ ...fields, ...metadata, annotations, summary: analysis?.summary ?? null })}\n`;
}

export async function exportDocuments(store: CorpusStore, sink: TextSink, filters: Filters = {}): Promise<ExportTally> {
  const out = new Buffered(sink);
  const tally: ExportTally = { rows: 0, documents: 0, unannotated: 0 };
  for (const { item, analysis } of itemsWithAnalyses(store, filters)) {
    await out.add(documentLine(item, analysis));
    tally.rows++;
    tally.documents++;
    if (!analysis) tally.unannotated++;
  }
  await out.flush();
  return tally;
}
