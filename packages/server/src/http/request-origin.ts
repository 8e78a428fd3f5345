import type { Context } from 'hono';

/**
 * Where a request was made from, as far as this server can tell. The server itself speaks plain
 * http; behind a TLS-terminating proxy the request URL says http while the browser was on https.
 * An Origin of https:// with this request's own Host can only be this site's pages (no one else
 * can serve https for the name), so it counts as this server's origin too.
 */
function hostOf(c: Context): string {
  return (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
}

/** The origins a same-site page of this server has: the request's scheme and https, on its Host. */
export function ownOrigins(c: Context): string[] {
  const scheme = new URL(c.req.url).protocol;
  const host = hostOf(c);
  return scheme === 'https:' ? [`https://${host}`] : [`${scheme}//${host}`, `https://${host}`];
}

/** True when the browser is talking https: the request itself, or its page's Origin. */
export function isHttps(c: Context): boolean {
  return (
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('origin')?.toLowerCase() === `https://${hostOf(c)}`
  );
}
