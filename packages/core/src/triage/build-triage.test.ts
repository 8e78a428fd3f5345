import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../analysis/analyze-case.js';
import { type CaseFileInput, caseFileSchema, DEBT_STATUSES } from '../case/case-schema.js';
import { date } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import { createLprTable } from '../lpr/lpr-table.js';
import { yuan } from '../money/parse-money.js';
import { buildTriage, PAYMENT_ORDER_OBJECTION_DAYS } from './build-triage.js';
import type { TriageItem, Urgency } from './triage-item.js';

type DebtInput = CaseFileInput['debts'][number];

const lpr = createLprTable();
const AS_OF = '2026-11-21';
const BUDGET = { incomes: [{ name: '工资', monthly: '6000' }], expenses: { housing: '1500', food: '1200' } };

/** Debt d1, d2… with a plain microloan as the default; a budget unless told otherwise. */
function triage(
  debts: Partial<DebtInput>[],
  { asOf = AS_OF, budget = true }: { asOf?: string; budget?: boolean } = {},
): TriageItem[] {
  const caseFile = caseFileSchema.parse({
    version: 1,
    asOf,
    ...(budget ? { budget: BUDGET } : {}),
    debts: debts.map((debt, i) => ({
      id: `d${i + 1}`,
      lender: `测试${i + 1}`,
      lenderType: 'microloan',
      contractDate: '2025-01-10',
      principal: '10000',
      ...debt,
    })),
  });
  return buildTriage(caseFile, analyzeCase(caseFile, lpr));
}

const codes = (items: readonly TriageItem[]) => items.map((item) => `${item.debtId ?? '-'}:${item.code}`);
const only = (items: readonly TriageItem[], code: TriageItem['code']) => {
  const found = items.filter((item) => item.code === code);
  expect(found).toHaveLength(1);
  return found[0] as TriageItem;
};

/** An incoming call at the given local time. */
const call = (at: string, extra: Record<string, unknown> = {}) => ({
  at,
  channel: 'phone' as const,
  direction: 'incoming' as const,
  ...extra,
});

describe('buildTriage: payment order (支付令)', () => {
  it('received 2026-11-15, analysed 2026-11-21: object by 2026-11-30, 9 days left, first in the list', () => {
    const items = triage([
      { status: 'collection', overdueSince: '2026-09-01', contacts: [call('2026-11-20T23:00')] },
      { status: 'payment_order', paymentOrderReceived: '2026-11-15', overdueSince: '2026-10-01' },
    ]);
    expect(items[0]).toEqual({
      code: 'payment_order',
      params: { received: '2026-11-15', deadline: '2026-11-30', daysLeft: 9 },
      debtId: 'd2',
      date: '2026-11-30',
      urgency: 'now',
      basis: 'law',
      citations: ['civil-procedure-payment-order'],
    });
    expect(PAYMENT_ORDER_OBJECTION_DAYS).toBe(15);
  });

  it('deadline passed: daysLeft negative, and the item stays urgent', () => {
    const item = only(
      triage([{ status: 'payment_order', paymentOrderReceived: '2026-11-01' }]),
      'payment_order',
    );
    expect(item.params).toEqual({ received: '2026-11-01', deadline: '2026-11-16', daysLeft: -5 });
    expect(item.urgency).toBe('now');
    expect(item.date).toBe('2026-11-16');
  });

  it('the last day to object: daysLeft 0', () => {
    const item = only(
      triage([{ status: 'payment_order', paymentOrderReceived: '2026-11-06' }]),
      'payment_order',
    );
    expect(item.params).toEqual({ received: '2026-11-06', deadline: '2026-11-21', daysLeft: 0 });
  });

  it('status payment_order without the date received: no deadline to show, still urgent, dated today', () => {
    const item = only(triage([{ status: 'payment_order' }]), 'payment_order');
    expect(item.params).toEqual({ received: null, deadline: null, daysLeft: null });
    expect(item.date).toBe(AS_OF);
    expect(item.urgency).toBe('now');
  });

  it('a date received counts even when the status was not updated', () => {
    const item = only(
      triage([{ status: 'collection', paymentOrderReceived: '2026-11-15' }]),
      'payment_order',
    );
    expect(item.params).toEqual({ received: '2026-11-15', deadline: '2026-11-30', daysLeft: 9 });
  });

  it('no payment order, no payment-order item', () => {
    expect(codes(triage([{ status: 'collection' }]))).not.toContain('d1:payment_order');
  });
});

