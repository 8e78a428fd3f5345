import { describe, expect, it } from 'vitest';
import { type CaseFileInput, caseFileSchema } from '../case/case-schema.js';
import { type CalendarDate, date } from '../dates/calendar-date.js';
import type { NegotiationState } from '../negotiation/negotiation-states.js';
import {
  CREDIT_REPORT_CHECK_DAYS,
  deriveReminders,
  type Reminder,
  type ReminderNegotiation,
} from './derive-reminders.js';

type DebtInput = CaseFileInput['debts'][number];

function caseFile(debts: Partial<DebtInput>[]) {
  return caseFileSchema.parse({
    version: 1,
    asOf: '2026-11-21',
    debts: debts.map((debt, i) => ({
      id: `d${i + 1}`,
      lender: `测试${i + 1}`,
      lenderType: 'microloan',
      contractDate: '2025-01-10',
      principal: '10000',
      ...debt,
    })),
  });
}

const yuan = (amount: number) => (amount / 100).toFixed(2);

/** A debt's agreement (amounts in fen) and a payment of each instalment on the day given. */
function agreed(
  instalments: [dueOn: string, amount: number, paidOn?: string][],
  certificateDays = 15,
): Partial<DebtInput> {
  return {
    agreement: {
      total: yuan(instalments.reduce((sum, [, amount]) => sum + amount, 0)),
      terms: { certificateDays },
      instalments: instalments.map(([dueOn, amount]) => ({ dueOn, amount: yuan(amount) })),
    },
    payments: instalments.flatMap(([, amount, paidOn]) =>
      paidOn === undefined ? [] : [{ date: paidOn, amount: yuan(amount) }],
    ),
  };
}

function history(debtId: string, events: [NegotiationState, string][]): ReminderNegotiation {
  return { debtId, events: events.map(([state, on]) => ({ state, on: date(on) })) };
}

const brief = (reminders: Reminder[]) => reminders.map((r) => `${r.date} ${r.kind} ${r.debtId}`);

describe('deriveReminders', () => {
  it("lists each debt's agreed instalments its payments do not cover yet", () => {
    const reminders = deriveReminders({
      caseFile: caseFile([
        agreed([
          ['2026-12-15', 30_000, '2026-12-14'],
          ['2027-01-15', 30_000],
        ]),
        agreed([['2026-12-20', 120_000]]),
      ]),
      negotiation: [],
    });
    expect(brief(reminders)).toEqual(['2026-12-20 instalment_due d2', '2027-01-15 instalment_due d1']);
    expect(reminders[1]?.title).toBe('还款：测试1 第2/2期 300.00 元');
    expect(reminders[1]?.detail).toContain('总额 600.00 元，共 2 期');
  });

  it('drops unpaid instalments once the debt is recorded as settled', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([agreed([['2026-12-10', 50_000]])]),
      negotiation: [history('d1', [['settled', '2026-12-01']])],
    });
    expect(reminders.some((r) => r.kind === 'instalment_due')).toBe(false);
  });

  it('gives the payment-order objection deadline, 15 days after receipt', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([{ status: 'payment_order', paymentOrderReceived: '2026-11-16' }]),
      negotiation: [],
    });
    expect(brief(reminders)).toEqual(['2026-12-01 payment_order_objection d1']);
    expect(reminders[0]?.detail).toContain('2026年12月1日前');
  });

  it('chases the certificate after the last instalment is paid, then the credit report', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([
        agreed(
          [
            ['2026-12-10', 50_000, '2026-12-09'],
            ['2027-01-10', 50_000, '2027-01-05'],
          ],
          10,
        ),
      ]),
      negotiation: [history('d1', [['paying', '2026-12-09']])],
    });
    expect(brief(reminders)).toEqual([
      '2027-01-15 certificate_follow_up d1',
      `2027-02-04 credit_report_check d1`,
    ]);
    expect(reminders[0]?.detail).toContain('10天内');
    expect(reminders[1]?.title).toContain('参考');
  });

  it('counts from the settled state when there is no agreement, with the default 15 days', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([{}]),
      negotiation: [
        history('d1', [
          ['contacted', '2026-11-01'],
          ['settled', '2026-11-20'],
        ]),
      ],
    });
    expect(brief(reminders)).toEqual([
      '2026-12-05 certificate_follow_up d1',
      '2026-12-20 credit_report_check d1',
    ]);
  });

  it('takes whichever came first: the last payment or the settled state', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([agreed([['2026-11-30', 50_000, '2026-11-28']])]),
      negotiation: [history('d1', [['settled', '2026-12-03']])],
    });
    expect(reminders.find((r) => r.kind === 'certificate_follow_up')?.date).toBe('2026-12-13');
  });

  it('with the certificate in hand, only the credit check is left, counted from the certificate', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([{}]),
      negotiation: [
        history('d1', [
          ['settled', '2026-11-20'],
          ['certificate_received', '2026-12-02'],
        ]),
      ],
    });
    expect(brief(reminders)).toEqual([`2027-01-01 credit_report_check d1`]);
    expect(reminders[0]?.detail).toContain(`${CREDIT_REPORT_CHECK_DAYS}天只是参考`);
  });

  it('has nothing left to chase once the credit report is checked, or the agreement broke', () => {
    for (const last of ['credit_checked', 'broken', 'failed'] as const) {
      const reminders = deriveReminders({
        caseFile: caseFile([agreed([['2026-11-30', 50_000, '2026-11-28']])]),
        negotiation: [
          history('d1', [
            ['settled', '2026-11-28'],
            [last, '2027-01-10'],
          ]),
        ],
      });
      expect(reminders.filter((r) => r.kind !== 'instalment_due')).toEqual([]);
    }
  });

  it('turns contact follow-ups into reminders, with what each side promised', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([
        {
          contacts: [
            {
              at: '2026-11-18T10:05',
              channel: 'phone',
              direction: 'incoming',
              theyPromised: '申请减免罚息',
              iPromised: '周五前发送困难证明',
              followUp: '2026-11-25',
            },
            { at: '2026-11-19T09:00', channel: 'sms', direction: 'incoming' },
          ],
        },
      ]),
      negotiation: [],
    });
    expect(reminders).toEqual([
      {
        date: '2026-11-25',
        kind: 'contact_follow_up',
        debtId: 'd1',
        title: '跟进：测试1',
        detail:
          '2026年11月18日 10:05 的电话联系约定在这天跟进。\n对方承诺：申请减免罚息\n我承诺：周五前发送困难证明',
      },
    ]);
  });

  it('sorts by date, then legal deadlines before money, then debt order', () => {
    const reminders = deriveReminders({
      caseFile: caseFile([
        agreed([['2026-12-01', 10_000]]),
        { status: 'payment_order', paymentOrderReceived: '2026-11-16', ...agreed([['2026-12-01', 10_000]]) },
      ]),
      negotiation: [],
    });
    expect(brief(reminders)).toEqual([
      '2026-12-01 payment_order_objection d2',
      '2026-12-01 instalment_due d1',
      '2026-12-01 instalment_due d2',
    ]);
    const dates = reminders.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates satisfies CalendarDate[]);
  });
});
