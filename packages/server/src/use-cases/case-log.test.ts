import { agreementSchema, date, type NegotiationState } from '@shangan/core';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '../db/open-database.js';
import { LOCAL_ACTOR } from '../repositories/actor.js';
import { ensureLocalUser } from '../repositories/local-user.js';
import { createCase, exportCase, importArchive } from '../test-support/case-calls.js';
import { openTestPglite } from '../test-support/test-database.js';
import { listAgreements, recordAgreement, setInstalmentPaid } from './agreement-use-cases.js';
import { listCases } from './case-use-cases.js';
import { listNegotiation, moveNegotiation } from './negotiation-use-cases.js';

let database: OpenDatabase;
let db: Database;
const actor = LOCAL_ACTOR;

beforeAll(async () => {
  database = await openTestPglite();
  db = database.db;
  await ensureLocalUser(db);
});
afterAll(() => database.close());

const debt = (id: string) => ({
  id,
  lender: `贷款${id}`,
  lenderType: 'microloan',
  contractDate: '2025-01-10',
  principal: '10000',
});
const CASE_FILE = { version: 1, asOf: '2026-11-20', debts: [debt('x'), debt('a')] };

/** A case with history on both debts (x listed first), two agreements for `a`, one instalment paid. */
async function caseWithHistory(): Promise<string> {
  const id = await createCase(db, actor, '日志', CASE_FILE);
  const move = async (debtId: string, state: NegotiationState, note?: string) => {
    await moveNegotiation(db, actor, id, debtId, { state, note });
  };
  await move('a', 'contacted', '第一次打客服电话');
  await move('x', 'offer_sent');
  await move('a', 'agreed_written', '签了电子协议, 见 APP');
  await move('a', 'broken');
  await move('a', 'offer_sent', '重新提出方案');
  const agreement = (total: string, instalments: [dueOn: string, amount: string][]) =>
    agreementSchema.parse({
      signedOn: '2026-11-20',
      total,
      terms: { waived: '500', notes: '备注', certificateDays: 20 },
      instalments: instalments.map(([dueOn, amount]) => ({ dueOn, amount })),
    });
  await recordAgreement(db, actor, id, 'a', agreement('1000', [['2026-12-01', '1000']]));
  const second = await recordAgreement(
    db,
    actor,
    id,
    'a',
    agreement('800', [
      ['2026-12-15', '400'],
      ['2027-01-15', '400'],
    ]),
  );
  await setInstalmentPaid(db, actor, id, second.id, '1', date('2026-12-14'));
  await recordAgreement(db, actor, id, 'x', agreement('300', [['2026-12-20', '300']]));
  return id;
}

const entry = (zip: Uint8Array, name: string) => strFromU8(unzipSync(zip)[name] ?? new Uint8Array());

describe('log.json in an export', () => {
  it('holds the negotiation history and agreements in a fixed order, without ids', async () => {
    const id = await caseWithHistory();
    const log = JSON.parse(entry(await exportCase(db, actor, id, false), 'log.json'));
    expect(
      log.negotiation.map((event: { debtId: string; state: string }) => `${event.debtId}:${event.state}`),
    ).toEqual(['x:offer_sent', 'a:contacted', 'a:agreed_written', 'a:broken', 'a:offer_sent']);
    expect(log.negotiation[2]).toEqual({
      debtId: 'a',
      state: 'agreed_written',
      note: '签了电子协议, 见 APP',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
    });
    expect(
      log.agreements.map(
        (agreement: { debtId: string; total: string }) => `${agreement.debtId}:${agreement.total}`,
      ),
    ).toEqual(['x:300.00', 'a:1000.00', 'a:800.00']);
    expect(log.agreements[2]).toEqual({
      debtId: 'a',
      signedOn: '2026-11-20',
      total: '800.00',
      terms: { waived: '500.00', notes: '备注', certificateDays: 20, graceDays: 0 },
      createdAt: expect.any(String),
      instalments: [
        { seq: 1, dueOn: '2026-12-15', amount: '400.00', paidOn: '2026-12-14' },
        { seq: 2, dueOn: '2027-01-15', amount: '400.00', paidOn: null },
      ],
    });
    expect(JSON.stringify(log)).not.toMatch(/"id"/);
  });

  it('exports, imports and exports again to the same bytes, with the original times', async () => {
    const id = await caseWithHistory();
    const first = await exportCase(db, actor, id, true);
    const imported = await importArchive(db, actor, first);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    const second = await exportCase(db, actor, imported.id, true);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

    const strip = <T extends { id?: string }>(items: T[]) => items.map(({ id: _id, ...rest }) => rest);
    expect(await listNegotiation(db, actor, imported.id)).toEqual(await listNegotiation(db, actor, id));
    expect(strip(await listAgreements(db, actor, imported.id))).toEqual(
      strip(await listAgreements(db, actor, id)),
    );
  });

  it('imports an older export without log.json: no history, the state read from the agreements in the case file', async () => {
    const id = await caseWithHistory();
    const entries = unzipSync(await exportCase(db, actor, id, true));
    delete entries['log.json'];
    const imported = await importArchive(db, actor, zipSync(entries));
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    // ADR 0028: the agreements travel in case.json, so the state moves by itself from them —
    // x's agreement is unpaid, a's first instalment is paid — even with no log to replay.
    expect(
      (await listNegotiation(db, actor, imported.id)).map((entry) => `${entry.debtId}:${entry.state}`),
    ).toEqual(['x:agreed_written', 'a:paying']);
    expect(await listAgreements(db, actor, imported.id)).toEqual([]);
  });

  it('refuses a damaged log.json, naming the field, and creates no case', async () => {
    const id = await caseWithHistory();
    const entries = unzipSync(await exportCase(db, actor, id, true));
    const log = JSON.parse(strFromU8(entries['log.json'] as Uint8Array));
    const casesBefore = (await listCases(db, actor)).length;
    const damaged: [unknown, string][] = [
      [{ ...log, negotiation: [{ ...log.negotiation[0], state: 'done' }] }, 'log.json: negotiation[0].state'],
      [
        { ...log, negotiation: [{ ...log.negotiation[0], debtId: 'ghost' }] },
        'log.json: negotiation[0].debtId',
      ],
      [{ ...log, negotiation: [{ ...log.negotiation[0], at: 'yesterday' }] }, 'log.json: negotiation[0].at'],
      [
        { ...log, agreements: [{ ...log.agreements[0], total: '1.00' }] },
        'log.json: agreements[0].instalments',
      ],
      [
        {
          ...log,
          agreements: [
            { ...log.agreements[0], instalments: [{ ...log.agreements[0].instalments[0], seq: 2 }] },
          ],
        },
        'log.json: agreements[0].instalments[0].seq',
      ],
      ['not an object', 'log.json'],
      [
        { ...log, negotiation: [{ ...log.negotiation[0], note: 'a\u0000b' }] },
        'log.json: negotiation[0].note',
      ],
    ];
    for (const [value, path] of damaged) {
      const zip = zipSync({ ...entries, 'log.json': strToU8(JSON.stringify(value)) });
      const result = await importArchive(db, actor, zip);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(path);
    }
    expect((await listCases(db, actor)).length).toBe(casesBefore);
  });
});
