// GET and POST /: the Analyse page. A text in the form or in the link's ?text= is
// analysed and shown with its highlights, legend and summary.

import type { RequestHandler } from 'express';
import type { WebContext } from '../context';
import { analyseLink } from '../form';
import { legend, palette } from '../highlights';
import { InputError, LIMITS, parseText } from '../input';
import { annotate } from '../view';
import { absolute, submitted } from './pages';

export const SEED = 'Hundreds killed as Syria security forces battle al-Assad loyalists';

export function analysePage(ctx: WebContext): RequestHandler {
  return (req, res) => {
    const raw = submitted(req).text;
    const page = { title: 'Analyse', page: 'analyse', text: typeof raw === 'string' ? raw : '',
      seed: SEED, limit: LIMITS.textChars, error: null as string | null, result: null as object | null };
    if (raw === undefined) return res.render('analyse', page);
    let text: string;
    try {
      text = parseText(raw);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return res.status(err.status).render('analyse', { ...page, error: err.message });
    }
    const analysis = ctx.analyze(text);
    const colours = palette([analysis]);
    const share = analyseLink(text);
    res.render('analyse', { ...page, result: {
      view: annotate(analysis, colours), legend: legend(colours), share, shareUrl: absolute(req, share) } });
  };
}
