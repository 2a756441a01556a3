// What the corpus page exports: file name → content type and how to write it.

import type { Filters } from '../filters';
import { exportAnnotations } from '../export/annotations';
import { exportDocuments } from '../export/documents';
import { codebook } from '../export/codebook';
import { exportDocumentsCsv } from '../export/documents-csv';
import type { TextSink } from '../export/sink';
import { statsCsv, vocabularyCsv } from '../export/stats';
import { corpusStats, type Dimension } from '../stats/query';
import { outletVocabulary } from '../stats/vocabulary';
import type { CorpusStore } from '../store/store';

export interface ExportFile {
  type: string;
  run(store: CorpusStore, sink: TextSink, filters: Filters, by: Dimension | null): Promise<unknown>;
}

export const EXPORT_FILES: Record<string, ExportFile> = {
  'annotations.csv': { type: 'text/csv', run: (store, sink, filters) => exportAnnotations(store, sink, filters) },
  'documents.jsonl': { type: 'application/x-ndjson', run: (store, sink, filters) => exportDocuments(store, sink, filters) },
  'documents.csv': { type: 'text/csv', run: (store, sink, filters) => exportDocumentsCsv(store, sink, filters) },
  'codebook.md': { type: 'text/markdown', run: (_store, sink) => sink.write(codebook()) },
  'stats.csv': { type: 'text/csv', run: (store, sink, filters, by) => sink.write(statsCsv(corpusStats(store, filters, by))) },
  'words.csv': {
    type: 'text/csv',
    run: (store, sink, filters) => sink.write(vocabularyCsv(outletVocabulary(store, filters, { top: 50 }))),
  },
};
