import type { Context, MiddlewareHandler } from 'hono';
import { ExpectedError } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { actorForSession, hashSessionToken } from '../repositories/user-repository.js';
import { clientAddress } from './client-address.js';
import { readSessionToken } from './session-cookie.js';

/** Reachable without a session: the health check and sign-up, login, logout, me. */
function isOpenPath(path: string): boolean {
  return path === '/api/health' || path.startsWith('/api/auth/');
}

/**
 * Accounts mode: every /api/* request except the open paths must carry a live session cookie;
 * its holder becomes c.var.actor (with the address it came from, for the audit log). Anything else
 * is 401 unauthenticated.
 */
export const sessionAuth: MiddlewareHandler = async (c, next) => {
  if (isOpenPath(c.req.path)) return next();
  const actor = await sessionActor(c);
  if (!actor) throw new ExpectedError({ code: 'unauthenticated', params: {} });
  c.set('actor', { ...actor, address: clientAddress(c, c.var.config.trustProxyHops) });
  await next();
};

/** Who holds the request's session cookie, or null. */
export async function sessionActor(c: Context): Promise<Actor | null> {
  const token = readSessionToken(c);
  if (token === undefined) return null;
  return actorForSession(c.var.db, hashSessionToken(token), new Date(c.var.clock()));
}
