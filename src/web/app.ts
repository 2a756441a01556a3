// Builds the web app (server.ts only listens; tests import this).

import { join } from 'node:path';
import express, { type Express } from 'express';
import { analyze } from '../analyze';
import { PACKAGE_ROOT } from '../paths';
import { type Analyzer, webContext } from './context';
import type { CorpusStore } from '../corpus/store/store';
import { type Corpus, memoryStore, storeCorpus } from './corpus/app-corpus';
import { BackgroundAnnotator } from './corpus/background';
import { errorHandler, methodNotAllowed, notFound } from './errors';
import { categoryName } from './highlights';
import { LIMITS, utf8Only } from './input';
import { analysePage } from './routes/analyse';
import { analyzeApi, compareApi } from './routes/api';
import { compareDownload, comparePage } from './routes/compare';
import { corpusRoutes } from './routes/corpus';
import { reviewRoutes } from './routes/review';
import { securityHeaders } from './security';

export interface AppOptions {
  /** Defaults to the package's analyze(). */
  analyze?: Analyzer;
  /** Defaults to the shipped sample corpus, corpus/sample.jsonl. */
  corpus?: Corpus;
  /** A corpus store to show and add to instead (FRAMING_DB); `corpus` is then not used. */
  store?: CorpusStore;
}

export function createApp(options: AppOptions = {}): Express {
  const store = options.store ?? memoryStore(options.corpus);
  const analyzer = options.analyze ?? ((text: string) => analyze(text));
  const ctx = webContext(analyzer, storeCorpus(store));
  const annotator = new BackgroundAnnotator(store, analyzer);
  // The shipped sample is small: annotated now, before the first visitor. A store of the
  // user's (FRAMING_DB) is annotated in the background while pages are served.
  if (!options.store) annotator.annotateNow(Number.MAX_SAFE_INTEGER);
  else annotator.kick();
  const app = express();
  app.disable('x-powered-by');
  app.set('views', join(PACKAGE_ROOT, 'views'));
  app.set('view engine', 'ejs');
  app.locals.categoryName = categoryName;
  app.use(securityHeaders());
  app.use('/static', express.static(join(PACKAGE_ROOT, 'public'), { index: false }));
  // strict: false, so that null, "hello" and 42 reach the handler and are refused as
  // "not a JSON object" rather than as invalid JSON
  app.use('/api', utf8Only, express.json({ limit: LIMITS.body, strict: false }));
  app.use(express.urlencoded({ extended: false, limit: LIMITS.body }));

  app.route('/').get(analysePage(ctx)).post(analysePage(ctx)).all(methodNotAllowed('GET, POST'));
  app.route('/compare').get(comparePage(ctx)).post(comparePage(ctx)).all(methodNotAllowed('GET, POST'));
  app.get('/compare.csv', compareDownload(ctx, 'csv'));
  app.get('/compare.json', compareDownload(ctx, 'json'));
  app.use('/corpus/review', reviewRoutes(store));
  app.use('/corpus', corpusRoutes(store, annotator));
  app.route('/api/analyze').post(analyzeApi(ctx)).all(methodNotAllowed('POST'));
  app.route('/api/compare').post(compareApi(ctx)).all(methodNotAllowed('POST'));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
