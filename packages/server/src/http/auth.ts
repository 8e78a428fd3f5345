import type { Context, MiddlewareHandler } from 'hono';
import type { Actor } from '../store/actor.js';
import { actorForSession, hashSessionToken } from '../store/user-store.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { readSessionToken } from './session-cookie.js';

/** Reachable without a session: the health check and sign-up, login, logout, me. */
function isOpenPath(path: string): boolean {
  return path === '/api/health' || path.startsWith('/api/auth/');
}

/**
 * Accounts mode: every /api/* request except the open paths must carry a live session cookie;
 * its holder becomes c.var.actor. Anything else is 401 unauthenticated.
 */
export function sessionAuth(clock: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isOpenPath(c.req.path)) return next();
    const actor = await sessionActor(c, clock);
    if (!actor) throw new ApiError(401, 'unauthenticated', '请先登录 (sign in first)');
    c.set('actor', actor);
    await next();
  };
}

/** Who holds the request's session cookie, or null. */
export async function sessionActor(c: Context<AppEnv>, clock: () => number): Promise<Actor | null> {
  const token = readSessionToken(c);
  if (token === undefined) return null;
  return actorForSession(c.var.db, hashSessionToken(token), new Date(clock()));
}
