import { createLprTable } from '@shangan/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { users } from '../db/schema.js';
import { hashPassword } from '../repositories/password-hash.js';
import { accountsBrowser } from '../test-support/accounts-browser.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

const PASSWORD = 'correct horse battery';
const HOUR = 3_600_000;

/** Everything a sign-up answer shows a client, but the Date header. */
async function shown(response: Response) {
  const headers = [...response.headers].filter(([name]) => name !== 'date');
  return { status: response.status, headers, body: await response.text() };
}

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

describe.each(databaseKinds())('sign-up on %s', (kind) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  const start = Math.ceil(Date.now() / HOUR) * HOUR;
  let now = start;
  const email = (name: string) => `${name}-${kind}@example.test`;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const config = readConfig({ AUTH: 'accounts', HOST: '0.0.0.0' });
    app = createApp({ database, config, lpr: createLprTable(), version: 'test', clock: () => now });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('answers a new and a registered address alike, and changes nothing for the registered one', async () => {
    const owner = accountsBrowser(app, '203.0.113.1');
    const created = await owner.signUp(email('ivan'), PASSWORD);
    const again = await accountsBrowser(app, '203.0.113.2').signUp(
      email('ivan').toUpperCase(),
      'another password',
    );
    const first = await shown(created);
    expect(first.status).toBe(202);
    expect(JSON.parse(first.body)).toEqual({ email: email('ivan') });
    expect(await shown(again)).toEqual(first);
    // No session from either: the person logs in, with the password of the account.
    expect(created.headers.get('set-cookie')).toBeNull();
    expect((await owner.logIn(email('ivan'), 'another password')).status).toBe(401);
    expect((await owner.logIn(email('ivan'), PASSWORD)).status).toBe(200);
    expect(
      await database.db
        .select()
        .from(users)
        .where(eq(users.email, email('ivan'))),
    ).toHaveLength(1);
  });

  it('hashes the password for a registered address too, so the time does not tell', async () => {
    now = start + 2 * HOUR;
    // The fastest of three: a lower bound of one hash's cost on this machine now.
    const hash = Math.min(
      await elapsed(() => hashPassword(PASSWORD)),
      await elapsed(() => hashPassword(PASSWORD)),
      await elapsed(() => hashPassword(PASSWORD)),
    );
    const browser = accountsBrowser(app, '203.0.113.3');
    const fresh = await elapsed(() => browser.signUp(email('judy'), PASSWORD));
    const known = await elapsed(() => browser.signUp(email('judy'), PASSWORD));
    expect(fresh).toBeGreaterThan(hash / 2);
    expect(known).toBeGreaterThan(hash / 2);
  });

  it('limits sign-ups from one address to 10 an hour, worded as sign-ups', async () => {
    now = start + 4 * HOUR;
    const browser = accountsBrowser(app, '198.51.100.30');
    for (let index = 1; index <= 10; index++) {
      const response = await browser.signUp(email(`bulk-${index}`), PASSWORD);
      expect([index, response.status]).toEqual([index, 202]);
    }
    const eleventh = await browser.signUp(email('bulk-11'), PASSWORD);
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get('retry-after')).toBe(String(3600 + 1));
    const error = ((await eleventh.json()) as { error: { code: string; message: string } }).error;
    expect(error).toEqual({
      code: 'too_many_attempts',
      message: '注册次数过多，请61分钟后再试',
      params: { retryAfterSeconds: 3601, action: 'signup' },
      issues: [],
    });
    expect(
      await database.db
        .select()
        .from(users)
        .where(eq(users.email, email('bulk-11'))),
    ).toEqual([]);
    // Another address signs up as usual.
    expect((await accountsBrowser(app, '198.51.100.31').signUp(email('bulk-12'), PASSWORD)).status).toBe(202);
  }, 60_000);
});
