// Checks on the corpus page's posts: from this site only, and uploads within the size limit.

import express, { type RequestHandler } from 'express';
import { InputError } from '../../web/input';
import { UPLOAD } from './upload';

/** Refuses form posts from other sites (the app has no login, so no session to protect, but the store is shared). */
export const sameOrigin: RequestHandler = (req, _res, next) => {
  const origin = req.get('origin');
  // "same-site" is another origin on the same site (a sibling subdomain): not this app
  const fetchSite = req.get('sec-fetch-site');
  let foreign = fetchSite === 'cross-site' || fetchSite === 'same-site' || origin === 'null';
  if (origin && origin !== 'null') {
    try {
      foreign ||= new URL(origin).host !== req.get('host');
    } catch {
      foreign = true;
    }
  }
  next(foreign ? Object.assign(new Error('form posts from other sites are refused'), { status: 403, expose: true }) : undefined);
};

const rawUpload = express.raw({ type: 'multipart/form-data', limit: UPLOAD.limit });

/** The raw multipart body, or a 413 naming the upload limit. */
export const uploadBody: RequestHandler = (req, res, next) => {
  rawUpload(req, res, (err?: unknown) => {
    if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
      next(new InputError(`the upload is too large: the limit is ${UPLOAD.limitText}`, 413));
    } else next(err);
  });
};
