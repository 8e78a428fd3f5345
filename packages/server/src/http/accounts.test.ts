import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLprTable } from '@shangan/core';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { auditLog, sessions, users } from '../db/schema.js';
import { hashPassword, needsRehash } from '../repositories/password-hash.js';
import { type Account, createAdvisor } from '../repositories/user-repository.js';
import { currentIfMatch } from '../test-support/if-match.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

type Json = Record<string, unknown>;
type App = ReturnType<typeof createApp>;

const exampleText = readFileSync(
  new URL('../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
const lpr = createLprTable();
const config = readConfig({ AUTH: 'accounts', HOST: '0.0.0.0' });
/** Accounts mode is served under any host name; this is the one the tests' browsers use. */
const HOST = 'shangan.example';
const OWN_ORIGIN = `http://${HOST}`;
const COOKIE = 'shangan_session';
const PASSWORD = 'correct horse battery';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A browser of one person: it keeps the session cookie the server sets and sends it back, from
 * its own IP address (as @hono/node-server passes the socket to the app).
 */
function browser(app: App, ip = '203.0.113.10') {
  let token: string | undefined;
  const env = { incoming: { socket: { remoteAddress: ip } } };
  const call = async (path: string, init: RequestInit = {}) => {
    const headers: Record<string, string> = {
      host: HOST,
      ...(token === undefined ? {} : { cookie: `${COOKIE}=${token}` }),
      ...(init.headers as Record<string, string> | undefined),
    };
    const response = await app.request(path, { ...init, headers }, env);
    const set = response.headers.get('set-cookie');
    if (set?.startsWith(`${COOKIE}=`)) token = set.slice(COOKIE.length + 1).split(';')[0] || undefined;
    return response;
  };
  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    call,
    send,
    get token() {
      return token;
    },
    set token(value: string | undefined) {
      token = value;
    },
  };
}
type Browser = ReturnType<typeof browser>;

async function errorOf(response: Response): Promise<{ code: string; message: string; issues?: Json[] }> {
  const body = (await response.json()) as { error: { code: string; message: string; issues?: Json[] } };
  expect(Object.keys(body)).toEqual(['error']);
  return body.error;
}

describe.each(databaseKinds())('accounts mode on %s', (kind) => {
  let database: OpenDatabase;
  let app: App;
  let now = Date.now();
  const clock = () => now;
  let alice: Browser;
  let bob: Browser;
  let advisorAccount: Account;
  let advisor: Browser;
  let otherAdvisor: Browser;
  /** Emails unique to this run, so the PostgreSQL and PGlite suites never meet. */
  const email = (name: string) => `${name}-${kind}@example.test`;

  /** Signs up (which opens no session) and logs in, as the web app does. */
  async function signUp(who: Browser, name: string, password = PASSWORD) {
    const response = await who.send('POST', '/api/auth/signup', { email: email(name), password });
    expect(response.status).toBe(202);
    expect((await logIn(who, email(name), password)).status).toBe(200);
  }

  async function logIn(who: Browser, address: string, password = PASSWORD) {
    return who.send('POST', '/api/auth/login', { email: address, password });
  }

  async function importExample(who: Browser, title = '五笔网贷'): Promise<string> {
    const response = await who.send('POST', `/api/import?title=${encodeURIComponent(title)}`, exampleText);
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  async function caseIds(who: Browser): Promise<string[]> {
    const response = await who.call('/api/cases');
    expect(response.status).toBe(200);
    return ((await response.json()) as { cases: { id: string }[] }).cases.map((entry) => entry.id).sort();
  }

  async function auditOf(userId: string) {
    return database.db
      .select({ action: auditLog.action, caseId: auditLog.caseId })
      .from(auditLog)
      .where(eq(auditLog.actorId, userId))
      .orderBy(asc(auditLog.id));
  }

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = createApp({ database, config, lpr, version: 'test', clock });
    alice = browser(app, '203.0.113.1');
    bob = browser(app, '203.0.113.2');
    advisor = browser(app, '203.0.113.3');
    otherAdvisor = browser(app, '203.0.113.4');
    await signUp(alice, 'alice');
    await signUp(bob, 'bob');
    advisorAccount = await createAdvisor(database.db, email('advisor'), PASSWORD);
    await createAdvisor(database.db, email('other-advisor'), PASSWORD);
    expect((await logIn(advisor, email('advisor'))).status).toBe(200);
    expect((await logIn(otherAdvisor, email('other-advisor'))).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('answers 401 without a session, except for health and the auth routes', async () => {
    const stranger = browser(app);
    expect((await stranger.call('/api/health')).status).toBe(200);
    const requests: [string, () => Promise<Response>][] = [
      ['list', () => stranger.call('/api/cases')],
      ['read', () => stranger.call(`/api/cases/${randomUUID()}`)],
      ['import', () => stranger.send('POST', '/api/import', exampleText)],
      ['me', () => stranger.call('/api/auth/me')],
    ];
    for (const token of [undefined, 'not-a-session', 'x'.repeat(43)]) {
      stranger.token = token;
      for (const [label, request] of requests) {
        const response = await request();
        expect([label, token, response.status]).toEqual([label, token, 401]);
        expect((await errorOf(response)).code).toBe('unauthenticated');
      }
    }
  });

  it('signs a client up without a session; the login sets an HttpOnly, SameSite=Strict cookie; no password or token stored', async () => {
    const carol = browser(app);
    const password = 'carol’s long passphrase';
    const response = await carol.send('POST', '/api/auth/signup', {
      email: `  Carol-${kind}@Example.TEST `,
      password,
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ email: email('carol') });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await carol.call('/api/auth/me')).status).toBe(401);

    const login = await logIn(carol, email('carol'), password);
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ email: email('carol'), role: 'client' });
    const cookie = login.headers.get('set-cookie') ?? '';
    const flags = cookie.split(/;\s*/).slice(1);
    expect(flags).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=2592000']),
    );
    expect(flags).not.toContain('Secure');
    expect(carol.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await (await carol.call('/api/auth/me')).json()).toEqual({
      email: email('carol'),
      role: 'client',
    });

    const [row] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, email('carol')));
    expect(row?.role).toBe('client');
    expect(row?.passwordHash).not.toContain(password);
    const [scheme, n, r, p, salt, hash] = (row?.passwordHash ?? '').split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '5']);
    expect(Buffer.from(salt ?? '', 'base64').byteLength).toBe(16);
    expect(Buffer.from(hash ?? '', 'base64').byteLength).toBe(64);
    const stored = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, row?.id ?? ''));
    expect(stored.map((session) => session.tokenHash)).toEqual([sha256(carol.token ?? '')]);

    // Over https the cookie is Secure as well.
    const secure = await app.request(`https://${HOST}/api/auth/login`, {
      method: 'POST',
      headers: { host: HOST, 'content-type': 'application/json' },
      body: JSON.stringify({ email: email('carol'), password }),
    });
    expect(secure.status).toBe(200);
    expect((secure.headers.get('set-cookie') ?? '').split(/;\s*/)).toContain('Secure');

    const invalid = await browser(app).send('POST', '/api/auth/signup', { email: 'nope', password: 'short' });
    expect(invalid.status).toBe(400);
    expect((await errorOf(invalid)).issues?.map((issue) => issue.path)).toEqual(['email', 'password']);
  });

  it('has no public way to become an advisor', async () => {
    const response = await browser(app).send('POST', '/api/auth/signup', {
      email: email('mallory'),
      password: PASSWORD,
      role: 'advisor',
    });
    expect(response.status).toBe(400);
    expect(
      await database.db
        .select()
        .from(users)
        .where(eq(users.email, email('mallory'))),
    ).toEqual([]);
    await expect(createAdvisor(database.db, email('weak-advisor'), 'short')).rejects.toThrow();
  });

  it("keeps one client's case, contacts and evidence from another client (404 everywhere)", async () => {
    const caseId = await importExample(alice);
    const contact = await alice.send('POST', `/api/cases/${caseId}/debts/app-10k/contacts`, {
      at: '2026-11-05T23:10',
      channel: 'phone',
      direction: 'incoming',
      theySaid: '再不还就联系你单位',
    });
    expect(contact.status).toBe(201);
    const contactId = ((await contact.json()) as { id: string }).id;
    const upload = await alice.call(
      `/api/cases/${caseId}/evidence?fileName=call.txt&contactId=${contactId}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '通话记录',
      },
    );
    expect(upload.status).toBe(201);
    const evidenceId = ((await upload.json()) as { id: string }).id;
    const bobsCase = await importExample(bob, "Bob's");

    expect(await caseIds(bob)).toEqual([bobsCase]);
    expect(await caseIds(alice)).toContain(caseId);
    const refused: [string, () => Promise<Response>][] = [
      ['read', () => bob.call(`/api/cases/${caseId}`)],
      ['analysis', () => bob.call(`/api/cases/${caseId}/analysis`)],
      ['plan', () => bob.call(`/api/cases/${caseId}/plan`)],
      ['contacts', () => bob.call(`/api/cases/${caseId}/contacts`)],
      [
        'add contact',
        () =>
          bob.send('POST', `/api/cases/${caseId}/debts/app-10k/contacts`, {
            at: '2026-11-06T09:00',
            channel: 'phone',
            direction: 'outgoing',
          }),
      ],
      [
        "upload to Bob's case against Alice's contact",
        () =>
          bob.call(`/api/cases/${bobsCase}/evidence?fileName=x.txt&contactId=${contactId}`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: 'x',
          }),
      ],
      ['download', () => bob.call(`/api/cases/${caseId}/evidence/${evidenceId}`)],
      ["download through Bob's case", () => bob.call(`/api/cases/${bobsCase}/evidence/${evidenceId}`)],
      ['export', () => bob.call(`/api/cases/${caseId}/export`)],
      [
        'replace',
        async () =>
          bob.send(
            'PUT',
            `/api/cases/${caseId}`,
            { title: 'x', caseFile: JSON.parse(exampleText) },
            // Alice's current revision: Bob is refused for the case, not for a stale edit.
            await currentIfMatch(alice.call, caseId),
          ),
      ],
      ['delete', () => bob.call(`/api/cases/${caseId}`, { method: 'DELETE' })],
      [
        'assign an advisor',
        () => bob.send('POST', `/api/cases/${caseId}/advisors`, { email: email('advisor') }),
      ],
    ];
    for (const [label, request] of refused) {
      const response = await request();
      expect([label, response.status]).toEqual([label, 404]);
      expect((await errorOf(response)).code).toBe('not_found');
    }
    // Alice's case is untouched and still hers.
    expect((await alice.call(`/api/cases/${caseId}`)).status).toBe(200);
    const download = await alice.call(`/api/cases/${caseId}/evidence/${evidenceId}`);
    expect(await download.text()).toBe('通话记录');
    const contacts = (await (await alice.call(`/api/cases/${caseId}/contacts`)).json()) as {
      contacts: Json[];
    };
    expect(contacts.contacts).toHaveLength(1);
  });

  it('shows an advisor only the cases assigned to them, and audits every read of them', async () => {
    const assigned = await importExample(alice, 'assigned');
    const unassigned = await importExample(alice, 'not assigned');
    expect(await caseIds(advisor)).toEqual([]);

    const assign = (who: Browser, caseId: string, address: string) =>
      who.send('POST', `/api/cases/${caseId}/advisors`, { email: address });
    expect((await assign(alice, assigned, email('advisor').toUpperCase())).status).toBe(200);
    expect((await assign(alice, assigned, email('advisor'))).status).toBe(200);
    for (const address of [email('bob'), email('nobody')]) {
      const response = await assign(alice, unassigned, address);
      expect([address, response.status]).toEqual([address, 404]);
    }
    // Only the owner assigns: not the advisor (who sees the case: 403), not another client.
    expect((await assign(advisor, assigned, email('other-advisor'))).status).toBe(403);
    expect((await assign(bob, assigned, email('other-advisor'))).status).toBe(404);
    const badBody = await assign(alice, assigned, 'not an email');
    expect(badBody.status).toBe(400);
    expect((await errorOf(badBody)).issues?.map((issue) => issue.path)).toEqual(['email']);

    expect(await caseIds(advisor)).toEqual([assigned]);
    expect(await caseIds(otherAdvisor)).toEqual([]);
    // The advisor's attempt to assign someone else is refused, and audited (advisor-access.test.ts).
    expect(await auditOf(advisorAccount.userId)).toEqual([{ action: 'grant_advisor', caseId: assigned }]);

    const read = await advisor.call(`/api/cases/${assigned}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(await (await alice.call(`/api/cases/${assigned}`)).json());
    expect((await auditOf(advisorAccount.userId)).slice(1)).toEqual([
      { action: 'read_case', caseId: assigned },
    ]);
    expect((await advisor.call(`/api/cases/${assigned}`)).status).toBe(200);
    expect(await auditOf(advisorAccount.userId)).toHaveLength(3);
    expect((await advisor.call(`/api/cases/${assigned}/analysis`)).status).toBe(200);
    const audited = await auditOf(advisorAccount.userId);
    // The analysis is audited as such (its first computation also logs the case file it reads).
    expect(audited.slice(1, 4).map((row) => row.action)).toEqual(['read_case', 'read_case', 'read_analysis']);
    expect(audited.every((row) => row.caseId === assigned)).toBe(true);

    // Unassigned cases do not exist for the advisor; the refused reads are audited as such.
    for (const path of [`/api/cases/${unassigned}`, `/api/cases/${unassigned}/analysis`]) {
      const response = await advisor.call(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect((await otherAdvisor.call(`/api/cases/${assigned}`)).status).toBe(404);
    expect((await auditOf(advisorAccount.userId)).slice(audited.length)).toEqual([
      { action: 'read_case', caseId: unassigned },
      { action: 'read_analysis', caseId: unassigned },
    ]);
    const aliceId = (
      await database.db
        .select()
        .from(users)
        .where(eq(users.email, email('alice')))
    )[0]?.id;
    // Two grants (the same address twice); the refused attempts on the unassigned case are not hers.
    expect((await auditOf(aliceId ?? '')).filter((row) => row.action === 'grant_advisor')).toEqual([
      { action: 'grant_advisor', caseId: assigned },
      { action: 'grant_advisor', caseId: assigned },
    ]);
    expect(await (await advisor.call('/api/auth/me')).json()).toEqual({
      email: email('advisor'),
      role: 'advisor',
    });
  });

  it('replaces a password hash of an older cost at the next successful login', async () => {
    const oldCost = { N: 16_384, r: 8, p: 1 };
    const oldHash = await hashPassword(PASSWORD, oldCost);
    const id = randomUUID();
    await database.db
      .insert(users)
      .values({ id, role: 'client', email: email('olga'), passwordHash: oldHash });
    const storedHash = async () =>
      (await database.db.select().from(users).where(eq(users.id, id)))[0]?.passwordHash ?? '';

    expect((await logIn(browser(app), email('olga'), 'not the password')).status).toBe(401);
    expect(await storedHash()).toBe(oldHash);
    expect((await logIn(browser(app), email('olga'))).status).toBe(200);
    const upgraded = await storedHash();
    expect(upgraded).not.toBe(oldHash);
    expect(upgraded.split('$').slice(0, 4)).toEqual(['scrypt', '16384', '8', '5']);
    expect(needsRehash(upgraded)).toBe(false);
    // The same password still logs in, now against the new hash, which stays.
    expect((await logIn(browser(app), email('olga'))).status).toBe(200);
    expect(await storedHash()).toBe(upgraded);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const wrongPassword = await logIn(browser(app), email('alice'), 'not the password');
    const unknownEmail = await logIn(browser(app), email('nobody'), PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
    const [wrong, unknown] = [await errorOf(wrongPassword), await errorOf(unknownEmail)];
    expect(wrong).toEqual(unknown);
    expect(wrong.code).toBe('invalid_credentials');
    // The address is matched whatever its case.
    expect((await logIn(browser(app), email('alice').toUpperCase())).status).toBe(200);
  });

  it('logs out: the old cookie is cleared and no longer works', async () => {
    const session = browser(app);
    expect((await logIn(session, email('bob'))).status).toBe(200);
    const token = session.token ?? '';
    expect((await session.call('/api/cases')).status).toBe(200);
    const out = await session.send('POST', '/api/auth/logout', {});
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^shangan_session=; Max-Age=0;/);
    expect(session.token).toBeUndefined();
    expect(
      await database.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, sha256(token))),
    ).toEqual([]);
    session.token = token;
    expect((await session.call('/api/cases')).status).toBe(401);
    expect((await session.call('/api/auth/me')).status).toBe(401);
    // Bob's other session (from sign-up) is still signed in.
    expect((await bob.call('/api/cases')).status).toBe(200);
  });

  it('ends a session after 30 days', async () => {
    const start = now;
    try {
      const session = browser(app);
      expect((await logIn(session, email('bob'))).status).toBe(200);
      now = start + 30 * DAY - 1;
      expect((await session.call('/api/cases')).status).toBe(200);
      now = start + 30 * DAY;
      expect((await session.call('/api/cases')).status).toBe(401);
    } finally {
      now = start;
    }
  });

  it('refuses writes whose Origin is another site (403), before anything is written', async () => {
    const before = await caseIds(alice);
    for (const origin of [
      'https://evil.example',
      'null',
      `http://${HOST}.evil.example`,
      `http://${HOST}:8080`,
      `https://${HOST}:8443`,
      `http://evil.example`,
    ]) {
      const response = await alice.send('POST', '/api/import', exampleText, { origin });
      expect([origin, response.status]).toEqual([origin, 403]);
      expect((await errorOf(response)).code).toBe('foreign_origin');
      const remove = await alice.call(`/api/cases/${before[0]}`, { method: 'DELETE', headers: { origin } });
      expect([origin, remove.status]).toEqual([origin, 403]);
      const login = await browser(app).send(
        'POST',
        '/api/auth/login',
        { email: email('alice'), password: PASSWORD },
        { origin },
      );
      expect([origin, login.status]).toEqual([origin, 403]);
    }
    expect(await caseIds(alice)).toEqual(before);
    // The page's own origin, and clients that send no Origin at all, may write.
    expect((await alice.send('POST', '/api/import', exampleText, { origin: OWN_ORIGIN })).status).toBe(201);
    expect((await alice.send('POST', '/api/import', exampleText)).status).toBe(201);
    // Behind a TLS-terminating proxy the request arrives as http from a page on https://HOST:
    // that is this site too, and its login cookie is Secure.
    expect((await alice.send('POST', '/api/import', exampleText, { origin: `https://${HOST}` })).status).toBe(
      201,
    );
    const proxied = await browser(app).send(
      'POST',
      '/api/auth/login',
      { email: email('alice'), password: PASSWORD },
      { origin: `https://${HOST}` },
    );
    expect(proxied.status).toBe(200);
    expect((proxied.headers.get('set-cookie') ?? '').split(/;\s*/)).toContain('Secure');
    // The other way round (an http page writing to https) is refused.
    const downgrade = await app.request(`https://${HOST}/api/import`, {
      method: 'POST',
      headers: {
        host: HOST,
        origin: OWN_ORIGIN,
        'content-type': 'application/json',
        cookie: `${COOKIE}=${alice.token}`,
      },
      body: exampleText,
    });
    expect(downgrade.status).toBe(403);
  });

  it('leaves local mode as it was: no login, no auth routes', async () => {
    const local = createApp({ database, config: readConfig({}), lpr, version: 'test', clock });
    const headers = { host: `127.0.0.1:${readConfig({}).port}` };
    expect((await local.request('/api/cases', { headers })).status).toBe(200);
    const signup = await local.request('/api/auth/signup', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ email: email('local'), password: PASSWORD }),
    });
    expect(signup.status).toBe(404);
  });
});
