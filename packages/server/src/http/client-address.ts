import type { Context } from 'hono';

/**
 * The peer's IP address as the Node server saw it (c.env.incoming, which @hono/node-server passes
 * to app.fetch); 'unknown' when the app is called without it (app.request in tests). Forwarded
 * headers are not trusted: any client can write them.
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
