import { addDays } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { chinaDate } from '../../repositories/china-date.js';
import { useLocalApp } from '../../test-support/local-app.js';

const { call } = useLocalApp();

const CASE_FILE = {
  version: 1,
  asOf: '2026-11-20',
  debts: [
    {
      id: 'court',
      lender: '某小贷公司',
      lenderType: 'microloan',
      contractDate: '2025-01-10',
      principal: '10000',
      status: 'payment_order',
      paymentOrderReceived: '2026-11-18',
      contacts: [
        {
          at: '2026-11-19T10:05',
          channel: 'phone',
          direction: 'outgoing',
          theyPromised: '三个工作日内回复, 是否减免',
          followUp: '2026-11-24',
        },
      ],
    },
    {
      id: 'bank',
      lender: '某银行信用卡',
      lenderType: 'credit_card',
      contractDate: '2024-03-01',
      principal: '20000',
    },
  ],
};

interface Reminder {
  date: string;
  kind: string;
  debtId: string;
  title: string;
  detail: string;
}

async function newCase(): Promise<string> {
  const response = await call('POST', '/api/cases', { title: '提醒测试', caseFile: CASE_FILE });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function reminders(caseId: string): Promise<Reminder[]> {
  const response = await call('GET', `/api/cases/${caseId}/reminders`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { reminders: Reminder[] }).reminders;
}

const brief = (list: Reminder[]) => list.map((r) => `${r.date} ${r.kind} ${r.debtId}`);

describe('reminder routes', () => {
  it('derives reminders from the case file, the agreements and the negotiation', async () => {
    const caseId = await newCase();
    expect(brief(await reminders(caseId))).toEqual([
      '2026-11-24 contact_follow_up court',
      '2026-12-03 payment_order_objection court',
    ]);

    const created = await call('POST', `/api/cases/${caseId}/debts/bank/agreements`, {
      total: '2000',
      terms: { certificateDays: 10 },
      instalments: [
        { dueOn: '2026-12-05', amount: '1000' },
        { dueOn: '2027-01-05', amount: '1000' },
      ],
    });
    const { id } = (await created.json()) as { id: string };
    expect(brief(await reminders(caseId))).toEqual([
      '2026-11-24 contact_follow_up court',
      '2026-12-03 payment_order_objection court',
      '2026-12-05 instalment_due bank',
      '2027-01-05 instalment_due bank',
    ]);

    for (const seq of [1, 2]) {
      await call('POST', `/api/cases/${caseId}/agreements/${id}/instalments/${seq}/paid`, {
        paidOn: `2026-12-0${seq}`,
      });
    }
    expect(brief(await reminders(caseId)).slice(2)).toEqual([
      '2026-12-12 certificate_follow_up bank',
      '2027-01-01 credit_report_check bank',
    ]);

    const moved = await call('POST', `/api/cases/${caseId}/debts/bank/negotiation`, {
      state: 'certificate_received',
    });
    const { history } = (await moved.json()) as { history: { at: string }[] };
    const received = chinaDate(history[0]?.at ?? '');
    expect(brief(await reminders(caseId)).slice(2)).toEqual([
      `${addDays(received, 30)} credit_report_check bank`,
    ]);
  });

  it('serves the reminders as an iCalendar file with the details when asked; the same events each time', async () => {
    const caseId = await newCase();
    const response = await call('GET', `/api/cases/${caseId}/calendar.ics?discreet=false`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Shangan//zh-CN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).byteLength).toBeLessThanOrEqual(75);

    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261204\r\n');
    expect(unfolded).toContain(`UID:${caseId}-payment_order_objection-court-20261203@shangan\r\n`);
    expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(unfolded).toContain('TRIGGER;RELATED=START:-P2DT15H\r\n');
    expect(unfolded).toContain('SUMMARY:支付令异议截止：某小贷公司\r\n');
    // The contact's promise, with its comma escaped, on the second line of the description.
    expect(unfolded).toContain('\\n对方承诺：三个工作日内回复\\, 是否减免\r\n');

    // Only DTSTAMP (when the file was made) may differ: the same UIDs update the same events.
    const again = await (await call('GET', `/api/cases/${caseId}/calendar.ics?discreet=false`)).text();
    const withoutStamp = (ics: string) => ics.replace(/DTSTAMP:\S+/g, '');
    expect(withoutStamp(again)).toBe(withoutStamp(text));
  });

  it('is discreet by default: no lender name or amount on a lock screen', async () => {
    const caseId = await newCase();
    const text = await (await call('GET', `/api/cases/${caseId}/calendar.ics`)).text();
    expect(text).toContain('SUMMARY:上岸：1项待办');
    expect(text).not.toContain('某小贷公司');
    expect((await call('GET', `/api/cases/${caseId}/calendar.ics?discreet=maybe`)).status).toBe(400);
  });

  it('answers 404 for a case that is not there', async () => {
    const missing = '00000000-0000-4000-8000-00000000abcd';
    expect((await call('GET', `/api/cases/${missing}/reminders`)).status).toBe(404);
    expect((await call('GET', `/api/cases/${missing}/calendar.ics`)).status).toBe(404);
  });
});
