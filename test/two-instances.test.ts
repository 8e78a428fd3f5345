import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './server-process.js';

// Two server processes on one PostgreSQL, as a deployment with two instances behind a load
// balancer: a session opened on one is valid on the other, login limits count on both, and a
// write on one shows in the other's analysis at once.

const EXAMPLE = readFileSync(new URL('../examples/five-loans-80k.json', import.meta.url), 'utf8');
const PASSWORD = 'correct horse battery';
const COOKIE = 'shangan_session';
const adminUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** A scratch database on the test server, dropped afterwards; the servers migrate it themselves. */
async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function sessionCookie(response: Response): string {
  const set = response.headers.get('set-cookie') ?? '';
  expect(set.startsWith(`${COOKIE}=`)).toBe(true);
  return set.split(';')[0] ?? '';
}

const title =
  adminUrl === undefined
    ? 'two server processes on one PostgreSQL: skipped, TEST_DATABASE_URL is not set'
    : 'two server processes on one PostgreSQL';

describe.skipIf(adminUrl === undefined)(title, () => {
  const name = `shangan_test_${randomBytes(6).toString('hex')}`;
  let first: ServerProcess;
  let second: ServerProcess;

  const call = (server: ServerProcess, path: string, init: RequestInit = {}, cookie?: string) =>
    fetch(`${server.base}${path}`, {
      ...init,
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie === undefined ? {} : { cookie }),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const post = (server: ServerProcess, path: string, body: unknown, cookie?: string) =>
    call(
      server,
      path,
      { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) },
      cookie,
    );

  /** The answer's exact form is sign-up.test.ts's concern; here only that it went through. */
  const signUp = async (server: ServerProcess, email: string) =>
    expect((await post(server, '/api/auth/signup', { email, password: PASSWORD })).ok).toBe(true);

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    const env = { AUTH: 'accounts', DATABASE_URL: url.toString(), HOST: '127.0.0.1', PORT: '0' };
    // Started together: both migrate the empty database at once (an advisory lock orders them).
    [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    expect(first.base).not.toBe(second.base);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    if (adminUrl !== undefined) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('accepts a session opened on one server on the other', async () => {
    await signUp(first, 'kim@example.test');
    const login = await post(second, '/api/auth/login', { email: 'kim@example.test', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = sessionCookie(login);
    for (const server of [first, second]) {
      const me = await call(server, '/api/auth/me', {}, cookie);
      expect([server.base, me.status]).toEqual([server.base, 200]);
      expect(await me.json()).toEqual({ email: 'kim@example.test', role: 'client' });
    }
    expect((await post(first, '/api/auth/logout', {}, cookie)).status).toBe(204);
    expect((await call(second, '/api/auth/me', {}, cookie)).status).toBe(401);
  }, 60_000);

  it('counts failed logins on both servers against one limit', async () => {
    await signUp(first, 'lee@example.test');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const server = attempt % 2 === 0 ? second : first;
      const response = await post(server, '/api/auth/login', {
        email: 'lee@example.test',
        password: 'a guess',
      });
      expect([attempt, response.status]).toEqual([attempt, 401]);
    }
    for (const server of [first, second]) {
      const refused = await post(server, '/api/auth/login', {
        email: 'lee@example.test',
        password: PASSWORD,
      });
      expect([server.base, refused.status]).toEqual([server.base, 429]);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  }, 60_000);

  it("shows a write on one server in the other's analysis at once", async () => {
    await signUp(first, 'max@example.test');
    const cookie = sessionCookie(
      await post(first, '/api/auth/login', { email: 'max@example.test', password: PASSWORD }),
    );
    const created = await post(first, '/api/import?title=two', EXAMPLE, cookie);
    expect(created.status).toBe(201);
    const caseId = ((await created.json()) as { id: string }).id;
    const analysis = async (server: ServerProcess) => {
      const response = await call(server, `/api/cases/${caseId}/analysis`, {}, cookie);
      expect(response.status).toBe(200);
      return JSON.stringify(await response.json());
    };
    // Both servers have analysed (and cached) the case with its five debts.
    for (const server of [first, second]) expect(await analysis(server)).toContain('app-10k');

    const read = await call(first, `/api/cases/${caseId}`, {}, cookie);
    const stored = (await read.json()) as { title: string; caseFile: { debts: { id: string }[] } };
    const etag = read.headers.get('etag');
    const caseFile = {
      ...stored.caseFile,
      debts: stored.caseFile.debts.filter((debt) => debt.id !== 'app-10k'),
    };
    const replaced = await call(
      first,
      `/api/cases/${caseId}`,
      {
        method: 'PUT',
        body: JSON.stringify({ title: stored.title, caseFile }),
        // Sent when the server versions cases with ETags (If-Match then required).
        headers: etag === null ? {} : { 'if-match': etag },
      },
      cookie,
    );
    expect(replaced.status).toBe(200);
    expect(await analysis(second)).not.toContain('app-10k');
    expect(await analysis(first)).not.toContain('app-10k');
  }, 60_000);
});
