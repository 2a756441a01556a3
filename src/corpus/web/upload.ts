// Files uploaded on the corpus page → the store: each imported like `framing import`
// does, its problems listed (up to a limit), then the first new items annotated (the rest in
// the background: ./background.ts).

import type { Analysis } from '../../types';
import { type Problem, importSource } from '../import/run';
import { bufferSource } from '../import/sources';
import type { CorpusStore } from '../store/store';
import { type Annotated, annotateMissing } from './annotate-missing';
import type { Part } from './multipart';

export const UPLOAD = {
  /** Largest upload, all files together (express.raw limit syntax). */
  limit: '10mb',
  limitText: '10 MB',
  maxFiles: 20,
  /** Problems listed per file; the rest are counted. */
  maxProblems: 500,
  /**
   * Items annotated before the report is shown (about a fifth of a second); the rest are
   * annotated in the background, so an upload never holds other visitors up for long.
   */
  maxAnnotate: 200,
} as const;

export interface FileReport {
  name: string;
  added: number;
  duplicates: number;
  errors: number;
  problems: Problem[];
  /** Problems found but not listed. */
  unlisted: number;
}

export interface UploadReport {
  files: FileReport[];
  annotation: Annotated;
}

export async function importUploads(store: CorpusStore, files: readonly Part[], analyze: (text: string) => Analysis): Promise<UploadReport> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const report: FileReport = { name: file.filename ?? 'upload', added: 0, duplicates: 0, errors: 0, problems: [], unlisted: 0 };
    const tally = await importSource(bufferSource(report.name, file.data), store, (p) => {
      if (report.problems.length < UPLOAD.maxProblems) report.problems.push(p);
      else report.unlisted++;
    });
    Object.assign(report, { added: tally.added, duplicates: tally.duplicates, errors: tally.errors });
    reports.push(report);
  }
  const added = reports.reduce((n, r) => n + r.added, 0);
  return { files: reports, annotation: annotateMissing(store, analyze, Math.min(added, UPLOAD.maxAnnotate)) };
}
