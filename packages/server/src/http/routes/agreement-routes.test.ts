import { describe, expect, it } from 'vitest';
import { useLocalApp } from '../../test-support/local-app.js';

const { call } = useLocalApp();

const debt = (id: string) => ({
  id,
  lender: `贷款${id}`,
  lenderType: 'microloan',
  contractDate: '2025-01-10',
  principal: '10000',
});

async function newCase(): Promise<string> {
  const response = await call('POST', '/api/cases', {
    title: '协议',
    caseFile: { version: 1, asOf: '2026-11-20', debts: [debt('a'), debt('b')] },
  });
  return ((await response.json()) as { id: string }).id;
}

const AGREEMENT = {
  signedOn: '2026-11-20',
  total: '3000.01',
  terms: { waived: '1,200.5', notes: '减免全部罚息，结清后出具结清证明' },
  instalments: [
    { dueOn: '2026-12-10', amount: '1000' },
    { dueOn: '2027-01-10', amount: 1000.01 },
    { dueOn: '2027-02-10', amount: '1000' },
  ],
};

interface AgreementJson {
  id: string;
  debtId: string;
  total: string;
  paid: string;
  remaining: string;
  instalments: { seq: number; dueOn: string; amount: string; paidOn: string | null }[];
}

async function issuesOf(response: Response) {
  expect(response.status).toBe(400);
  return ((await response.json()) as { error: { issues: { path: string; code: string; message: string }[] } })
    .error.issues;
}

