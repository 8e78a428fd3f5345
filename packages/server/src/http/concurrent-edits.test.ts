import { createLprTable } from '@shangan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { currentIfMatch, ifMatchOf } from '../test-support/if-match.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

/**
 * Optimistic concurrency (ADR 0022): a case's revision is its ETag, an edit must name it in
 * If-Match, and of two edits made from the same revision exactly one is stored, whole.
 */

type Json = Record<string, unknown>;

const config = readConfig({});
const ownHost = `127.0.0.1:${config.port}`;

/** Pairs of simultaneous edits per database; on main 28–31 of 30–40 such pairs mixed on PostgreSQL. */
const PAIRS = 20;

const debt = (payments: { date: string; amount: string }[]) => ({
  id: 'a',
  lender: '某小贷',
  lenderType: 'microloan',
  contractDate: '2025-01-10',
  principal: '10000',
  payments,
});

/** Two edits of the same case that share no payment: any mix of the two is visible. */
const EDIT_A = {
  title: '甲',
  caseFile: {
    version: 1,
    asOf: '2026-11-20',
    debts: [
      debt([
        { date: '2026-01-10', amount: '100.00' },
        { date: '2026-02-10', amount: '200.00' },
      ]),
    ],
  },
};
const EDIT_B = {
  title: '乙',
  caseFile: {
    version: 1,
    asOf: '2026-11-21',
    debts: [
      debt([
        { date: '2026-03-10', amount: '300.00' },
        { date: '2026-04-10', amount: '400.00' },
        { date: '2026-05-10', amount: '500.00' },
      ]),
    ],
  },
};

describe.each(databaseKinds())('concurrent edits of one case on %s', (kind) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = createApp({ database, config, lpr: createLprTable(), version: 'test', log: () => {} });
  }, 60_000);
  afterAll(() => database.close());

  const call = (path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { host: ownHost, ...(init.headers as Record<string, string>) } });
  const get = (path: string) => call(path);
  const put = (caseId: string, body: unknown, headers: Record<string, string>) =>
    call(`/api/cases/${caseId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string; params?: Json } }).error;

  async function newCase(): Promise<{ id: string; created: Response }> {
    const created = await call('/api/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: '原来',
        caseFile: { version: 1, asOf: '2026-11-19', debts: [debt([])] },
      }),
    });
    expect(created.status).toBe(201);
    return { id: ((await created.clone().json()) as { id: string }).id, created };
  }

  it(`stores exactly one of two simultaneous edits, whole, ${PAIRS} times out of ${PAIRS}`, async () => {
    for (let pair = 0; pair < PAIRS; pair += 1) {
      const { id } = await newCase();
      const ifMatch = await currentIfMatch(get, id);
      const answers = await Promise.all([put(id, EDIT_A, ifMatch), put(id, EDIT_B, ifMatch)]);
      const statuses = answers.map((answer) => answer.status);
      expect([...statuses].sort(), `pair ${pair}`).toEqual([200, 412]);
      const winner = statuses[0] === 200 ? EDIT_A : EDIT_B;
      const refused = answers[statuses[0] === 200 ? 1 : 0] as Response;
      expect(await errorOf(refused)).toMatchObject({
        code: 'precondition_failed',
        params: { currentRevision: 2 },
      });
      const stored = (await (await get(`/api/cases/${id}`)).json()) as { title: string; caseFile: Json };
      expect({ title: stored.title, caseFile: stored.caseFile }, `pair ${pair}`).toEqual(winner);
    }
  }, 120_000);

  it('refuses an edit without If-Match (428) and one from an older revision (412), storing nothing', async () => {
    const { id, created } = await newCase();
    const before = await (await get(`/api/cases/${id}`)).text();

    const missing = await put(id, EDIT_A, {});
    expect(missing.status).toBe(428);
    const required = await errorOf(missing);
    expect(required.code).toBe('precondition_required');
    expect(required.message).toContain('没有保存');
    const blind = await put(id, EDIT_A, { 'if-match': '*' });
    expect(blind.status).toBe(428);

    const first = await put(id, EDIT_A, ifMatchOf(created));
    expect(first.status).toBe(200);
    const afterFirst = await (await get(`/api/cases/${id}`)).text();
    for (const stale of [ifMatchOf(created), { 'if-match': 'W/"r2"' }, { 'if-match': '"r2", "r1"' }]) {
      const refused = await put(id, EDIT_B, stale);
      expect([stale, refused.status]).toEqual([stale, 412]);
      const error = await errorOf(refused);
      expect(error.code).toBe('precondition_failed');
      expect(error.message).toBe(
        '这个案件在别处已被修改（另一个窗口、设备或你的顾问），你的这次修改没有保存，以免覆盖那边的改动；请查看最新内容后再保存一次',
      );
    }
    const english = await put(id, EDIT_B, { ...ifMatchOf(created), 'accept-language': 'en' });
    expect((await errorOf(english)).message).toContain('this case was changed elsewhere');
    // Neither refusal changed anything, and the first edit changed the case.
    expect(await (await get(`/api/cases/${id}`)).text()).toBe(afterFirst);
    expect(afterFirst).not.toBe(before);
  });

  it('tells a refused edit the current revision', async () => {
    const { id, created } = await newCase();
    const first = await put(id, EDIT_A, ifMatchOf(created));
    const second = await put(id, EDIT_B, ifMatchOf(first));
    expect([first.status, second.status]).toEqual([200, 200]);
    const refused = await put(id, EDIT_A, ifMatchOf(created));
    expect(refused.status).toBe(412);
    expect(await errorOf(refused)).toMatchObject({
      code: 'precondition_failed',
      params: { currentRevision: 3 },
    });
  });

  it('sends the revision as a strong ETag that every change of the case file moves', async () => {
    const { id, created } = await newCase();
    const etagOf = async () => (await get(`/api/cases/${id}`)).headers.get('etag');
    expect(created.headers.get('etag')).toBe('"r1"');
    expect(await etagOf()).toBe('"r1"');
    const edited = await put(id, EDIT_A, ifMatchOf(created));
    expect(edited.headers.get('etag')).toBe('"r2"');
    expect(await etagOf()).toBe('"r2"');
    // A logged contact is part of the case file (it may restart limitation): a new revision.
    const contact = await call(`/api/cases/${id}/debts/a/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: '2026-11-03T22:40', channel: 'phone', direction: 'incoming' }),
    });
    expect(contact.status).toBe(201);
    expect(await etagOf()).toBe('"r3"');
    // Reads do not move it, and the headers still keep the case out of every cache.
    const read = await get(`/api/cases/${id}`);
    expect(read.headers.get('etag')).toBe('"r3"');
    expect(read.headers.get('cache-control')).toBe('no-store');
  });

  it('analyses the case again after each revision, not before', async () => {
    const { id, created } = await newCase();
    const totals = async () => {
      const analysis = (await (await get(`/api/cases/${id}/analysis`)).json()) as { totals: Json };
      return JSON.stringify(analysis.totals);
    };
    const original = await totals();
    expect(await totals()).toBe(original);
    const edited = await put(id, EDIT_B, ifMatchOf(created));
    expect(edited.status).toBe(200);
    const afterEdit = await totals();
    expect(afterEdit).not.toBe(original);
    const back = await put(
      id,
      { title: '原来', caseFile: { ...EDIT_A.caseFile, asOf: '2026-11-19' } },
      ifMatchOf(edited),
    );
    expect(back.status).toBe(200);
    expect(await totals()).not.toBe(afterEdit);
  });
});
