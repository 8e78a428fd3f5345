import type { Hono } from 'hono';
import { z } from 'zod';
import {
  accountOf,
  assignAdvisor,
  EmailTakenError,
  emailField,
  hashSessionToken,
  login,
  logout,
  newPasswordField,
  openSession,
  signUp,
} from '../../store/user-store.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { sessionActor } from '../auth.js';
import { clientAddress } from '../client-address.js';
import type { LoginLimiter } from '../login-limiter.js';
import { parseBody } from '../parse-body.js';
import { readJson } from '../read-body.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../session-cookie.js';

/** Credentials and addresses are small; nothing larger is read. */
const MAX_AUTH_BODY = 8 * 1024;

export const signUpBody = z.strictObject({ email: emailField, password: newPasswordField });
export const loginBody = z.strictObject({
  email: emailField,
  password: z.string().min(1, '必填 (required)').max(1024, '过长 (too long)'),
});
export const advisorBody = z.strictObject({ email: emailField });

/** The same answer for an unknown address and a wrong password: accounts cannot be probed. */
const wrongCredentials = () =>
  new ApiError(401, 'invalid_credentials', '邮箱或密码不正确 (wrong email or password)');

export interface AuthRouteOptions {
  clock: () => number;
  limiter: LoginLimiter;
}

/** Accounts mode only: sign-up (clients), login, logout, me, and assigning an advisor to a case. */
export function registerAuthRoutes(app: Hono<AppEnv>, { clock, limiter }: AuthRouteOptions) {
  app.post('/api/auth/signup', async (c) => {
    const body = parseBody(signUpBody, await readJson(c, MAX_AUTH_BODY));
    let account: Awaited<ReturnType<typeof signUp>>;
    try {
      account = await signUp(c.var.db, body.email, body.password);
    } catch (error) {
      if (!(error instanceof EmailTakenError)) throw error;
      const message = '该邮箱已注册 (this email is already registered)';
      throw new ApiError(409, 'email_taken', message, [{ path: 'email', message }]);
    }
    const session = await openSession(c.var.db, account.userId, new Date(clock()));
    setSessionCookie(c, session.token);
    return c.json({ email: account.email, role: account.role }, 201);
  });

  app.post('/api/auth/login', async (c) => {
    const body = parseBody(loginBody, await readJson(c, MAX_AUTH_BODY));
    const key = `${clientAddress(c)}\n${body.email}`;
    const wait = limiter.begin(key);
    if (wait !== null) {
      return c.json(
        {
          error: {
            code: 'too_many_attempts',
            message: `登录失败次数过多，请${Math.ceil(wait / 60)}分钟后再试 (too many failed logins, try again later)`,
          },
        },
        429,
        { 'Retry-After': String(wait) },
      );
    }
    const result = await login(c.var.db, body.email, body.password, new Date(clock()));
    if (!result) throw wrongCredentials();
    limiter.succeeded(key);
    setSessionCookie(c, result.session.token);
    return c.json({ email: result.account.email, role: result.account.role });
  });

  app.post('/api/auth/logout', async (c) => {
    const token = readSessionToken(c);
    if (token !== undefined) await logout(c.var.db, hashSessionToken(token));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/api/auth/me', async (c) => {
    const actor = await sessionActor(c, clock);
    if (!actor) throw new ApiError(401, 'unauthenticated', '请先登录 (sign in first)');
    const account = await accountOf(c.var.db, actor);
    return c.json({ email: account.email, role: account.role });
  });

  /** The case's owner lets an advisor (by email) see and work on the case. */
  app.post('/api/cases/:caseId/advisors', async (c) => {
    const body = parseBody(advisorBody, await readJson(c, MAX_AUTH_BODY));
    await assignAdvisor(c.var.db, c.var.actor, c.req.param('caseId'), body.email);
    return c.body(null, 204);
  });
}
