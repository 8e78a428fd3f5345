import type { MiddlewareHandler } from 'hono';
import { ExpectedError } from '../errors/expected-error.js';
import { servedOverHttps } from './client-address.js';

/**
 * A year, as browsers' preload lists expect. Without includeSubDomains: the operator's other
 * sites under the same domain are not this server's to decide.
 */
const HSTS = 'max-age=31536000';

/**
 * Strict headers on every response: nothing loaded from other sites (CSP default-src 'self'), no
 * framing, no MIME sniffing, no referrer leaving the app; and HSTS when served over https (sent on
 * plain http it would be ignored at best, and would pin a site that has no https at worst).
 */
export const securityHeaders =
  (trustProxyHops: number): MiddlewareHandler =>
  async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (servedOverHttps(c, trustProxyHops)) headers.set('Strict-Transport-Security', HSTS);
    // A route may set a narrower policy of its own (documents allow their inline print styles).
    if (!headers.has('Content-Security-Policy'))
      headers.set(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    headers.set('Cache-Control', headers.get('Cache-Control') ?? 'no-store');
  };

/**
 * Local mode serves one person's data on their own machine. A web page on another site must not
 * read or write it through their browser: requests whose Host is not this server (DNS rebinding)
 * or whose Origin is another site are refused.
 */
export function sameOriginOnly(port: number): MiddlewareHandler {
  const hosts = new Set(['127.0.0.1', 'localhost', '[::1]'].map((host) => `${host}:${port}`));
  return async (c, next) => {
    const host = c.req.header('host');
    if (host !== undefined && !hosts.has(host)) {
      throw new ExpectedError({ code: 'foreign_host', params: { host } });
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== 'null' && !hosts.has(origin.replace(/^https?:\/\//, ''))) {
      throw new ExpectedError({ code: 'foreign_origin', params: {} });
    }
    if (origin === 'null') throw new ExpectedError({ code: 'foreign_origin', params: {} });
    await next();
  };
}
