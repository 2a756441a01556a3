// Files uploaded on the corpus page → the store: each imported like `framing import` does,
// its problems listed (up to a limit). Run as a job (./import-jobs.ts); annotation follows
// in the background (./background.ts).

import { type Problem, importSource } from '../../corpus/import/run';
import { bufferSource } from '../../corpus/import/sources';
import type { CorpusStore } from '../../corpus/store/store';

export const UPLOAD = {
  /** Largest upload in bytes, all files together (the body as sent, less any compression). */
  maxBytes: 10 * 1024 * 1024,
  limitText: '10 MB',
  maxFiles: 20,
  /** Problems listed per file; the rest are counted. */
  maxProblems: 500,
} as const;

/** A file of an upload (./multipart.ts): its name as sent, without any folder part, and its bytes. */
export interface UploadedFile {
  filename: string;
  data: Buffer;
}

export interface FileReport {
  name: string;
  /** Records read so far (rows of a CSV, lines of JSON Lines, 1 for a document). */
  read: number;
  added: number;
  duplicates: number;
  errors: number;
  problems: Problem[];
  /** Problems found but not listed. */
  unlisted: number;
}

export function emptyReport(name: string): FileReport {
  return { name, read: 0, added: 0, duplicates: 0, errors: 0, problems: [], unlisted: 0 };
}

/** Imports one uploaded file into `report`, which is updated as the rows are read. */
export async function importUpload(store: CorpusStore, file: UploadedFile, report: FileReport): Promise<void> {
  const record = (p: Problem): void => {
    if (report.problems.length < UPLOAD.maxProblems) report.problems.push(p);
    else report.unlisted++;
  };
  const update = (tally: { read: number; added: number; duplicates: number; errors: number }): void => {
    Object.assign(report, { read: tally.read, added: tally.added, duplicates: tally.duplicates, errors: tally.errors });
  };
  update(await importSource(bufferSource(report.name, file.data), store, record, update));
}
