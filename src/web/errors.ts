// Errors as the client expects them: JSON under /api, a page elsewhere. Status and a
// message saying what is wrong for the client's mistakes; never a stack trace.

import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { UnreadableInputError } from '../io/unreadable-input';
import { InputError, LIMITS } from './input';

interface HttpError {
  status: number;
  message: string;
}

/** Errors raised by express.json / express.urlencoded carry a `type`. */
const BODY_ERRORS: Record<string, HttpError> = {
  'entity.too.large': { status: 413, message: `request body too large: the limit is ${LIMITS.body}` },
  'entity.parse.failed': { status: 400, message: 'request body is not valid JSON' },
  'parameters.too.many': { status: 413, message: 'too many form fields' },
  'charset.unsupported': { status: 415, message: 'unsupported charset: send UTF-8' },
  'encoding.unsupported': { status: 415, message: 'unsupported content encoding' },
};

export function httpError(err: unknown): HttpError {
  if (err instanceof InputError) return { status: err.status, message: err.message };
  if (err instanceof UnreadableInputError) return { status: 400, message: err.message };
  const { type, status, expose, message, code } = (err ?? {}) as { type?: unknown; status?: unknown; expose?: unknown; message?: unknown; code?: unknown };
  if (typeof type === 'string' && BODY_ERRORS[type]) return BODY_ERRORS[type];
  // zlib's own words ("incorrect header check") say nothing to the client
  if (typeof code === 'string' && code.startsWith('Z_')) return { status: 400, message: 'the request body could not be decompressed: check its Content-Encoding' };
  // Other client errors from Express and its middleware (http-errors): `expose` marks safe messages.
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, message: expose === true && typeof message === 'string' ? message : 'bad request' };
  }
  return { status: 500, message: 'internal error: the request could not be completed' };
}

export function isApi(req: Request): boolean {
  return req.path.startsWith('/api/') || req.path === '/api';
}

export function send(req: Request, res: Response, { status, message }: HttpError): void {
  res.status(status);
  if (isApi(req)) res.json({ error: message });
  else {
    res.render('error', { title: `Error ${status}`, page: '', status, message }, (err: unknown, html: string) => {
      if (err) console.error(err);
      if (err) res.type('text/plain').send(message);
      else res.send(html);
    });
  }
}

/** 405 with the methods the path does take. */
export function methodNotAllowed(allow: string): RequestHandler {
  return (req, res) => {
    res.set('Allow', allow);
    send(req, res, { status: 405, message: `method not allowed: ${req.method} ${req.path} takes ${allow}` });
  };
}

export const notFound: RequestHandler = (req, res) => {
  send(req, res, { status: 404, message: `not found: ${req.method} ${req.path}` });
};

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const error = httpError(err);
  if (error.status >= 500) console.error(err);
  if (res.headersSent) {
    res.end();
    return;
  }
  send(req, res, error);
};
