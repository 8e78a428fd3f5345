import type { Context } from 'hono';
import { ipVersion } from '../runtime/ip-address.js';

/**
 * The client's IP address, for login and sign-up limits.
 *
 * With TRUST_PROXY off (hops = 0) it is the peer of the socket, as the Node server saw it
 * (c.env.incoming, which @hono/node-server passes to app.fetch): X-Forwarded-For is ignored, since
 * any client can write it. With hops = N, every request is taken to pass through N proxies, each
 * appending the address it was reached from; the N-th entry from the right is then the address the
 * outermost trusted proxy saw, and entries left of it (which the client may have written) are
 * ignored. 'unknown' when there is no socket (app.request in tests) and nothing trusted to read.
 */
export function clientAddress(c: Context, hops: number): string {
  if (hops > 0) {
    const forwarded = trustedHop(c.req.header('x-forwarded-for'), hops);
    if (forwarded !== undefined && ipVersion(forwarded) !== 0) return unmapped(forwarded);
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress;
  return peer === undefined ? 'unknown' : unmapped(peer);
}

/**
 * True when the browser reached this site over https: the request itself, or (only with
 * TRUST_PROXY) the trusted proxy's X-Forwarded-Proto.
 */
export function servedOverHttps(c: Context, hops: number): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return hops > 0 && trustedHop(c.req.header('x-forwarded-proto'), hops)?.toLowerCase() === 'https';
}

/**
 * The N-th comma-separated entry from the right of a forwarded header (several headers of the
 * same name arrive joined by commas). With fewer entries than hops the left-most: the request came
 * through fewer proxies than configured, and the first of them wrote it.
 */
function trustedHop(header: string | undefined, hops: number): string | undefined {
  if (header === undefined) return undefined;
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - hops)];
}

/** An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; it is the same client as a.b.c.d. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}
