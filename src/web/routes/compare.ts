// GET and POST /compare: 2 to 8 texts side by side with a comparison table. Texts come
// from the form, from a shared link, or from one event of the corpus (?event=).

import type { Request, RequestHandler } from 'express';
import type { Analysis } from '../../types';
import type { WebContext } from '../context';
import { type Corpus, type CorpusItem, toCompareItem } from '../corpus';
import { compareLink, eventLink, formRows, hasRows, itemsFromRows, rowsFromItems } from '../form';
import { legend, palette } from '../highlights';
import { type CompareItem, InputError, LIMITS } from '../input';
import { itemMeta } from '../meta';
import { comparisonTable } from '../table';
import { annotate } from '../view';
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
  const analyses = chosen.items.map((item, i) => {
    const from = chosen.from[i];
    return from ? ctx.analyzeItem(from) : ctx.analyze(item.text);
  });
  const colours = palette(analyses);
  const columns = chosen.items.map((item, i) => ({
    meta: itemMeta(item, chosen.from[i]),
    view: annotate(analyses[i] as Analysis, colours, `c${i + 1}`),
  }));
  return { columns, table: comparisonTable(columns.map((c) => c.view.stats)), legend: legend(colours),
    share: chosen.share, shareUrl: absolute(req, chosen.share) };
}

export function comparePage(ctx: WebContext): RequestHandler {
  return (req, res) => {
    const fields = submitted(req);
    const page = { title: 'Compare', page: 'compare', rows: formRows(fields), events: eventChoices(ctx.corpus),
      limits: LIMITS, error: null as string | null, result: null as ReturnType<typeof result> | null };
    let chosen: Chosen | null;
    try {
      chosen = fromEvent(ctx.corpus, fields.event);
      if (!chosen && hasRows(fields)) {
        const items = itemsFromRows(page.rows);
        chosen = { items, from: [], share: compareLink(items) };
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const event = ctx.corpus.events.find((e) => e.id === fields.event);
      const rows = event ? rowsFromItems(event.items.map(toCompareItem)) : page.rows;
      return res.status(err.status).render('compare', { ...page, rows, error: err.message });
    }
    if (!chosen) return res.render('compare', page);
    res.render('compare', { ...page, rows: rowsFromItems(chosen.items), result: result(ctx, chosen, req) });
  };
}
