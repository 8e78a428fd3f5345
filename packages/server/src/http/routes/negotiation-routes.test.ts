import { describe, expect, it } from 'vitest';
import { currentIfMatch } from '../../test-support/if-match.js';
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
    title: '协商',
    caseFile: { version: 1, asOf: '2026-11-20', debts: [debt('a'), debt('b')] },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const move = (caseId: string, debtId: string, state: string, note?: string) =>
  call('POST', `/api/cases/${caseId}/debts/${debtId}/negotiation`, { state, ...(note ? { note } : {}) });

interface DebtNegotiation {
  debtId: string;
  state: string;
  history: { state: string; note: string | null; at: string }[];
}

describe('negotiation routes', () => {
  it('starts every debt at not_started and records moves with notes and times', async () => {
    const caseId = await newCase();
    const before = await call('GET', `/api/cases/${caseId}/negotiation`);
    expect(await before.json()).toEqual({
      negotiation: [
        { debtId: 'a', state: 'not_started', history: [] },
        { debtId: 'b', state: 'not_started', history: [] },
      ],
    });

    const first = await move(caseId, 'a', 'contacted', '客服电话 95188，工号 1024');
    expect(first.status).toBe(201);
    const second = await move(caseId, 'a', 'agreed_written');
    expect(second.status).toBe(201);
    const body = (await second.json()) as DebtNegotiation;
    expect(body).toMatchObject({
      debtId: 'a',
      state: 'agreed_written',
      history: [
        { state: 'contacted', note: '客服电话 95188，工号 1024' },
        { state: 'agreed_written', note: null },
      ],
    });
    const [at1, at2] = body.history.map((event) => event.at);
    expect(at1).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    // Strictly later, even within the same millisecond.
    expect((at2 ?? '') > (at1 ?? '')).toBe(true);

    const list = (await (await call('GET', `/api/cases/${caseId}/negotiation`)).json()) as {
      negotiation: DebtNegotiation[];
    };
    expect(list.negotiation.map((entry) => [entry.debtId, entry.state, entry.history.length])).toEqual([
      ['a', 'agreed_written', 2],
      ['b', 'not_started', 0],
    ]);
  });

  it('refuses a move the current state does not allow with 409, naming both states', async () => {
    const caseId = await newCase();
    await move(caseId, 'a', 'settled');
    const response = await move(caseId, 'a', 'offer_sent');
    expect(response.status).toBe(409);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid_transition');
    expect(error.message).toBe(
      '不能从「已结清」改为「已提出方案」，现在可以改为：已拿到结清证明、已核对征信、协议中断、协商失败',
    );
    const english = await call(
      'POST',
      `/api/cases/${caseId}/debts/a/negotiation`,
      { state: 'offer_sent' },
      {
        'accept-language': 'en-GB,en;q=0.9',
      },
    );
    expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
      'cannot move from "settled" to "offer sent"; possible now: settlement certificate received, credit report checked, agreement broken, negotiation failed',
    );
    // Nothing was written.
    const list = (await (await call('GET', `/api/cases/${caseId}/negotiation`)).json()) as {
      negotiation: DebtNegotiation[];
    };
    expect(list.negotiation[0]?.history.map((event) => event.state)).toEqual(['settled']);
  });

  it('restarts after a broken agreement', async () => {
    const caseId = await newCase();
    for (const state of ['agreed_written', 'paying', 'broken', 'offer_sent']) {
      expect((await move(caseId, 'b', state)).status).toBe(201);
    }
    expect((await move(caseId, 'b', 'broken')).status).toBe(201);
    expect((await move(caseId, 'b', 'paying')).status).toBe(409);
  });

  it('refuses moving to not_started or to the same state', async () => {
    const caseId = await newCase();
    expect((await move(caseId, 'a', 'not_started')).status).toBe(409);
    await move(caseId, 'a', 'contacted');
    expect((await move(caseId, 'a', 'contacted')).status).toBe(409);
  });

  it('validates the body field by field', async () => {
    const caseId = await newCase();
    const response = await call('POST', `/api/cases/${caseId}/debts/a/negotiation`, {
      state: 'done',
      note: '',
      extra: 1,
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['', 'note', 'state']);
  });

  it('answers 404 for a debt or case that is not there', async () => {
    const caseId = await newCase();
    expect((await move(caseId, 'nope', 'contacted')).status).toBe(404);
    expect((await move('00000000-0000-4000-8000-00000000abcd', 'a', 'contacted')).status).toBe(404);
    expect((await move('not-a-uuid', 'a', 'contacted')).status).toBe(404);
    expect((await call('GET', '/api/cases/00000000-0000-4000-8000-00000000abcd/negotiation')).status).toBe(
      404,
    );
  });

  it('forgets a debt history when the debt is removed from the case', async () => {
    const caseId = await newCase();
    await move(caseId, 'b', 'contacted');
    const put = await call(
      'PUT',
      `/api/cases/${caseId}`,
      { title: '协商', caseFile: { version: 1, asOf: '2026-11-20', debts: [debt('a')] } },
      await currentIfMatch((path) => call('GET', path), caseId),
    );
    expect(put.status).toBe(200);
    const list = (await (await call('GET', `/api/cases/${caseId}/negotiation`)).json()) as {
      negotiation: DebtNegotiation[];
    };
    expect(list.negotiation).toEqual([{ debtId: 'a', state: 'not_started', history: [] }]);
  });
});
