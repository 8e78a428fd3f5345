import type { createApp } from '../http/app.js';

/** Accounts mode is served under any host name; this is the one the tests' browsers use. */
export const TEST_HOST = 'shangan.example';
const COOKIE = 'shangan_session';

/**
 * A browser of one person for accounts-mode tests: it keeps the session cookie the server sets and
 * sends it back, from its own IP address (as @hono/node-server passes the socket to the app).
 */
export function sessionBrowser(app: ReturnType<typeof createApp>, ip: string) {
  let token: string | undefined;
  const env = { incoming: { socket: { remoteAddress: ip } } };
  const call = async (path: string, init: RequestInit = {}) => {
    const headers: Record<string, string> = {
      host: TEST_HOST,
      ...(token === undefined ? {} : { cookie: `${COOKIE}=${token}` }),
      ...(init.headers as Record<string, string> | undefined),
    };
    const response = await app.request(path, { ...init, headers }, env);
    const set = response.headers.get('set-cookie');
    if (set?.startsWith(`${COOKIE}=`)) token = set.slice(COOKIE.length + 1).split(';')[0] || undefined;
    return response;
  };
  const send = (method: string, path: string, body: unknown) =>
    call(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { call, send, ip };
}

export type SessionBrowser = ReturnType<typeof sessionBrowser>;
