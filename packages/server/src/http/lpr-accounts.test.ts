import { addDays, createLprTable, date } from '@shangan/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { lprQuotations, users } from '../db/schema.js';
import { createAdvisor } from '../repositories/user-repository.js';
import { type SessionBrowser, sessionBrowser } from '../test-support/session-browser.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { MAX_OWN_LPR_QUOTATIONS } from '../use-cases/lpr-use-cases.js';
import { createApp } from './app.js';

// Accounts mode (ADR 0033): each user's quotations are their own. Another client neither sees nor
// deletes them, and their cases are computed without them; an assigned advisor reads the client's
// case with the client's quotations (one set of numbers for both), not with their own.

const config = readConfig({ AUTH: 'accounts', HOST: '0.0.0.0' });
const PASSWORD = 'correct horse battery';

/** A private loan formed after the built-in table's newest quotation (2026-01-20, 3.00 %). */
const CASE_FILE = {
  version: 1,
  asOf: '2026-11-20',
  debts: [
    {
      id: 'iou',
      lender: '个人出借人王某',
      lenderType: 'private',
      contractDate: '2026-03-10',
      principal: '20000',
      terms: { method: 'interest_only', periods: 12, frequency: 'monthly', annualRate: '24%' },
    },
  ],
};
const QUOTATION = { date: '2026-02-20', lpr1y: '2.80', lpr5y: '3.30', source: null };

describe.each(databaseKinds())('LPR quotations per user on %s', (kind) => {
  let database: OpenDatabase;
  let client: SessionBrowser;
  let other: SessionBrowser;
  let advisor: SessionBrowser;
  let clientCase: string;
  let otherCase: string;
  const email = (name: string) => `${name}-${kind}@lpr.test`;

  const own = async (who: SessionBrowser) =>
    ((await (await who.call('/api/lpr')).json()) as { own: unknown[] }).own;
  const capRate = async (who: SessionBrowser, caseId: string) => {
    const response = await who.call(`/api/cases/${caseId}/analysis`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { debts: { cap: { rate: number } }[] }).debts[0]?.cap.rate;
  };
  const newCase = async (who: SessionBrowser) => {
    const response = await who.send('POST', '/api/cases', { title: 'LPR', caseFile: CASE_FILE });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const app = createApp({ database, config, lpr: createLprTable(), version: 'test' });
    client = sessionBrowser(app, '203.0.113.31');
    other = sessionBrowser(app, '198.51.100.32');
    advisor = sessionBrowser(app, '192.0.2.33');
    for (const [who, name] of [
      [client, 'client'],
      [other, 'other'],
    ] as const) {
      const credentials = { email: email(name), password: PASSWORD };
      expect((await who.send('POST', '/api/auth/signup', credentials)).status).toBe(202);
      expect((await who.send('POST', '/api/auth/login', credentials)).status).toBe(200);
    }
    await createAdvisor(database.db, email('advisor'), PASSWORD);
    const login = { email: email('advisor'), password: PASSWORD };
    expect((await advisor.send('POST', '/api/auth/login', login)).status).toBe(200);
    clientCase = await newCase(client);
    otherCase = await newCase(other);
    const assigned = await client.send('POST', `/api/cases/${clientCase}/advisors`, {
      email: email('advisor'),
    });
    expect(assigned.ok).toBe(true);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('keeps each user’s quotations to them, and computes each case with its owner’s', async () => {
    const added = await client.send('POST', '/api/lpr/quotations', {
      date: '2026-02-20',
      lpr1y: '2.80',
      lpr5y: '3.30',
    });
    expect(added.status).toBe(201);
    expect(await own(client)).toEqual([QUOTATION]);
    expect(await own(other)).toEqual([]);
    expect(await own(advisor)).toEqual([]);
    expect(await capRate(client, clientCase)).toBe(0.112);
    expect(await capRate(other, otherCase)).toBe(0.12);
    // The advisor reads the client's case as the client does, and may read which quotations it uses.
    expect(await capRate(advisor, clientCase)).toBe(0.112);
    expect(await (await advisor.call(`/api/cases/${clientCase}/lpr`)).json()).toEqual({ own: [QUOTATION] });
    // Someone else's case and its quotations: the same 404 as a case that does not exist.
    expect((await other.call(`/api/cases/${clientCase}/lpr`)).status).toBe(404);
    // Another user's delete of that date finds none of theirs; the client's stays.
    expect((await other.call('/api/lpr/quotations/2026-02-20', { method: 'DELETE' })).status).toBe(404);
    expect(await own(client)).toEqual([QUOTATION]);
    // The advisor's own quotation changes neither the client's case nor what the client sees.
    const advisors = await advisor.send('POST', '/api/lpr/quotations', {
      date: '2026-02-20',
      lpr1y: '2.50',
      lpr5y: '3.00',
    });
    expect(advisors.status).toBe(201);
    expect(await capRate(advisor, clientCase)).toBe(0.112);
    expect(await own(client)).toEqual([QUOTATION]);
  });

  it('asks for a session', async () => {
    const anonymous = sessionBrowser(
      createApp({ database, config, lpr: createLprTable(), version: 'test' }),
      '192.0.2.9',
    );
    expect((await anonymous.call('/api/lpr')).status).toBe(401);
    expect(
      (
        await anonymous.send('POST', '/api/lpr/quotations', {
          date: '2026-02-20',
          lpr1y: '2.80',
          lpr5y: '3.30',
        })
      ).status,
    ).toBe(401);
  });

  it('keeps at most the limit of quotations a user; one of a date already there still replaces it', async () => {
    let day = date('2020-01-01');
    for (let n = await own(other).then((list) => list.length); n < MAX_OWN_LPR_QUOTATIONS; n++) {
      const response = await other.send('POST', '/api/lpr/quotations', {
        date: day,
        lpr1y: '3.00',
        lpr5y: '3.50',
      });
      expect(response.status).toBe(201);
      day = addDays(day, 1);
    }
    const refused = await other.send('POST', '/api/lpr/quotations', {
      date: day,
      lpr1y: '3.00',
      lpr5y: '3.50',
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'lpr_limit_reached',
      params: { limit: MAX_OWN_LPR_QUOTATIONS },
      message: `你已添加 ${MAX_OWN_LPR_QUOTATIONS} 条LPR报价，达到上限；可以先删除不再需要的报价`,
      issues: [],
    });
    const replaced = await other.send('POST', '/api/lpr/quotations', {
      date: '2020-01-01',
      lpr1y: '3.10',
      lpr5y: '3.50',
    });
    expect(replaced.status).toBe(201);
  });

  it('“delete everything” deletes the user’s quotations and nobody else’s', async () => {
    expect((await client.call('/api/data', { method: 'DELETE' })).status).toBe(204);
    const [row] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, email('client')));
    const left = await database.db
      .select({ date: lprQuotations.quotedOn })
      .from(lprQuotations)
      .where(eq(lprQuotations.ownerId, row?.id ?? ''));
    expect(left).toEqual([]);
    expect(await own(client)).toEqual([]);
    expect(await own(advisor)).toHaveLength(1);
    expect(await own(other)).toHaveLength(MAX_OWN_LPR_QUOTATIONS);
  });
});
