// Helpers every page handler uses.

import type { Request } from 'express';
import { allowedHosts, linkHost } from '../hosts';

/** The fields sent: the posted form, or the query string of a link. */
export function submitted(req: Request): Record<string, unknown> {
  const source: unknown = req.method === 'POST' ? req.body : req.query;
  return typeof source === 'object' && source !== null ? (source as Record<string, unknown>) : {};
}

/** A link as the person can copy it, on this server (its host checked against ALLOWED_HOSTS). */
export function absolute(req: Request, href: string | null): string | null {
  return href && `${req.protocol}://${linkHost(req.get('host'), allowedHosts())}${href}`;
}
