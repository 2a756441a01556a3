// One document → its output line. Shared by the in-process path and the worker threads.
// For a file the line is the document's annotations as JSON; for the store (`--db`) it is
// the row the store keeps (its counts and the analysis packed), made here so that the one
// thread that writes the store only inserts.

import { type StoredAnalysis, analysisRow } from '../../corpus/store/analyses';
import type { AnalyzeFn } from '../context';
import type { Doc } from '../input/document';

export type DocResult = { ok: true; output: string; words: number } | { ok: false; error: string };

/** What each output line is: a document's annotations (`jsonl`) or its store row (`store`). */
export type OutputKind = 'jsonl' | 'store';

export function annotateDoc(doc: Doc, analyze: AnalyzeFn, kind: OutputKind = 'jsonl'): DocResult {
  try {
    const { annotations, summary } = analyze(doc.text);
    const output = kind === 'store' ? storeLine(doc, { annotations, summary }) : jsonLine(doc, { annotations, summary });
    return { ok: true, output: `${output}\n`, words: summary.words };
  } catch (error) {
    return { ok: false, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function jsonLine(doc: Doc, analysis: StoredAnalysis): string {
  // "field": "headline" when a record without text had its headline analysed (offsets are
  // into the headline); records with text are written as before
  const field = doc.field === 'headline' ? { field: doc.field } : {};
  return JSON.stringify({ id: doc.id, ...doc.metadata, ...field, annotations: analysis.annotations, summary: analysis.summary });
}

/** A store row as one JSON line (src/corpus/annotate/store-sink.ts reads it). */
function storeLine(doc: Doc, analysis: StoredAnalysis): string {
  const row = analysisRow(analysis);
  return JSON.stringify({ id: doc.id, counts: row.counts, categories: row.categories, packed: Buffer.from(row.packed).toString('base64') });
}

/** Runs the analyzer once so a missing model stops the run up front, not on every line. */
export function warmUp(analyze: AnalyzeFn): void {
  try {
    analyze('Warm-up sentence.');
  } catch (error) {
    throw new Error(`cannot start the analyzer: ${error instanceof Error ? error.message : String(error)}`);
  }
}
