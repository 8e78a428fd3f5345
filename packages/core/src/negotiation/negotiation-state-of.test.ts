import { describe, expect, it } from 'vitest';
import { type CaseFileInput, caseFileSchema } from '../case/case-schema.js';
import { date } from '../dates/calendar-date.js';
import { negotiationStateOf } from './negotiation-state-of.js';
import type { NegotiationState } from './negotiation-states.js';

type DebtInput = CaseFileInput['debts'][number];
const asOf = date('2026-12-20');

function debtWith(extra: Partial<DebtInput>) {
  const file = caseFileSchema.parse({
    version: 1,
    asOf,
    debts: [
      {
        id: 'a',
        lender: '测试',
        lenderType: 'microloan',
        contractDate: '2025-01-10',
        principal: '10000',
        ...extra,
      },
    ],
  });
  const debt = file.debts[0];
  if (!debt) throw new Error('no debt');
  return debt;
}

const agreement = {
  signedOn: '2026-11-20',
  total: '2000',
  instalments: [
    { dueOn: '2026-12-10', amount: '1000' },
    { dueOn: '2027-01-10', amount: '1000' },
  ],
};
const history = (...states: NegotiationState[]) => states.map((state) => ({ state }));

describe('negotiationStateOf', () => {
  it('moves on by itself: agreement → agreed_written, first payment → paying, all paid → settled', () => {
    expect(negotiationStateOf(history('offer_sent'), debtWith({}), asOf)).toBe('offer_sent');
    expect(negotiationStateOf(history('offer_sent'), debtWith({ agreement }), asOf)).toBe('agreed_written');
    const one = [{ date: '2026-12-09', amount: '1000' }];
    expect(negotiationStateOf(history(), debtWith({ agreement, payments: one }), asOf)).toBe('paying');
    // The second payment is dated after the analysis date: a recorded payment is a fact.
    const both = [...one, { date: '2027-01-05', amount: '1000' }];
    expect(negotiationStateOf(history('paying'), debtWith({ agreement, payments: both }), asOf)).toBe(
      'settled',
    );
  });

  it('never moves a recorded later state back, and keeps broken and failed as the person said', () => {
    const debt = debtWith({ agreement });
    expect(negotiationStateOf(history('certificate_received'), debt, asOf)).toBe('certificate_received');
    expect(negotiationStateOf(history('agreed_written', 'broken'), debt, asOf)).toBe('broken');
    expect(negotiationStateOf(history('failed'), debt, asOf)).toBe('failed');
    // Restarting after a broken agreement hands the state back to the facts.
    expect(negotiationStateOf(history('broken', 'contacted'), debt, asOf)).toBe('agreed_written');
  });
});
