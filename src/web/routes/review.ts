// /corpus/review: reviewing a sample of harm events (issue 18), one at a time, keyboard
// first: start (choose the sample and say who you are), an item with the tool's reading to
// confirm or correct, and the report (precision, agreement). The CLI draws samples and
// exports gold (framing review).

import express, { type RequestHandler, type Router } from 'express';
import { DEVICES, LINKS, parseFields } from '../../corpus/review/fields';
import { reviewReport } from '../../corpus/review/report';
import { nextToReview, reviewsOf, sampleItem, sampleItems, sampleNames, sampleSize, saveReview } from '../../corpus/review/reviews';
import type { CorpusStore } from '../../corpus/store/store';
import { sameOrigin } from '../corpus/request-guards';
import { InputError } from '../input';

const REVIEWER = /^[\p{L}\p{N} ._-]{1,40}$/u;

export function reviewRoutes(store: CorpusStore): Router {
  const router = express.Router();
  router.get('/', startPage(store));
  router.get('/next', nextItem(store));
  router.get('/:sample/report', reportPage(store));
  router.get('/:sample/:position', itemPage(store));
  router.post('/:sample/:position', sameOrigin, saveItem(store));
  return router;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function reviewerOf(value: unknown): string {
  const reviewer = str(value);
  if (!REVIEWER.test(reviewer)) throw new InputError('say who is reviewing: a name of 1 to 40 letters, digits, spaces, dots, - or _');
  return reviewer;
}

function sampleOf(store: CorpusStore, value: unknown): string {
  const sample = str(value);
  if (!sampleNames(store).some((s) => s.name === sample)) {
    throw new InputError(`no sample "${sample}": draw one with framing review sample --name NAME`, 404);
  }
  return sample;
}

const itemLink = (sample: string, position: number, reviewer: string): string =>
  `/corpus/review/${encodeURIComponent(sample)}/${position}?${new URLSearchParams({ reviewer }).toString()}`;

function startPage(store: CorpusStore): RequestHandler {
  return (_req, res) => {
    res.render('review-start', { title: 'Review', page: 'corpus', samples: sampleNames(store) });
  };
}

/** The reviewer's first item not yet reviewed, or the report when all are done. */
function nextItem(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const sample = sampleOf(store, req.query.sample);
    const reviewer = reviewerOf(req.query.reviewer);
    const next = nextToReview(store, sample, reviewer);
    res.redirect(303, next === null
      ? `/corpus/review/${encodeURIComponent(sample)}/report?${new URLSearchParams({ done: reviewer }).toString()}`
      : itemLink(sample, next, reviewer));
  };
}

function itemPage(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const sample = sampleOf(store, req.params.sample);
    const reviewer = reviewerOf(req.query.reviewer);
    const position = Number(req.params.position);
    const item = Number.isInteger(position) ? sampleItem(store, sample, position) : null;
    if (!item) throw new InputError(`no item ${str(req.params.position)} in sample "${sample}"`, 404);
    const mine = reviewsOf(store, sample, reviewer);
    const saved = mine.find((r) => r.position === position)?.fields ?? null;
    const span = item.annotation?.event ?? null;
    res.render('review-item', { title: `Review ${position} of ${sampleSize(store, sample)}`, page: 'corpus', item, reviewer,
      total: sampleSize(store, sample), done: mine.length, fields: saved ?? item.tool, saved: saved !== null,
      pieces: span ? [item.text.slice(0, span.start), item.text.slice(span.start, span.end), item.text.slice(span.end)] : [item.text, '', ''],
      devices: DEVICES, links: LINKS, action: itemLink(sample, position, reviewer) });
  };
}

function saveItem(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const sample = sampleOf(store, req.params.sample);
    const reviewer = reviewerOf(req.query.reviewer);
    const position = Number(req.params.position);
    if (!Number.isInteger(position) || !sampleItem(store, sample, position)) throw new InputError(`no item ${str(req.params.position)} in sample "${sample}"`, 404);
    const fields = parseFields((req.body ?? {}) as Record<string, unknown>);
    if (typeof fields === 'string') throw new InputError(fields);
    saveReview(store, { sample, position, reviewer, fields });
    res.redirect(303, `/corpus/review/next?${new URLSearchParams({ sample, reviewer }).toString()}`);
  };
}

function reportPage(store: CorpusStore): RequestHandler {
  return (req, res) => {
    const sample = sampleOf(store, req.params.sample);
    const report = reviewReport(sample, sampleItems(store, sample), reviewsOf(store, sample));
    res.render('review-report', { title: `Review report: ${sample}`, page: 'corpus', report, done: str(req.query.done) || null });
  };
}
