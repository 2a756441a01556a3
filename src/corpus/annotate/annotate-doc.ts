// Documents → their output lines. Shared by the in-process path and the worker threads.
// For a file each line is a document's annotations as JSON. For the store (`--db`) each line
// is the row the store keeps (the item's counts and its slot), and the first carries the
// block of the batch's analyses, packed (src/corpus/store/packed.ts): made here, in the
// workers, so that the one thread that writes the store only inserts.

import { analysisCounts } from '../store/analyses';
import { type BlockEntry, packBlock } from '../store/packed';
import type { Doc } from '../../io/document';
import type { Analysis } from '../../types';

/** The analyzer a run uses: the package's, or a test's stand-in. */
export type AnalyzeFn = (text: string) => Analysis;

export type DocResult = { ok: true; output: string; words: number } | { ok: false; error: string };

/** What each output line is: a document's annotations (`jsonl`) or its store row (`store`). */
export type OutputKind = 'jsonl' | 'store';

type Analysed = { ok: true; doc: Doc; entry: BlockEntry } | { ok: false; error: string };

function analyseDoc(doc: Doc, analyze: AnalyzeFn): Analysed {
  try {
    const { annotations, summary } = analyze(doc.text);
    return { ok: true, doc, entry: { analysis: { annotations, summary }, source: doc.text } };
  } catch (error) {
    return { ok: false, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function annotateDocs(docs: readonly Doc[], analyze: AnalyzeFn, kind: OutputKind = 'jsonl'): DocResult[] {
  const analysed = docs.map((doc) => analyseDoc(doc, analyze));
  if (kind === 'jsonl') return analysed.map((a) => (a.ok ? done(jsonLine(a.doc, a.entry), a.entry) : a));
  const ok = analysed.flatMap((a) => (a.ok ? [a] : []));
  const block = ok.length > 0 ? packBlock(ok.map((a) => a.entry)).toString('base64') : '';
  let slot = 0;
  return analysed.map((a) => {
    if (!a.ok) return a;
    const counted = analysisCounts(a.entry.analysis);
    const line = { id: a.doc.id, slot, ...counted, ...(slot === 0 ? { block } : {}) };
    slot++;
    return done(JSON.stringify(line), a.entry);
  });
}

export function annotateDoc(doc: Doc, analyze: AnalyzeFn): DocResult {
  return annotateDocs([doc], analyze)[0] as DocResult;
}

function done(output: string, entry: BlockEntry): DocResult {
  return { ok: true, output: `${output}\n`, words: entry.analysis.summary.words };
}

function jsonLine(doc: Doc, entry: BlockEntry): string {
  // "field": "headline" when a record without text had its headline analysed (offsets are
  // into the headline); records with text are written as before
  const field = doc.field === 'headline' ? { field: doc.field } : {};
  const { annotations, summary } = entry.analysis;
  return JSON.stringify({ id: doc.id, ...doc.metadata, ...field, annotations, summary });
}

/** Runs the analyzer once so a missing model stops the run up front, not on every line. */
export function warmUp(analyze: AnalyzeFn): void {
  try {
    analyze('Warm-up sentence.');
  } catch (error) {
    throw new Error(`cannot start the analyzer: ${error instanceof Error ? error.message : String(error)}`);
  }
}
