// Uploads as jobs: POST /corpus/import starts one and redirects to its page, which shows
// what has been read so far and refreshes itself until the job is done. Jobs run one at a
// time, in the order they came, and import in transactions between which other requests
// are served (../import/run.ts); the items they add are annotated by the background
// annotator. Jobs live in memory: the last MAX_JOBS are kept, a restart forgets them.

import { randomBytes } from 'node:crypto';
import type { CorpusStore } from '../../corpus/store/store';
import type { BackgroundAnnotator } from './background';
import { type FileReport, type UploadedFile, emptyReport, importUpload } from './upload';

const MAX_JOBS = 100;

export type JobState = 'queued' | 'importing' | 'done' | 'failed';

export interface ImportJob {
  id: string;
  state: JobState;
  /** One report per file, in upload order; a file not yet reached has read 0. */
  files: FileReport[];
  /** The file being imported (an index into files), while importing. */
  current: number;
  started: Date;
  finished: Date | null;
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly done = new Map<string, Promise<ImportJob>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: CorpusStore,
    private readonly annotator: BackgroundAnnotator,
  ) {}

  /** Queues the files for import and returns the job at once. */
  start(files: readonly UploadedFile[]): ImportJob {
    const job: ImportJob = { id: randomBytes(9).toString('base64url'), state: 'queued',
      files: files.map((f) => emptyReport(f.filename)), current: 0, started: new Date(), finished: null };
    this.jobs.set(job.id, job);
    for (const old of this.jobs.keys()) {
      if (this.jobs.size <= MAX_JOBS) break;
      if (old !== job.id && this.jobs.get(old)?.finished) {
        this.jobs.delete(old);
        this.done.delete(old);
      }
    }
    const run = this.queue.then(() => this.run(job, files));
    this.queue = run;
    this.done.set(job.id, run);
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when the job has finished (for tests and the benchmark). */
  finished(id: string): Promise<ImportJob> | undefined {
    return this.done.get(id);
  }

  private async run(job: ImportJob, files: readonly UploadedFile[]): Promise<ImportJob> {
    job.state = 'importing';
    try {
      for (const [i, file] of files.entries()) {
        job.current = i;
        await importUpload(this.store, file, job.files[i] as FileReport);
      }
      job.state = 'done';
    } catch (error) {
      // a bug or a full disk, not bad input (bad rows are reported per row): logged, and
      // the page says the import stopped, keeping what was added
      console.error(error);
      job.state = 'failed';
    }
    job.finished = new Date();
    this.annotator.kick();
    return job;
  }
}
