import type { CaseFileInput } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { emptyCaseFile, newDebtId, objectionDeadline, withPaymentOrder } from './payment-order-edit';

const existing: CaseFileInput = {
  version: 1,
  asOf: '2026-12-01',
  debts: [
    { id: 'po-1', lender: '某小贷', lenderType: 'microloan', contractDate: '2025-01-10', principal: '10000' },
  ],
};

describe('the payment order on a debt', () => {
  it('records the day received, the status and the amount claimed on an existing debt', () => {
    const edited = withPaymentOrder(
      existing,
      { received: '2026-12-02', amount: '13,500', debt: { kind: 'existing', id: 'po-1' } },
      'po-1',
    );
    expect(edited.debts[0]).toMatchObject({
      paymentOrderReceived: '2026-12-02',
      status: 'payment_order',
      claimed: { date: '2026-12-02', total: '13,500' },
    });
  });

  it('adds a new debt with the few facts given, under an id no debt has, and no claim when no amount', () => {
    const id = newDebtId(existing);
    expect(id).toBe('po-2');
    const edited = withPaymentOrder(
      emptyCaseFile('2026-12-07'),
      {
        received: '2026-12-02',
        amount: ' ',
        debt: { kind: 'new', facts: { lender: ' 某银行 ', principal: '8000', contractDate: '2024-05-01' } },
      },
      id,
    );
    expect(edited.debts).toEqual([
      {
        id: 'po-2',
        lender: '某银行',
        lenderType: 'unknown',
        contractDate: '2024-05-01',
        principal: '8000',
        paymentOrderReceived: '2026-12-02',
        status: 'payment_order',
      },
    ]);
  });

  it('gives the deadline 15 days after receipt and the days left', () => {
    expect(objectionDeadline('2026-12-02', '2026-12-07')).toEqual({ deadline: '2026-12-17', daysLeft: 10 });
  });
});
