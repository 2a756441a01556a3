// Uploads run as import jobs (issue 14, item 2): the post returns at once, the import runs
// in transactions with other work between them, jobs run one at a time, and the job's page
// shows progress and refreshes itself (no script) until everything is done.

import { join } from 'node:path';
import ejs from 'ejs';
import request from 'supertest';
import { pendingCount } from '../src/corpus/store/analyses';
import { itemCount } from '../src/corpus/store/items';
import { CorpusStore } from '../src/corpus/store/store';
import { BackgroundAnnotator } from '../src/web/corpus/background';
import { type ImportJob, ImportJobs } from '../src/web/corpus/import-jobs';
import { UPLOAD, type UploadedFile, emptyReport } from '../src/web/corpus/upload';
import { createApp } from '../src/web/app';
import { categoryName } from '../src/web/highlights';
import { PACKAGE_ROOT } from '../src/paths';
import { fixtureAnalyze } from './browser/fixture-analyzer';

const csv = (name: string, rows: number, from = 0): UploadedFile => ({
  filename: name,
  data: Buffer.from(`id,outlet,headline\n${Array.from({ length: rows }, (_, i) => `r${from + i},Outlet ${i % 4},Protester ${from + i} shot in clashes`).join('\n')}\n`),
});

function jobsOn(store: CorpusStore): { jobs: ImportJobs; annotator: BackgroundAnnotator } {
  const annotator = new BackgroundAnnotator(store, fixtureAnalyze);
  return { jobs: new ImportJobs(store, annotator), annotator };
}

describe('ImportJobs', () => {
  test('a job starts queued, imports in turns with other work between them, and reports every row', async () => {
    const store = CorpusStore.memory();
    const { jobs, annotator } = jobsOn(store);
    const job = jobs.start([csv('big.csv', 2_600)]);
    expect(job.state).toBe('queued');
    expect(jobs.get(job.id)).toBe(job);
    expect(itemCount(store)).toBe(0); // nothing on the caller's turn
    let turns = 0;
    const seen = new Set<string>();
    const tick = (): void => {
      turns++;
      seen.add(`${job.state} ${job.files[0]?.read}`);
      if (!job.finished) setImmediate(tick);
    };
    setImmediate(tick);
    const done = (await jobs.finished(job.id)) as ImportJob;
    expect(done.state).toBe('done');
    expect(done.files[0]).toMatchObject({ name: 'big.csv', read: 2_600, added: 2_600, duplicates: 0, errors: 0 });
    expect(turns).toBeGreaterThan(4); // other work ran between the transactions
    expect([...seen].some((s) => s.startsWith('importing') && !s.endsWith(' 0') && !s.endsWith(' 2600'))).toBe(true); // progress shown part-way
    await annotator.idle();
    expect(pendingCount(store)).toBe(0); // the background annotator took over
  });

  test('jobs run one at a time, in order; the second waits queued and sees the first one\'s rows as duplicates', async () => {
    const store = CorpusStore.memory();
    const { jobs } = jobsOn(store);
    const first = jobs.start([csv('a.csv', 1_200), csv('b.csv', 10, 5_000)]);
    const second = jobs.start([csv('again.csv', 3)]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(first.state).toBe('importing');
    expect(second.state).toBe('queued');
    await jobs.finished(second.id);
    expect(first.files.map((f) => f.added)).toEqual([1_200, 10]);
    expect(second.files[0]).toMatchObject({ added: 0, duplicates: 3 });
  });
});

describe('the import job page', () => {
  const render = (job: ImportJob, remaining: number, refresh: number | null) =>
    ejs.renderFile(join(PACKAGE_ROOT, 'views', 'corpus-import.ejs'),
      { title: 'Import', page: 'corpus', job, annotation: { remaining, failed: false }, upload: UPLOAD, refresh, categoryName });

  test('while importing: progress, no report yet for the file being read, and a refresh without script', async () => {
    const files = [{ ...emptyReport('first.csv'), read: 40, added: 40 }, { ...emptyReport('<b>second</b>.csv'), read: 1_500 }];
    const html = await render({ id: 'x', state: 'importing', files, current: 1, started: new Date(), finished: null }, 0, 2);
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
    expect(html).toContain('Importing <strong>&lt;b&gt;second&lt;/b&gt;.csv</strong> (file 2 of 2): <strong>1,500</strong> rows read so far.');
    expect(html).toContain('<h2 id="file-0-h">first.csv</h2>');
    expect(html).not.toContain('<h2 id="file-1-h">');
  });

  test('when done with items pending annotation: the report, what is pending, and still refreshing', async () => {
    const html = await render({ id: 'x', state: 'done', files: [{ ...emptyReport('a.csv'), read: 3, added: 3 }], current: 0,
      started: new Date(), finished: new Date() }, 1_234, 2);
    expect(html).toContain('<strong>1,234</strong> items in the corpus are not annotated yet');
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
    expect(html).not.toMatch(/rows read so far/);
  });

  test('an unknown job is a 404 with a message', async () => {
    const res = await request(createApp({ analyze: fixtureAnalyze })).get('/corpus/import/nonexistent0').expect(404);
    expect(res.text).toContain('no such import');
  });

  test('once everything is annotated the page stops refreshing; /corpus/status.json says nothing is pending', async () => {
    const app = createApp({ analyze: fixtureAnalyze });
    const posted = await request(app).post('/corpus/import').attach('file', csv('s.csv', 5).data, 's.csv').expect(303);
    let page = '';
    for (let tries = 0; tries < 200 && !page.includes('Every item in the corpus is annotated'); tries++) {
      page = (await request(app).get(posted.headers.location as string).expect(200)).text;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(page).toContain('Every item in the corpus is annotated');
    expect(page).not.toContain('http-equiv="refresh"');
    const status = await request(app).get('/corpus/status.json').expect(200);
    expect(status.body).toEqual({ remaining: 0, failed: false });
    expect(status.headers['cache-control']).toBe('no-store');
  });
});
