import type { createApp } from '../http/app.js';

type App = ReturnType<typeof createApp>;

const COOKIE = 'shangan_session';
/** Accounts mode is served under any host name; this is the one the tests' browsers use. */
export const TEST_HOST = 'shangan.example';

/**
 * One person's browser against an accounts-mode app: it keeps the session cookie the server sets
 * and sends it back, from the socket address `ip` (as @hono/node-server passes the socket to the
 * app), with any headers given (X-Forwarded-For, say).
 */
export function accountsBrowser(app: App, ip: string, headers: Record<string, string> = {}) {
  let token: string | undefined;
  const env = { incoming: { socket: { remoteAddress: ip } } };
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await app.request(
      path,
      {
        ...init,
        headers: {
          host: TEST_HOST,
          ...headers,
          ...(token === undefined ? {} : { cookie: `${COOKIE}=${token}` }),
          ...(init.headers as Record<string, string> | undefined),
        },
      },
      env,
    );
    const set = response.headers.get('set-cookie');
    if (set?.startsWith(`${COOKIE}=`)) token = set.slice(COOKIE.length + 1).split(';')[0] || undefined;
    return response;
  };
  const post = (path: string, body: unknown) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return {
    call,
    post,
    signUp: (email: string, password: string) => post('/api/auth/signup', { email, password }),
    logIn: (email: string, password: string) => post('/api/auth/login', { email, password }),
    get token() {
      return token;
    },
  };
}
