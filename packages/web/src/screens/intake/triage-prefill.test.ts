import { describe, expect, it } from 'vitest';
import type { TriageAnswers } from '../start/triage-questions';
import type { DebtInput } from './debt-draft';
import { emptyDraft } from './debt-draft';
import { prefillFromTriage } from './triage-prefill';

const saved = (status: DebtInput['status'], extra: Partial<DebtInput> = {}): DebtInput => ({
  id: 'd1',
  lender: 'x',
  lenderType: 'bank',
  contractDate: '2025-01-01',
  principal: '100',
  ...(status ? { status } : {}),
  ...extra,
});

/** Start-screen answers and the debts already saved → the new debt's status, payment-order date. */
const cases: [string, TriageAnswers, DebtInput[], string, string][] = [
  ['nothing urgent', { paymentOrder: 'no', sued: 'no', harassment: 'no' }, [], '', ''],
  [
    'a payment order and its day',
    { paymentOrder: 'yes', paymentOrderDate: '2026-11-10' },
    [],
    'payment_order',
    '2026-11-10',
  ],
  ['a payment order, day unknown', { paymentOrder: 'yes' }, [], 'payment_order', ''],
  [
    'a payment order already on a saved debt',
    { paymentOrder: 'yes', sued: 'yes' },
    [saved('payment_order')],
    'lawsuit',
    '',
  ],
  [
    'a payment-order date on a saved debt counts too',
    { paymentOrder: 'yes' },
    [saved(undefined, { paymentOrderReceived: '2026-11-01' })],
    '',
    '',
  ],
  ['sued', { sued: 'yes' }, [], 'lawsuit', ''],
  ['sued, already entered', { sued: 'yes', harassment: 'yes' }, [saved('lawsuit')], 'collection', ''],
  ['collectors crossing the line', { harassment: 'yes' }, [saved('collection')], 'collection', ''],
];

describe('a new debt starts from the start screen’s answers', () => {
  it.each(cases)('%s', (_name, answers, debts, status, received) => {
    const draft = prefillFromTriage(emptyDraft('d2'), answers, debts);
    expect([draft.status, draft.paymentOrderReceived]).toEqual([status, received]);
    expect(draft.prefilled.includes('status')).toBe(status !== '');
  });
});
