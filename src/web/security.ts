// HTTP headers: helmet with a Content Security Policy that allows no inline script or
// style, only this app's own files.

import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Helmet's headers; X-Frame-Options agrees with the CSP (no framing at all); HSTS only over HTTPS. */
export function securityHeaders(): RequestHandler[] {
  return [headers, strictTransport];
}

/** HSTS means nothing over plain HTTP (browsers ignore it there), so it is sent only on HTTPS. */
const strictTransport: RequestHandler = (req, res, next) => {
  if (req.secure) res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
};

const headers: RequestHandler = helmet({
  xFrameOptions: { action: 'deny' },
  // the full address to this app's own pages (so form posts carry their Origin), nothing to others
  referrerPolicy: { policy: 'same-origin' },
  strictTransportSecurity: false,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});
