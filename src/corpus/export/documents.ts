// JSON Lines with one document per line: the item's fields, its other metadata, then
// its annotations and summary (null when it has not been annotated yet).

import type { Filters } from '../filters';
import type { CorpusItem } from '../item';
import type { StoredAnalysis } from '../store/analyses';
import { itemsWithAnalyses } from '../store/browse';
import type { CorpusStore } from '../store/store';
import { Buffered, type ExportTally, type TextSink } from './sink';

export function documentLine(item: CorpusItem, analysis: StoredAnalysis | null): string {
  const { metadata, ...fields } = item;
  return `${JSON.stringify({ ...fields, ...metadata, annotations: analysis?.annotations ?? null,
    summary: analysis?.summary ?? null })}\n`;
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
