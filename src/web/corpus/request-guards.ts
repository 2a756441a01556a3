// Checks on the corpus page's posts: from this site only. (Uploads are checked as they are read: ./multipart.ts.)

import type { RequestHandler } from 'express';

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