describe('agreement routes', () => {
  it('stores an agreement and lists it with money as yuan strings', async () => {
    const caseId = await newCase();
    const created = await call('POST', `/api/cases/${caseId}/debts/a/agreements`, AGREEMENT);
    expect(created.status).toBe(201);
    const stored = (await created.json()) as AgreementJson;
    expect(stored).toMatchObject({
      debtId: 'a',
      signedOn: '2026-11-20',
      total: '3000.01',
      terms: { waived: '1200.50', notes: '减免全部罚息，结清后出具结清证明', certificateDays: 15 },
      instalments: [
        { seq: 1, dueOn: '2026-12-10', amount: '1000.00', paidOn: null },
        { seq: 2, dueOn: '2027-01-10', amount: '1000.01', paidOn: null },
        { seq: 3, dueOn: '2027-02-10', amount: '1000.00', paidOn: null },
      ],
      paid: '0.00',
      remaining: '3000.01',
    });
    const list = (await (await call('GET', `/api/cases/${caseId}/agreements`)).json()) as {
      agreements: AgreementJson[];
    };
    expect(list.agreements).toEqual([stored]);
  });

  it('requires the instalments to add up to the total exactly', async () => {
    const caseId = await newCase();
    const issues = await issuesOf(
      await call('POST', `/api/cases/${caseId}/debts/a/agreements`, { ...AGREEMENT, total: '3000' }),
    );
    expect(issues).toEqual([
      {
        path: 'instalments',
        code: 'instalments_sum_mismatch',
        params: { sum: 300_001, total: 300_000 },
        message: '各期金额合计 3,000.01 元，与协议总额 3,000.00 元不一致',
      },
    ]);
    expect((await call('GET', `/api/cases/${caseId}/agreements`).then((r) => r.json())) as unknown).toEqual({
      agreements: [],
    });
  });

  it('requires strictly increasing due dates and names every bad field', async () => {
    const caseId = await newCase();
    const issues = await issuesOf(
      await call('POST', `/api/cases/${caseId}/debts/a/agreements`, {
        signedOn: '2026-13-01',
        total: '2000',
        terms: { certificateDays: -1 },
        instalments: [
          { dueOn: '2027-01-10', amount: '1000' },
          { dueOn: '2026-12-10', amount: '1000' },
        ],
      }),
    );
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'instalments[1].dueOn',
      'signedOn',
      'terms.certificateDays',
    ]);
    const money = await issuesOf(
      await call('POST', `/api/cases/${caseId}/debts/a/agreements`, {
        total: 'lots',
        instalments: [{ dueOn: '2026-12-10', amount: '0' }],
      }),
    );
    expect(money).toEqual([
      {
        path: 'total',
        code: 'invalid_amount',
        params: { reason: 'not_a_number' },
        message: expect.stringContaining('不是有效金额'),
      },
      { path: 'instalments[0].amount', code: 'amount_not_positive', params: {}, message: '金额必须大于0' },
    ]);
  });

  it('marks an instalment paid and unmarks it', async () => {
    const caseId = await newCase();
    const { id } = (await (
      await call('POST', `/api/cases/${caseId}/debts/b/agreements`, AGREEMENT)
    ).json()) as AgreementJson;
    const path = `/api/cases/${caseId}/agreements/${id}/instalments/2/paid`;
    const paid = await call('POST', path, { paidOn: '2027-01-09' });
    expect(paid.status).toBe(200);
    const afterPaid = (await paid.json()) as AgreementJson;
    expect(afterPaid.instalments.map((instalment) => instalment.paidOn)).toEqual([null, '2027-01-09', null]);
    expect([afterPaid.paid, afterPaid.remaining]).toEqual(['1000.01', '2000.00']);

    const unpaid = await call('DELETE', path);
    expect(unpaid.status).toBe(200);
    expect(((await unpaid.json()) as AgreementJson).instalments[1]?.paidOn).toBeNull();

    expect(await issuesOf(await call('POST', path, { paidOn: '2027-02-30' }))).toEqual([
      { path: 'paidOn', code: 'invalid_date', params: {}, message: '不是有效日期，格式为 YYYY-MM-DD' },
    ]);
  });

  it('answers 404 for ids outside the case', async () => {
    const caseId = await newCase();
    const otherCase = await newCase();
    const { id } = (await (
      await call('POST', `/api/cases/${caseId}/debts/a/agreements`, AGREEMENT)
    ).json()) as AgreementJson;
    const paid = (c: string, agreement: string, seq: string) =>
      call('POST', `/api/cases/${c}/agreements/${agreement}/instalments/${seq}/paid`, {
        paidOn: '2026-12-01',
      });
    expect((await paid(otherCase, id, '1')).status).toBe(404);
    expect((await paid(caseId, id, '4')).status).toBe(404);
    expect((await paid(caseId, id, '0')).status).toBe(404);
    expect((await paid(caseId, id, 'one')).status).toBe(404);
    expect((await paid(caseId, 'not-a-uuid', '1')).status).toBe(404);
    expect((await paid('00000000-0000-4000-8000-00000000abcd', id, '1')).status).toBe(404);
    expect((await call('POST', `/api/cases/${caseId}/debts/zzz/agreements`, AGREEMENT)).status).toBe(404);
    expect(
      (await call('GET', `/api/cases/${otherCase}/agreements`).then((r) => r.json())) as unknown,
    ).toEqual({
      agreements: [],
    });
    const { error } = (await (await paid(otherCase, id, '1')).json()) as { error: { code: string } };
    expect(error.code).toBe('not_found');
  });

  it('lists agreements in debt order, oldest first', async () => {
    const caseId = await newCase();
    const post = async (debtId: string, total: string) =>
      (
        (await (
          await call('POST', `/api/cases/${caseId}/debts/${debtId}/agreements`, {
            total,
            instalments: [{ dueOn: '2026-12-01', amount: total }],
          })
        ).json()) as AgreementJson
      ).total;
    await post('b', '1.00');
    await post('a', '2.00');
    await post('a', '3.00');
    const list = (await (await call('GET', `/api/cases/${caseId}/agreements`)).json()) as {
      agreements: AgreementJson[];
    };
    expect(list.agreements.map((agreement) => `${agreement.debtId}:${agreement.total}`)).toEqual([
      'a:2.00',
      'a:3.00',
      'b:1.00',
    ]);
  });
});

