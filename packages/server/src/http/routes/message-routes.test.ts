import { describe, expect, it } from 'vitest';
import { useLocalApp } from '../../test-support/local-app.js';

const { call } = useLocalApp();

const PASTED = [
  '【某小贷】您的借款已逾期35天，欠款3,280.00元，今天18点前不处理将联系您的紧急联系人和单位。回电4001234567',
  '【某小贷】催收专员工号A1024：再不还款就上门拜访，并通知你的家人。',
  '【某银行】您的验证码为123456，5分钟内有效。',
].join('\n\n');

async function newCase(): Promise<string> {
  const response = await call('POST', '/api/cases', {
    title: '催收消息',
    caseFile: {
      version: 1,
      asOf: '2026-11-20',
      debts: [
        {
          id: 'xd',
          lender: '某小贷',
          lenderType: 'microloan',
          contractDate: '2025-01-10',
          principal: '10000',
        },
      ],
    },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

interface Read {
  drafts: {
    link: { debtId: string | null };
    contact: { theySaid: string; sha256: string; flags: string[] };
  }[];
  skipped: { kind: string }[];
}

describe('message routes', () => {
  it('reads pasted messages against the case without writing, then logs the confirmed drafts', async () => {
    const caseId = await newCase();
    const read = await call('POST', `/api/cases/${caseId}/messages/read`, {
      text: PASTED,
      today: '2026-11-21',
    });
    expect(read.status).toBe(200);
    const body = (await read.json()) as Read;
    // Two collection messages become drafts linked to the debt by the lender's name; the code is skipped.
    expect(body.drafts).toHaveLength(2);
    expect(body.drafts.every((draft) => draft.link.debtId === 'xd')).toBe(true);
    expect(body.skipped).toHaveLength(1);
    expect(body.drafts[0]?.contact.flags).toContain('third_party');
    expect(body.drafts[0]?.contact.sha256).toMatch(/^[0-9a-f]{64}$/);
    const before = (await (await call('GET', `/api/cases/${caseId}/contacts`)).json()) as {
      contacts: unknown[];
    };
    expect(before.contacts).toHaveLength(0);

    const logged = await call('POST', `/api/cases/${caseId}/messages/log`, {
      entries: body.drafts.map((draft) => ({ debtId: 'xd', contact: draft.contact })),
    });
    expect(logged.status).toBe(201);
    const after = (await (await call('GET', `/api/cases/${caseId}/contacts`)).json()) as {
      contacts: { contact: { theySaid: string; sha256: string } }[];
    };
    expect(after.contacts.map((c) => c.contact.theySaid).sort()).toEqual(
      body.drafts.map((d) => d.contact.theySaid).sort(),
    );
    // Read again: the same texts are now marked as already logged.
    const again = (await (
      await call('POST', `/api/cases/${caseId}/messages/read`, { text: PASTED, today: '2026-11-21' })
    ).json()) as { drafts: { alreadyLogged: boolean }[] };
    expect(again.drafts.every((draft) => draft.alreadyLogged)).toBe(true);
  });

  it('logs all or nothing: an unknown debt in one entry writes none, naming it', async () => {
    const caseId = await newCase();
    const contact = { at: '2026-11-20T10:00', channel: 'sms', direction: 'incoming', theySaid: '还钱' };
    const response = await call('POST', `/api/cases/${caseId}/messages/log`, {
      entries: [
        { debtId: 'xd', contact },
        { debtId: 'nope', contact },
      ],
    });
    expect(response.status).toBe(404);
    const list = (await (await call('GET', `/api/cases/${caseId}/contacts`)).json()) as {
      contacts: unknown[];
    };
    expect(list.contacts).toHaveLength(0);
  });

  it('names the field of bad input: an empty paste, a bad date, a bad hash', async () => {
    const caseId = await newCase();
    const empty = await call('POST', `/api/cases/${caseId}/messages/read`, {
      text: '  ',
      today: '2026-11-21',
    });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toContain('no_messages');
    const badDate = await call('POST', `/api/cases/${caseId}/messages/read`, {
      text: 'x',
      today: '2026-13-01',
    });
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(await badDate.json())).toContain('today');
    const badHash = await call('POST', `/api/cases/${caseId}/messages/log`, {
      entries: [
        {
          debtId: 'xd',
          contact: { at: '2026-11-20T10:00', channel: 'sms', direction: 'incoming', sha256: 'abc' },
        },
      ],
    });
    expect(badHash.status).toBe(400);
    expect(JSON.stringify(await badHash.json())).toContain('invalid_sha256');
  });
});