describe('buildTriage: court', () => {
  it('lawsuit: act now, citing the civil procedure law and the cap that applies', () => {
    const items = triage([{ status: 'lawsuit', overdueSince: '2026-09-01' }]);
    const item = only(items, 'lawsuit');
    expect(item).toMatchObject({ debtId: 'd1', date: AS_OF, urgency: 'now', basis: 'law', params: {} });
    expect(item.citations[0]).toBe('civil-procedure-125');
    // A microloan is capped by the 2020 reply and the 2017 financial-trial opinion.
    expect(item.citations).toEqual([
      'civil-procedure-125',
      'spc-reply-2020-27',
      'spc-financial-trial-2017-2',
    ]);
    // In court, the negotiation window no longer applies.
    expect(codes(items)).not.toContain('d1:negotiation_window');
  });

  it('judgment: act now, citing the dishonest-debtor list rules', () => {
    const items = triage([{ status: 'judgment', overdueSince: '2026-09-01' }]);
    expect(only(items, 'judgment')).toEqual({
      code: 'judgment',
      params: {},
      debtId: 'd1',
      date: AS_OF,
      urgency: 'now',
      basis: 'law',
      citations: ['spc-dishonest-list-2017-1', 'spc-dishonest-list-2017-3'],
    });
    expect(codes(items)).not.toContain('d1:negotiation_window');
  });

  it('no court item for debts not in court', () => {
    for (const status of ['current', 'overdue', 'collection'] as const) {
      const found = codes(triage([{ status }]));
      expect(found).not.toContain('d1:lawsuit');
      expect(found).not.toContain('d1:judgment');
    }
  });
});

describe('buildTriage: abusive collection', () => {
  const CITATIONS = ['civil-code-1033', 'pipl-10', 'consumer-protection-27', 'cba-collection-guideline-2026'];

  it('flags from the contact log: how many contacts, which flags, this week, citing the law', () => {
    const item = only(
      triage([
        {
          contacts: [
            call('2026-11-10T23:15'),
            call('2026-11-11T10:00', { flags: ['threat', 'third_party'] }),
            call('2026-11-12T10:00'),
            call('2026-11-13T06:00', { flags: ['threat'] }),
            call('2026-11-14T23:30', { direction: 'outgoing' }),
          ],
        },
      ]),
      'abusive_collection',
    );
    expect(item).toEqual({
      code: 'abusive_collection',
      params: { contacts: 3, flags: ['night', 'threat', 'third_party'] },
      debtId: 'd1',
      date: AS_OF,
      urgency: 'this_week',
      basis: 'law',
      citations: CITATIONS,
    });
  });

  it('seven calls in one day', () => {
    const contacts = Array.from({ length: 7 }, (_, i) => call(`2026-11-10T1${i}:00`));
    const item = only(triage([{ contacts }]), 'abusive_collection');
    expect(item.params).toEqual({ contacts: 7, flags: ['too_many_that_day'] });
  });

  it('no item when nothing in the log is flagged', () => {
    const contacts = [call('2026-11-10T10:00'), call('2026-11-10T23:00', { direction: 'outgoing' })];
    expect(codes(triage([{ contacts }]))).not.toContain('d1:abusive_collection');
  });

  it('one item per debt, for each debt with flagged contacts', () => {
    const items = triage([
      { contacts: [call('2026-11-10T23:00')] },
      { contacts: [call('2026-11-10T10:00')] },
      { contacts: [call('2026-11-10T10:00', { flags: ['insult'] })] },
    ]);
    expect(items.filter((i) => i.code === 'abusive_collection').map((i) => i.debtId)).toEqual(['d1', 'd3']);
  });
});

describe('buildTriage: negotiation window (experience, not law)', () => {
  const windowFor = (overdueSince: string) => only(triage([{ overdueSince }]), 'negotiation_window');

  it('before: under 30 days overdue, opens on overdueSince + 30, a date to keep in mind', () => {
    expect(windowFor('2026-11-11')).toEqual({
      code: 'negotiation_window',
      params: { phase: 'before', daysOverdue: 10, opensOn: '2026-12-11' },
      debtId: 'd1',
      date: '2026-12-11',
      urgency: 'later',
      basis: 'experience',
      citations: [],
    });
    expect(windowFor('2026-10-23').params).toEqual({
      phase: 'before',
      daysOverdue: 29,
      opensOn: '2026-11-22',
    });
  });

  it('in: 30 to 90 days overdue, act this week', () => {
    expect(windowFor('2026-10-22')).toMatchObject({
      params: { phase: 'in', daysOverdue: 30, opensOn: null },
      date: AS_OF,
      urgency: 'this_week',
    });
    expect(windowFor('2026-08-23').params).toEqual({ phase: 'in', daysOverdue: 90, opensOn: null });
  });

  it('after: more than 90 days overdue, still this week', () => {
    expect(windowFor('2026-08-22')).toMatchObject({
      params: { phase: 'after', daysOverdue: 91, opensOn: null },
      date: AS_OF,
      urgency: 'this_week',
    });
  });

  it('no window without an overdue date, or when nothing is owed', () => {
    expect(codes(triage([{}]))).not.toContain('d1:negotiation_window');
    // Repaid in full (and more) the day after the contract: a court would support nothing.
    const repaid = triage([
      { overdueSince: '2026-09-01', payments: [{ date: '2025-01-11', amount: '20000' }] },
    ]);
    expect(codes(repaid)).not.toContain('d1:negotiation_window');
  });
});

