// Which host names the app answers as (ALLOWED_HOSTS), so that a share link is never built
// from a Host header a client made up.

/** ALLOWED_HOSTS: comma-separated host names, with a port or not ("framing.example.org,localhost:3000"). */
export function allowedHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  return listed.length > 0 ? listed : ['localhost', '127.0.0.1', '[::1]'];
}

/**
 * The host a share link names: the request's, when it is allowed (with or without its port),
 * else the first allowed host.
 */
export function linkHost(requestHost: string | undefined, allowed: readonly string[]): string {
  const host = (requestHost ?? '').toLowerCase();
  const name = host.replace(/:\d+$/, '');
  if (host && (allowed.includes(host) || allowed.includes(name))) return host;
  return allowed[0] ?? 'localhost';
}
