import { createLprTable } from '@shangan/core';
import { lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { attemptWindows } from '../db/schema.js';
import { signUp } from '../repositories/user-repository.js';
import { accountsBrowser } from '../test-support/accounts-browser.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';
import { limitedNetwork } from './login-limits.js';

const PASSWORD = 'correct horse battery';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const lpr = createLprTable();
const direct = readConfig({ AUTH: 'accounts', HOST: '0.0.0.0' });
const proxied = readConfig({ AUTH: 'accounts', HOST: '0.0.0.0', TRUST_PROXY: '1' });
/** The reverse proxy's own address: every proxied request's socket comes from it. */
const PROXY = '10.0.0.2';

async function codeOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('limitedNetwork', () => {
  it('keeps an IPv4 address and reduces IPv6 to its /64', () => {
    expect(limitedNetwork('203.0.113.9')).toBe('203.0.113.9');
    expect(limitedNetwork('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitedNetwork('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(limitedNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(limitedNetwork('unknown')).toBe('unknown');
  });
});

describe.each(databaseKinds())('login limits on %s', (kind) => {
  let database: OpenDatabase;
  // Whole hours, so that every rule's windows start at a known time.
  const start = Math.ceil(Date.now() / HOUR) * HOUR;
  let now = start;
  const clock = () => now;
  const app = (config = direct) => createApp({ database, config, lpr, version: 'test', clock });
  const email = (name: string) => `${name}-${kind}@example.test`;
  const expiredRows = async () =>
    (
      await database.db
        .select()
        .from(attemptWindows)
        .where(lte(attemptWindows.expiresAt, new Date(now).toISOString()))
    ).length;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    for (const name of ['dave', 'erin', 'frank', 'grace', 'heidi'])
      await signUp(database.db, email(name), PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('refuses the 6th failed login for one account from one address with 429 and Retry-After', async () => {
    now = start;
    const server = app();
    const attacker = accountsBrowser(server, '198.51.100.66');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await attacker.logIn(email('dave'), `guess number ${attempt}`);
      expect([attempt, response.status]).toEqual([attempt, 401]);
      now += MINUTE;
    }
    const sixth = await attacker.logIn(email('dave'), 'guess number 6');
    expect(sixth.status).toBe(429);
    expect(await codeOf(sixth)).toBe('too_many_attempts');
    // The five are in this 15-minute window; the next one opens in 10 minutes.
    expect(sixth.headers.get('retry-after')).toBe(String(10 * 60 + 1));
    // Even the right password waits; from another address, Dave himself gets in.
    expect((await attacker.logIn(email('dave'), PASSWORD)).status).toBe(429);
    expect((await accountsBrowser(server, '198.51.100.1').logIn(email('dave'), PASSWORD)).status).toBe(200);
    // Then the old failures fade out of the sliding window: one more try right after, all later.
    now = start + 15 * MINUTE + 1;
    expect((await attacker.logIn(email('dave'), 'guess number 7')).status).toBe(401);
    expect((await attacker.logIn(email('dave'), PASSWORD)).status).toBe(429);
    now = start + 40 * MINUTE;
    expect((await attacker.logIn(email('dave'), PASSWORD)).status).toBe(200);

    // A successful login clears the failures of its account and address before it.
    const forgetful = accountsBrowser(server, '198.51.100.77');
    for (let attempt = 1; attempt <= 4; attempt++)
      expect((await forgetful.logIn(email('dave'), 'wrong')).status).toBe(401);
    expect((await forgetful.logIn(email('dave'), PASSWORD)).status).toBe(200);
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await forgetful.logIn(email('dave'), 'wrong')).status).toBe(401);
    expect((await forgetful.logIn(email('dave'), 'wrong')).status).toBe(429);
  });

  it('behind a trusted proxy, limits the client, so an attacker does not lock out the person', async () => {
    now = start + 2 * HOUR;
    const server = app(proxied);
    const attacker = accountsBrowser(server, PROXY, { 'x-forwarded-for': '198.51.100.66' });
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await attacker.logIn(email('erin'), 'guess')).status).toBe(401);
    expect((await attacker.logIn(email('erin'), 'guess')).status).toBe(429);
    // Writing X-Forwarded-For himself does not help: the proxy appends the address it saw.
    const spoofing = accountsBrowser(server, PROXY, { 'x-forwarded-for': '203.0.113.50, 198.51.100.66' });
    expect((await spoofing.logIn(email('erin'), 'guess')).status).toBe(429);
    // Erin, through the same proxy from her own address, gets in.
    const erin = accountsBrowser(server, PROXY, { 'x-forwarded-for': '203.0.113.50' });
    expect((await erin.logIn(email('erin'), PASSWORD)).status).toBe(200);
  });

  it('without TRUST_PROXY ignores X-Forwarded-For: rotating it does not escape the limit', async () => {
    now = start + 4 * HOUR;
    const server = app(direct);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const rotating = accountsBrowser(server, '198.51.100.90', { 'x-forwarded-for': `192.0.2.${attempt}` });
      expect((await rotating.logIn(email('frank'), 'guess')).status).toBe(401);
    }
    const sixth = accountsBrowser(server, '198.51.100.90', { 'x-forwarded-for': '192.0.2.99' });
    expect((await sixth.logIn(email('frank'), 'guess')).status).toBe(429);
  });

  it('limits one address trying a password across many e-mails', async () => {
    now = start + 6 * HOUR;
    const server = app();
    const sprayer = accountsBrowser(server, '198.51.100.120');
    for (let index = 1; index <= 30; index++) {
      const response = await sprayer.logIn(email(`sprayed-${index}`), 'Password123');
      expect([index, response.status]).toEqual([index, 401]);
    }
    const next = await sprayer.logIn(email('sprayed-31'), 'Password123');
    expect(next.status).toBe(429);
    expect(await codeOf(next)).toBe('too_many_attempts');
    // Other addresses are not held by it.
    expect((await accountsBrowser(server, '198.51.100.121').logIn(email('grace'), PASSWORD)).status).toBe(
      200,
    );
  }, 60_000);

  it('limits one account guessed from many addresses, except from an address it logged in from', async () => {
    now = start + 8 * HOUR;
    const server = app();
    const home = accountsBrowser(server, '203.0.113.7');
    expect((await home.logIn(email('heidi'), PASSWORD)).status).toBe(200);
    // Four guesses from each of five addresses: under each address's own limit, 20 for the account.
    for (let bot = 1; bot <= 5; bot++) {
      const attacker = accountsBrowser(server, `198.51.100.${200 + bot}`);
      for (let attempt = 1; attempt <= 4; attempt++)
        expect([bot, attempt, (await attacker.logIn(email('heidi'), 'guess')).status]).toEqual([
          bot,
          attempt,
          401,
        ]);
    }
    const sixthBot = accountsBrowser(server, '198.51.100.206');
    expect((await sixthBot.logIn(email('heidi'), 'guess')).status).toBe(429);
    // A new address waits too, but Heidi at home is not locked out.
    expect((await accountsBrowser(server, '203.0.113.8').logIn(email('heidi'), PASSWORD)).status).toBe(429);
    expect((await home.logIn(email('heidi'), PASSWORD)).status).toBe(200);
  }, 60_000);

  it('shares the counts between two servers on one database', async () => {
    now = start + 10 * HOUR;
    const [first, second] = [app(), app()];
    const fromFirst = accountsBrowser(first, '198.51.100.150');
    const fromSecond = accountsBrowser(second, '198.51.100.150');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const which = attempt % 2 === 0 ? fromSecond : fromFirst;
      expect((await which.logIn(email('dave'), 'guess')).status).toBe(401);
    }
    expect((await fromSecond.logIn(email('dave'), 'guess')).status).toBe(429);
    expect((await fromFirst.logIn(email('dave'), 'guess')).status).toBe(429);
  });

  it('keeps neither addresses nor e-mails in the table, and prunes windows no rule reads', async () => {
    now = start + 12 * HOUR;
    const server = app();
    await accountsBrowser(server, '198.51.100.160').logIn(email('dave'), 'guess');
    const rows = await database.db.select().from(attemptWindows);
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('198.51.100');
    expect(text).not.toContain('dave');
    // Earlier tests' windows went with this attempt; its own 15-minute ones are read for 30 minutes.
    expect(await expiredRows()).toBe(0);
    now += 31 * MINUTE;
    expect(await expiredRows()).toBeGreaterThanOrEqual(3);
    await accountsBrowser(server, '198.51.100.161').logIn(email('dave'), 'guess');
    expect(await expiredRows()).toBe(0);
  });
});
