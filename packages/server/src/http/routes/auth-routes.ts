import { type AccountJson, loginBody, type SignUpJson, signUpBody } from '@shangan/contract';
import { Hono, type MiddlewareHandler } from 'hono';
import { ExpectedError, notFound } from '../../errors/expected-error.js';
import { accountOf, hashSessionToken, login, logout, signUp } from '../../repositories/user-repository.js';
import { sessionActor } from '../auth.js';
import { clientAddress } from '../client-address.js';
import { beginLogin, beginSignUp } from '../login-limits.js';
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

const tooManyAttempts = (retryAfterSeconds: number, action: 'login' | 'signup') =>
  new ExpectedError({ code: 'too_many_attempts', params: { retryAfterSeconds, action } });

/** Accounts mode only: sign-up (clients), login, logout and me. Advisors: advisor-routes.ts. */
export const authRoutes = new Hono()
  .post(
    '/api/auth/signup',
    accountsOnly,
    jsonBody(MAX_AUTH_BODY),
    validate('json', signUpBody),
    async (c) => {
      const body = c.req.valid('json');
      const address = clientAddress(c, c.var.config.trustProxyHops);
      const wait = await beginSignUp(c.var.db, address, c.var.clock());
      if (wait !== null) throw tooManyAttempts(wait, 'signup');
      // A registered address gets the same answer after the same work: sign-up tells nothing.
      await signUp(c.var.db, body.email, body.password);
      return c.json({ email: body.email } satisfies SignUpJson, 202);
    },
  )
  .post('/api/auth/login', accountsOnly, jsonBody(MAX_AUTH_BODY), validate('json', loginBody), async (c) => {
    const body = c.req.valid('json');
    const address = clientAddress(c, c.var.config.trustProxyHops);
    const attempt = await beginLogin(c.var.db, body.email, address, c.var.clock());
    if (!attempt.allowed) throw tooManyAttempts(attempt.retryAfterSeconds, 'login');
    const result = await login(c.var.db, body.email, body.password, new Date(c.var.clock()));
    if (!result) throw wrongCredentials();
    await attempt.succeeded();
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
