// /corpus: the loaded corpus with per-outlet statistics, charts, distinctive words and
// suggested events (GET /corpus); full-text search (GET /corpus/search); opening chosen
// items in Compare (GET /corpus/compare?id=...); uploads (POST /corpus/import, which
// starts a job shown at GET /corpus/import/<job>); what is pending (GET /corpus/status.json); accepting
// a suggested event (POST /corpus/events); exports (GET /corpus/export/<file>); the
// victim-group comparison (GET /corpus/groups, .csv, .json).

import express, { type RequestHandler, type Router } from 'express';
import { Writer } from '../../io/writer';
import { type Filters, parseFilters } from '../../corpus/filters';
import { contrastsCsv } from '../../corpus/groups/report';
import { type Dimension, isDimension } from '../../corpus/stats/query';
import { formatValue } from '../../corpus/stats/report';
import { DEFAULT_SELECTION, type Selection, parseSelection } from '../../corpus/stats/selection';
import { acceptEvent } from '../../corpus/store/accept-event';
import { eventSize } from '../../corpus/store/events';
import { rejectSuggestion } from '../../corpus/store/reject-event';
import { itemsById } from '../../corpus/store/items';
import { search, snippetPieces } from '../../corpus/store/search';
import type { CorpusStore } from '../../corpus/store/store';
import type { BackgroundAnnotator } from '../corpus/background';
import { EXPORT_FILES } from '../corpus/export-files';
import { groupParams, groupResult, groupsView } from '../corpus/groups-page';
import { readUpload } from '../corpus/multipart';
import { corpusOverview } from '../corpus/overview';
import { sameOrigin } from '../corpus/request-guards';
import { ImportJobs } from '../corpus/import-jobs';
import { UPLOAD } from '../corpus/upload';
import { toCompareItem } from '../corpus/app-corpus';
import { compareLink, eventLink } from '../form';
import { InputError, LIMITS } from '../input';
import { itemMeta } from '../meta';

const PER_PAGE = 20;
const MAX_QUERY = 500;

export function corpusRoutes(store: CorpusStore, annotator: BackgroundAnnotator): Router {
  const router = express.Router();
  const jobs = new ImportJobs(store, annotator);
  router.get('/', corpusPage(store, annotator));
  router.get('/search', searchPage(store));
  router.get('/compare', compareChosen(store));
  router.post('/import', sameOrigin, startUpload(jobs));
  router.get('/import/:job', uploadJobPage(jobs, annotator));
  router.post('/events', sameOrigin, acceptEventPost(store));
  router.post('/events/reject', sameOrigin, rejectEventPost(store));
  router.get('/export/:file', exportFile(store, annotator));
  router.get('/status.json', statusJson(annotator));
  router.get('/groups', groupsRoute(store, annotator, 'html'));
  router.get('/groups.csv', groupsRoute(store, annotator, 'csv'));
  router.get('/groups.json', groupsRoute(store, annotator, 'json'));
  return router;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function pageNumber(value: unknown): number {
  const n = Number(str(value));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function filtersOf(query: Record<string, unknown>): { filters: Filters; by: Dimension | null; error: string | null } {
  const parsed = parseFilters(query);
  const by = isDimension(query.by) ? query.by : null;
  return typeof parsed === 'string' ? { filters: {}, by, error: parsed } : { filters: parsed, by, error: null };
}

/** Which rows the statistics show (`min_n`, `top`); a bad value gives the defaults and the error. */
function selectionOf(query: Record<string, unknown>): { selection: Selection; error: string | null } {
  const parsed = parseSelection({ minN: query.min_n, top: query.top }, { minN: 'min_n', top: 'top' });
  return typeof parsed === 'string' ? { selection: DEFAULT_SELECTION, error: parsed } : { selection: parsed, error: null };
}

/** GET only reads: pending items are annotated in the background, and the page says how many remain. */
export function corpusPage(store: CorpusStore, annotator: BackgroundAnnotator): RequestHandler {
  return async (req, res) => {
    const { filters, by, error: filterError } = filtersOf(req.query);
    const { selection, error: selectionError } = selectionOf(req.query);
    const error = filterError ?? selectionError;
    annotator.kick();
    const annotation = annotator.status();
    const overview = await corpusOverview(store, filters, by, pageNumber(req.query.page), selection);
    res.status(error ? 400 : 200).render('corpus', { title: 'Corpus', page: 'corpus', ...overview, error,
      failed: annotation.failed, remaining: annotation.remaining, upload: UPLOAD, formatValue });
  };
}

/** The victim-group comparison: the page, or its contrasts as CSV (contrastsCsv) or JSON (as `framing compare-groups --format json`). */
function groupsRoute(store: CorpusStore, annotator: BackgroundAnnotator, format: 'html' | 'csv' | 'json'): RequestHandler {
  return (req, res) => {
    const params = groupParams(req.query);
    annotator.kick();
    const result = groupResult(store, params);
    if (format === 'csv') res.attachment('framing-groups.csv').type('text/csv; charset=utf-8').send(contrastsCsv([result.comparison]));
    else if (format === 'json') res.json({ by: params.by, filters: params.filters, comparisons: [result.comparison] });
    else res.render('corpus-groups', { title: 'By victim group', page: 'corpus', ...groupsView(params, result), annotation: annotator.status() });
  };
}

/** What is still pending, for scripts and monitors: `{ "remaining": 0, "failed": false }`. */
function statusJson(annotator: BackgroundAnnotator): RequestHandler {
  return (_req, res) => {
    res.set('Cache-Control', 'no-store').json(annotator.status());
  };
}

function searchPage(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const q = str(req.query.q);
    if (q.length > MAX_QUERY) throw new InputError(`the search is too long: the limit is ${MAX_QUERY} characters`, 413);
    const number = pageNumber(req.query.page);
    const result = q.trim() ? search(store, q, PER_PAGE, (number - 1) * PER_PAGE) : null;
    const hits = (result?.hits ?? []).map(({ item, snippet }) => {
      const pieces = snippetPieces(snippet);
      const inHeadline = pieces.map((p) => p.text).join('') === item.headline;
      const comparable = item.event !== null && eventSize(store, item.event) >= LIMITS.minItems;
      return {
        id: item.id, meta: itemMeta(toCompareItem(item), item),
        headline: inHeadline ? pieces : [{ text: item.headline, match: false }],
        passage: inHeadline ? null : pieces,
        event: item.event ? { title: item.event_title ?? item.event, href: comparable ? eventLink(item.event) : null } : null,
      };
    });
    const pages = result ? Math.max(1, Math.ceil(result.total / PER_PAGE)) : 1;
    const link = (n: number): string => `/corpus/search?${new URLSearchParams({ q, page: String(n) }).toString()}`;
    res.render('corpus-search', { title: q ? `Search: ${q}` : 'Search', page: 'corpus', q, total: result?.total ?? 0,
      hits, limits: LIMITS, pager: { number, pages, prev: number > 1 ? link(number - 1) : null,
        next: number < pages ? link(number + 1) : null } });
  };
}

function compareChosen(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const ids = [req.query.id].flat().filter((v): v is string => typeof v === 'string' && v !== '');
    if (ids.length < LIMITS.minItems || ids.length > LIMITS.maxItems) {
      throw new InputError(`choose ${LIMITS.minItems} to ${LIMITS.maxItems} items to compare, got ${ids.length}`);
    }
    const items = itemsById(store, ids);
    const missing = ids.find((id) => !items.some((i) => i.id === id));
    if (missing !== undefined) throw new InputError(`no item "${missing}" in the corpus`, 404);
    const compare = items.map(toCompareItem);
    const href = compareLink(compare);
    if (href) return res.redirect(303, href);
    res.render('corpus-compare', { title: 'Compare', page: 'corpus', items: compare });
  };
}