describe('buildTriage: findings and budget', () => {
  it('budget missing: this week, a fact about the case, not about a debt', () => {
    expect(only(triage([{}], { budget: false }), 'budget_missing')).toEqual({
      code: 'budget_missing',
      params: {},
      debtId: null,
      date: AS_OF,
      urgency: 'this_week',
      basis: 'fact',
      citations: [],
    });
    expect(codes(triage([{}]))).not.toContain('-:budget_missing');
  });

  it('even a case with no debts asks for the budget', () => {
    expect(codes(triage([], { budget: false }))).toEqual(['-:budget_missing']);
    expect(triage([])).toEqual([]);
  });

  it('a credit card with more than 50,000 yuan of principal: card_principal_high', () => {
    const item = only(triage([{ lenderType: 'credit_card', principal: '60000' }]), 'card_principal_high');
    expect(item).toMatchObject({
      params: { principal: yuan(60_000) },
      debtId: 'd1',
      urgency: 'this_week',
      basis: 'law',
      citations: ['spc-card-crime-2018'],
    });
  });

  it('limitation possibly expired: limitation_warning with the date it runs from', () => {
    // Without terms, the period runs from the first missed due date: the day before overdueSince.
    const item = only(
      triage([{ contractDate: '2020-03-01', overdueSince: '2020-04-02' }]),
      'limitation_warning',
    );
    expect(item).toMatchObject({
      params: { since: '2020-04-01' },
      debtId: 'd1',
      urgency: 'now',
      basis: 'law',
    });
    expect(item.citations).toContain('civil-code-188');
    const codes = triage([{ contractDate: '2020-03-01', overdueSince: '2020-04-02' }]).map((i) => i.code);
    expect(codes).not.toContain('negotiation_window');
  });

  it('no limitation warning when neither the due dates nor the overdue date are known', () => {
    expect(triage([{ contractDate: '2020-03-01' }]).map((i) => i.code)).not.toContain('limitation_warning');
  });
});

describe('buildTriage: order', () => {
  it('by urgency (now, this week, later), then by date, then as listed', () => {
    const items = triage(
      [
        { overdueSince: '2026-11-11' }, // window before: later, 2026-12-11
        { status: 'payment_order', paymentOrderReceived: '2026-11-20', overdueSince: '2026-11-16' }, // now, 12-05; later 12-16
        { status: 'lawsuit' }, // now, asOf
        { overdueSince: '2026-09-01', contacts: [call('2026-11-10T23:00')] }, // this week: abusive, window
        { status: 'payment_order', paymentOrderReceived: '2026-11-10' }, // now, 11-25
      ],
      { budget: false },
    );
    expect(items.map((i) => `${i.debtId ?? '-'}:${i.code}@${i.date}`)).toEqual([
      'd3:lawsuit@2026-11-21',
      'd5:payment_order@2026-11-25',
      'd2:payment_order@2026-12-05',
      '-:budget_missing@2026-11-21',
      'd4:abusive_collection@2026-11-21',
      'd4:negotiation_window@2026-11-21',
      'd1:negotiation_window@2026-12-11',
      'd2:negotiation_window@2026-12-16',
    ]);
  });

  it('property: always sorted by urgency then date; legal deadlines are urgent', () => {
    const rank: Record<Urgency, number> = { now: 0, this_week: 1, later: 2 };
    const day = (offset: number) => addDays(date(AS_OF), -offset);
    const debt = fc.record(
      {
        status: fc.constantFrom(...DEBT_STATUSES),
        overdueSince: fc.integer({ min: 0, max: 200 }).map(day),
        paymentOrderReceived: fc.integer({ min: 0, max: 40 }).map(day),
        contacts: fc.array(
          fc
            .record({ offset: fc.integer({ min: 0, max: 5 }), hour: fc.integer({ min: 0, max: 23 }) })
            .map(({ offset, hour }) => call(`${day(offset)}T${String(hour).padStart(2, '0')}:00`)),
          { maxLength: 10 },
        ),
      },
      { requiredKeys: ['status'] },
    );
    fc.assert(
      fc.property(fc.array(debt, { maxLength: 5 }), fc.boolean(), (debts, budget) => {
        const items = triage(debts, { budget });
        items.forEach((item, i) => {
          if (item.code === 'payment_order' || item.code === 'lawsuit' || item.code === 'judgment') {
            expect(item.urgency).toBe('now');
          }
          const previous = items[i - 1];
          if (!previous) return;
          const order = rank[previous.urgency] - rank[item.urgency] || (previous.date <= item.date ? -1 : 1);
          expect(order).toBeLessThan(0);
        });
        expect(items.some((item) => item.code === 'budget_missing')).toBe(!budget);
        // Exactly one payment-order item per debt with a payment order.
        const withOrder = debts.filter(
          (d) => d.status === 'payment_order' || d.paymentOrderReceived !== undefined,
        );
        expect(items.filter((item) => item.code === 'payment_order')).toHaveLength(withOrder.length);
      }),
      { numRuns: 100 },
    );
  });
});
