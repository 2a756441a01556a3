// What the corpus page exports: file name → content type and how to write it.

import type { Filters } from '../../corpus/filters';
import { exportAnnotations } from '../../corpus/export/annotations';
import { exportDocuments } from '../../corpus/export/documents';
import { codebook } from '../../corpus/export/codebook';
import { exportDocumentsCsv } from '../../corpus/export/documents-csv';
import type { TextSink } from '../../io/writer';
import { statsCsv, vocabularyCsv } from '../../corpus/export/stats';
import { corpusStats, type Dimension } from '../../corpus/stats/query';
import { outletVocabulary } from '../../corpus/stats/vocabulary';
import type { CorpusStore } from '../../corpus/store/store';

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
