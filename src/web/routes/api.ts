// The JSON API: POST /api/analyze {text} and POST /api/compare {items}. Both answer with
// the annotation contract (src/types.ts); errors are handled in ../errors.

import type { Request, RequestHandler } from 'express';
import type { WebContext } from '../context';
import { InputError, parseItems, parseText } from '../input';
import { compareResult } from '../compare-result';

function json(req: Request): Record<string, unknown> {
  if (!req.is('application/json')) throw new InputError('send JSON, with Content-Type: application/json', 415);
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError('the body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

export function analyzeApi(ctx: WebContext): RequestHandler {
  return (req, res) => {
    res.json(ctx.analyze(parseText(json(req).text)));
  };
}

export function compareApi(ctx: WebContext): RequestHandler {
  return (req, res) => {
    const items = parseItems(json(req).items);
    res.json(compareResult(items, items.map((item) => ctx.analyze(item.text))));
  };
}
