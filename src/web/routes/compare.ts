// GET and POST /compare: 2 to 8 texts side by side with a comparison table. Texts come
// from the form, from a shared link, or from one event of the corpus (?event=).

import type { Request, RequestHandler } from 'express';
import type { Analysis } from '../../types';
import type { WebContext } from '../context';
import { type Corpus, type CorpusItem, toCompareItem } from '../corpus/app-corpus';
import { compareLink, eventLink, formRows, hasRows, itemsFromRows, rowsFromItems } from '../form';
import { legend, palette } from '../highlights';
import { type CompareItem, InputError, LIMITS } from '../input';
import { itemMeta } from '../meta';
import { comparisonTable } from '../table';
import { annotate } from '../view';
import { compareResult } from '../compare-result';
import { ANNOTATION_COLUMNS, annotationRow } from '../../corpus/export/annotations';
import { csvLine } from '../../io/csv-write';
import { absolute, submitted } from './pages';

interface Chosen {
  items: CompareItem[];
  from: (CorpusItem | undefined)[];
  share: string | null;
}

function fromEvent(corpus: Corpus, id: unknown): Chosen | null {
  if (id === undefined) return null;
  const event = corpus.events.find((e) => e.id === id);
  if (!event) throw new InputError(`no event "${String(id)}" in the corpus`, 404);
  const from = event.items.slice(0, LIMITS.maxItems);
  const items = from.map(toCompareItem);
  if (items.length < LIMITS.minItems) {
    throw new InputError(`the corpus holds only ${items.length} text on “${event.title}”; add another to compare`);
  }
  return { items, from, share: eventLink(event.id) };
}

export function eventChoices(corpus: Corpus): { title: string; href: string; outlets: string[] }[] {
  return corpus.events
    .filter((e) => e.items.length >= LIMITS.minItems)
    .map((e) => ({ title: e.title, href: eventLink(e.id), outlets: e.items.map((i) => i.outlet) }));
}

/** Columns, table, legend and link for the chosen texts. */
function result(ctx: WebContext, chosen: Chosen, req: Request) {
  const analyses = analysesOf(ctx, chosen);
  const colours = palette(analyses);
  const columns = chosen.items.map((item, i) => ({
    meta: itemMeta(item, chosen.from[i]),
    view: annotate(analyses[i] as Analysis, colours, `c${i + 1}`),
  }));
  const query = chosen.share?.slice('/compare'.length) ?? null;
  return { columns, table: comparisonTable(columns.map((c) => c.view.stats)), legend: legend(colours),
    share: chosen.share, shareUrl: absolute(req, chosen.share),
    downloads: query ? { csv: `/compare.csv${query}`, json: `/compare.json${query}` } : null };
}

/** The texts a request asks for: an event of the corpus, or the rows of the form or link. */
function chosenBy(ctx: WebContext, fields: Record<string, unknown>): Chosen | null {
  const chosen = fromEvent(ctx.corpus, fields.event);
  if (chosen || !hasRows(fields)) return chosen;
  const items = itemsFromRows(formRows(fields));
  return { items, from: [], share: compareLink(items) };
}

export function comparePage(ctx: WebContext): RequestHandler {
  return (req, res) => {
    const fields = submitted(req);
    const page = { title: 'Compare', page: 'compare', rows: formRows(fields), events: eventChoices(ctx.corpus),
      limits: LIMITS, error: null as string | null, result: null as ReturnType<typeof result> | null };
    let chosen: Chosen | null;
    try {
      chosen = chosenBy(ctx, fields);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const event = ctx.corpus.events.find((e) => e.id === fields.event);
      const rows = event ? rowsFromItems(event.items.map(toCompareItem)) : page.rows;
      return res.status(err.status).render('compare', { ...page, rows, error: err.message });
    }
    if (!chosen) return res.render('compare', page);
    // Post/redirect/get: the address bar then holds the shareable link, and reloading does
    // not post again. Texts too long for a link are shown from the post itself.
    if (req.method === 'POST' && chosen.share) return res.redirect(303, chosen.share);
    res.render('compare', { ...page, rows: rowsFromItems(chosen.items), result: result(ctx, chosen, req) });
  };
}

/** Each chosen text's analysis (a corpus item's stored one when it has one). */
function analysesOf(ctx: WebContext, chosen: Chosen): Analysis[] {
  return chosen.items.map((item, i) => {
    const from = chosen.from[i];
    return from ? ctx.analyzeItem(from) : ctx.analyze(item.text);
  });
}


/**
 * GET /compare.json and /compare.csv, with the query of a comparison's link: the contract
 * (JSON, as /api/compare answers), or one CSV row per annotation with its text's outlet,
 * date and link on every row.
 */
export function compareDownload(ctx: WebContext, format: 'json' | 'csv'): RequestHandler {
  return (req, res) => {
    const chosen = chosenBy(ctx, submitted(req));
    if (!chosen) throw new InputError('nothing to compare: give ?event= or the texts (outlet1, text1, outlet2, text2, ...)');
    const { items, comparison: table } = compareResult(chosen.items, analysesOf(ctx, chosen));
    res.attachment(`framing-comparison.${format}`);
    if (format === 'json') {
      res.json({ items, comparison: table });
      return;
    }
    const lines = [csvLine(ANNOTATION_COLUMNS)];
    items.forEach(({ outlet, date, url, analysis }, i) => {
      // one field: the text as given, so offsets are into it
      const item = { id: `text${i + 1}`, outlet, date, url, event: typeof req.query.event === 'string' ? req.query.event : null,
        headline: '', text: analysis.text };
      for (const a of analysis.annotations) lines.push(csvLine(annotationRow(item, a)));
    });
    res.type('text/csv; charset=utf-8').send(lines.join(''));
  };
}
