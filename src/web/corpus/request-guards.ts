// Checks on the corpus page's posts: from this site only, and uploads within the size limit.

import express, { type RequestHandler } from 'express';
import { InputError } from '../input';
import { UPLOAD } from './upload';

/**
 * Refuses form posts from other sites (the app has no login, so no session to protect, but
 * the store is shared). A browser says where a request comes from in Sec-Fetch-Site, which
 * no page can forge: only "same-origin" (and "none": typed by the user) pass; "same-site" is
 * a sibling subdomain, not this app. Browsers may send "Origin: null" on their own
 * (Chromium does for a same-origin post from a page whose referrer policy is no-referrer),
 * so Origin decides only for clients that send no Sec-Fetch-Site: it must name this host.
 */
export const sameOrigin: RequestHandler = (req, _res, next) => {
  const fetchSite = req.get('sec-fetch-site');
  const origin = req.get('origin');
  const foreign = fetchSite !== undefined ? fetchSite !== 'same-origin' && fetchSite !== 'none'
    : origin !== undefined && hostOf(origin) !== req.get('host');
  next(foreign ? Object.assign(new Error('form posts from other sites are refused'), { status: 403, expose: true }) : undefined);
};

/** The host an Origin header names, or null ("null", or not a URL). */
function hostOf(origin: string): string | null {
  try {
    return origin === 'null' ? null : new URL(origin).host;
  } catch {
    return null;
  }
}

const rawUpload = express.raw({ type: 'multipart/form-data', limit: UPLOAD.limit });

/** The raw multipart body, or a 413 naming the upload limit. */
export const uploadBody: RequestHandler = (req, res, next) => {
  rawUpload(req, res, (err?: unknown) => {
    if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
      next(new InputError(`the upload is too large: the limit is ${UPLOAD.limitText}`, 413));
    } else next(err);
  });
};