/** Checks the form, queues its files as an import job and redirects to the job's page. */
function startUpload(jobs: ImportJobs): RequestHandler {
  return async (req, res) => {
    const files = await readUpload(req);
    if (files.length === 0) throw new InputError('choose a file to upload');
    res.redirect(303, `/corpus/import/${jobs.start(files).id}`);
  };
}

/** The job's report so far; it refreshes itself (no script) while anything is pending. */
function uploadJobPage(jobs: ImportJobs, annotator: BackgroundAnnotator): RequestHandler {
  return (req, res) => {
    const job = jobs.get(str(req.params.job));
    if (!job) throw new InputError('no such import: imports are kept until the server restarts, and only the last 100', 404);
    const annotation = annotator.status();
    const pending = job.state === 'queued' || job.state === 'importing' || annotation.remaining > 0;
    res.set('Cache-Control', 'no-store');
    res.render('corpus-import', { title: 'Import', page: 'corpus', job, annotation, upload: UPLOAD,
      refresh: pending && !annotation.failed ? 2 : null });
  };
}

function acceptEventPost(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const ids = [body.id].flat().filter((v): v is string => typeof v === 'string' && v !== '').slice(0, 1_000);
    const accepted = acceptEvent(store, ids, str(body.event), str(body.title));
    if (typeof accepted === 'string') throw new InputError(accepted);
    res.redirect(303, `/corpus?${new URLSearchParams({ event: accepted.event }).toString()}#events`);
  };
}

/** "Not one event": the suggestion's items are not suggested together (or for that event) again. */
function rejectEventPost(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const ids = [body.id].flat().filter((v): v is string => typeof v === 'string' && v !== '').slice(0, 1_000);
    const rejected = rejectSuggestion(store, ids, body.existing === '1' ? str(body.event) : null);
    if (typeof rejected === 'string') throw new InputError(rejected);
    res.redirect(303, '/corpus#suggest-h');
  };
}

function exportFile(store: CorpusStore, annotator: BackgroundAnnotator): RequestHandler {
  return async (req, res) => {
    const name = str(req.params.file);
    const file = Object.hasOwn(EXPORT_FILES, name) ? EXPORT_FILES[name] : undefined;
    if (!file) throw new InputError(`no export "${name}": choose ${Object.keys(EXPORT_FILES).join(', ')}`, 404);
    const { filters, by, error } = filtersOf(req.query);
    if (error) throw new InputError(error);
    annotator.kick();
    res.attachment(`framing-${name}`).type(`${file.type}; charset=utf-8`);
    const out = new Writer(res);
    await file.run(store, out, filters, by);
    await out.end();
  };
}
