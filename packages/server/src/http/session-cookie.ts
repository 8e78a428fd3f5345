import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_LIFETIME_MS } from '../repositories/user-repository.js';
import { isHttps } from './request-origin.js';

/**
 * The session cookie of accounts mode: HttpOnly (no script reads it), SameSite=Strict (no other
 * site's page sends it), Path=/, and Secure whenever the browser is on https (request-origin.ts).
 */
export const SESSION_COOKIE = 'shangan_session';

function cookieOptions(c: Context) {
  return {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c),
  } as const;
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { ...cookieOptions(c), maxAge: SESSION_LIFETIME_MS / 1000 });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}

export function readSessionToken(c: Context): string | undefined {
  const token = getCookie(c, SESSION_COOKIE);
  return token ? token : undefined;
}