describe('agreements in the case file (ADR 0028)', () => {
  interface Progress {
    debts: { debtId: string; state: string; agreement: { paid: string; remaining: string } | null }[];
  }
  const caseFileOf = async (caseId: string) =>
    (
      (await (await call('GET', `/api/cases/${caseId}`)).json()) as {
        caseFile: {
          debts: { id: string; agreement?: unknown; payments?: { date: string; amount: string }[] }[];
        };
      }
    ).caseFile;
  const progressOf = async (caseId: string) =>
    (await (await call('GET', `/api/cases/${caseId}/progress`)).json()) as Progress;

  it('puts a recorded agreement and its paid instalments into the case file the plan and progress read', async () => {
    const caseId = await newCase();
    const { id } = (await (
      await call('POST', `/api/cases/${caseId}/debts/a/agreements`, AGREEMENT)
    ).json()) as {
      id: string;
    };
    const file = await caseFileOf(caseId);
    expect(file.debts[0]?.agreement).toMatchObject({ total: '3000.01', signedOn: '2026-11-20' });
    expect((await progressOf(caseId)).debts[0]).toMatchObject({
      state: 'on_track',
      agreement: { paid: '0.00' },
    });

    const paid = await call('POST', `/api/cases/${caseId}/agreements/${id}/instalments/1/paid`, {
      paidOn: '2026-11-20',
    });
    expect(paid.status).toBe(200);
    expect((await caseFileOf(caseId)).debts[0]?.payments).toEqual([
      { date: '2026-11-20', amount: '1000.00' },
    ]);
    expect((await progressOf(caseId)).debts[0]?.agreement).toMatchObject({
      paid: '1000.00',
      remaining: '2000.01',
    });

    // Marked again on another day: the payment moves, it is not counted twice.
    await call('POST', `/api/cases/${caseId}/agreements/${id}/instalments/1/paid`, { paidOn: '2026-11-21' });
    expect((await caseFileOf(caseId)).debts[0]?.payments).toEqual([
      { date: '2026-11-21', amount: '1000.00' },
    ]);

    await call('DELETE', `/api/cases/${caseId}/agreements/${id}/instalments/1/paid`);
    expect((await caseFileOf(caseId)).debts[0]?.payments).toBeUndefined();
    expect((await progressOf(caseId)).debts[0]?.agreement).toMatchObject({ paid: '0.00' });
  });

  it('moves the negotiation state by itself: agreed_written, then paying, then settled', async () => {
    const caseId = await newCase();
    const stateOf = async () =>
      (
        (await (await call('GET', `/api/cases/${caseId}/negotiation`)).json()) as {
          negotiation: { state: string }[];
        }
      ).negotiation[0]?.state;
    await call('POST', `/api/cases/${caseId}/debts/a/negotiation`, { state: 'offer_sent' });
    const { id } = (await (
      await call('POST', `/api/cases/${caseId}/debts/a/agreements`, AGREEMENT)
    ).json()) as {
      id: string;
    };
    expect(await stateOf()).toBe('agreed_written');
    await call('POST', `/api/cases/${caseId}/agreements/${id}/instalments/1/paid`, { paidOn: '2026-12-09' });
    expect(await stateOf()).toBe('paying');
    for (const seq of [2, 3]) {
      await call('POST', `/api/cases/${caseId}/agreements/${id}/instalments/${seq}/paid`, {
        paidOn: '2027-01-09',
      });
    }
    expect(await stateOf()).toBe('settled');
    // The person's word stands: the lender said the agreement was broken.
    expect((await call('POST', `/api/cases/${caseId}/debts/a/negotiation`, { state: 'broken' })).status).toBe(
      201,
    );
    expect(await stateOf()).toBe('broken');
  });

  it('keeps how each payment was made, and refuses a channel it does not know by its path', async () => {
    const payments = [
      { date: '2026-11-01', amount: '500.00', channel: 'alipay' },
      { date: '2026-11-02', amount: '100.00' },
    ];
    const response = await call('POST', '/api/cases', {
      title: '渠道',
      caseFile: { version: 1, asOf: '2026-11-20', debts: [{ ...debt('a'), payments }] },
    });
    const { id } = (await response.json()) as { id: string };
    expect((await caseFileOf(id)).debts[0]?.payments).toEqual(payments);
    const bad = await call('POST', '/api/cases', {
      title: '渠道',
      caseFile: {
        version: 1,
        asOf: '2026-11-20',
        debts: [{ ...debt('a'), payments: [{ ...payments[0], channel: 'paypal' }] }],
      },
    });
    expect((await issuesOf(bad)).map((issue) => issue.path)).toEqual([
      'caseFile.debts[0].payments[0].channel',
    ]);
  });

  it('refuses an agreement the case file cannot hold, naming the field, and stores nothing', async () => {
    const caseId = await newCase();
    const early = { ...AGREEMENT, signedOn: '2024-01-01' };
    const issues = await issuesOf(await call('POST', `/api/cases/${caseId}/debts/a/agreements`, early));
    expect(issues.map((issue) => issue.path)).toEqual(['debts[0].agreement.signedOn']);
    expect((await caseFileOf(caseId)).debts[0]?.agreement).toBeUndefined();
    const list = (await (await call('GET', `/api/cases/${caseId}/agreements`)).json()) as {
      agreements: unknown[];
    };
    expect(list.agreements).toEqual([]);
  });
});
