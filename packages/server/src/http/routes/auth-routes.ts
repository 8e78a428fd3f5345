import { type AccountJson, loginBody, signUpBody } from '@shangan/contract';
import { Hono, type MiddlewareHandler } from 'hono';
import { ExpectedError, notFound } from '../../errors/expected-error.js';
import {
  accountOf,
  EmailTakenError,
  hashSessionToken,
  login,
  logout,
  openSession,
  signUp,
} from '../../repositories/user-repository.js';
import { sessionActor } from '../auth.js';
import { clientAddress } from '../client-address.js';
import { jsonBody } from '../read-body.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../session-cookie.js';
import { validate } from '../validate.js';

/** The signed-in account as the contract shows it: never its id. */
function accountJson(account: AccountJson): AccountJson {
  return { email: account.email, role: account.role };
}

/** Credentials and addresses are small; nothing larger is read. */
const MAX_AUTH_BODY = 8 * 1024;

/** Local mode has no accounts: there these addresses do not exist. */
export const accountsOnly: MiddlewareHandler = async (c, next) => {
  if (c.var.config.auth !== 'accounts') throw notFound('endpoint');
  await next();
};

/** The same answer for an unknown address and a wrong password: accounts cannot be probed. */
const wrongCredentials = () => new ExpectedError({ code: 'invalid_credentials', params: {} });

/** Accounts mode only: sign-up (clients), login, logout and me. Advisors: advisor-routes.ts. */
export const authRoutes = new Hono()
  .post(
    '/api/auth/signup',
    accountsOnly,
    jsonBody(MAX_AUTH_BODY),
    validate('json', signUpBody),
    async (c) => {
      const body = c.req.valid('json');
      let account: Awaited<ReturnType<typeof signUp>>;
      try {
        account = await signUp(c.var.db, body.email, body.password);
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error;
        throw new ExpectedError({ code: 'email_taken', params: {} }, [
          { path: 'email', code: 'email_taken', params: {} },
        ]);
      }
      const session = await openSession(c.var.db, account.userId, new Date(c.var.clock()));
      setSessionCookie(c, session.token);
      return c.json(accountJson(account), 201);
    },
  )
  .post('/api/auth/login', accountsOnly, jsonBody(MAX_AUTH_BODY), validate('json', loginBody), async (c) => {
    const body = c.req.valid('json');
    const key = `${clientAddress(c)}\n${body.email}`;
    const wait = c.var.loginLimiter.begin(key);
    if (wait !== null) {
      throw new ExpectedError({ code: 'too_many_attempts', params: { retryAfterSeconds: wait } });
    }
    const result = await login(c.var.db, body.email, body.password, new Date(c.var.clock()));
    if (!result) throw wrongCredentials();
    c.var.loginLimiter.succeeded(key);
    setSessionCookie(c, result.session.token);
    return c.json(accountJson(result.account));
  })
  .post('/api/auth/logout', accountsOnly, async (c) => {
    const token = readSessionToken(c);
    if (token !== undefined) await logout(c.var.db, hashSessionToken(token));
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get('/api/auth/me', accountsOnly, async (c) => {
    const actor = await sessionActor(c);
    if (!actor) throw new ExpectedError({ code: 'unauthenticated', params: {} });
    return c.json(accountJson(await accountOf(c.var.db, actor)));
  });
