// One document → its output line. Shared by the in-process path and the worker threads.

import type { AnalyzeFn } from '../context';
import type { Doc } from '../input/document';

export type DocResult = { ok: true; output: string; words: number } | { ok: false; error: string };

export function annotateDoc(doc: Doc, analyze: AnalyzeFn): DocResult {
  try {
    const { annotations, summary } = analyze(doc.text);
    // "field": "headline" when a record without text had its headline analysed (offsets are
    // into the headline); records with text are written as before
    const field = doc.field === 'headline' ? { field: doc.field } : {};
    const output = JSON.stringify({ id: doc.id, ...doc.metadata, ...field, annotations, summary });
    return { ok: true, output: `${output}\n`, words: summary.words };
  } catch (error) {
    return { ok: false, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Runs the analyzer once so a missing model stops the run up front, not on every line. */
export function warmUp(analyze: AnalyzeFn): void {
  try {
    analyze('Warm-up sentence.');
  } catch (error) {
    throw new Error(`cannot start the analyzer: ${error instanceof Error ? error.message : String(error)}`);
  }
}
