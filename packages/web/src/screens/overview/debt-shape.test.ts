import { describe, expect, it } from 'vitest';
import type { EnteredDebt } from './debt-json';
import { debtShape, shownStartDate } from './debt-shape';

const loan: EnteredDebt = {
  id: 'd1',
  lender: '某银行',
  lenderType: 'bank',
  contractDate: '2025-01-01',
  principal: '10000',
};
const card: EnteredDebt = {
  ...loan,
  lenderType: 'credit_card',
  contractDate: '2023-03-01',
  card: { firstMissedDueDate: '2026-08-25' },
};

describe('the shape of a debt on the overview', () => {
  it.each([
    ['a loan', loan, 'loan'],
    ['a revolving card', card, 'revolving_card'],
    [
      'a card on a plan',
      { ...card, terms: { method: 'flat_fee', periods: 12, feeRatePerPeriod: '0.6%' } },
      'card_plan',
    ],
    ['nothing entered', undefined, 'loan'],
  ] as const)('%s', (_name, entered, shape) => {
    expect(debtShape(entered)).toBe(shape);
  });

  it('shows the opening date the person gave, not the stand-in for an unknown one', () => {
    expect(shownStartDate(card)).toBe('2023-03-01');
    expect(shownStartDate({ ...card, contractDate: '2026-08-25' })).toBeUndefined();
    expect(shownStartDate(loan)).toBe('2025-01-01');
  });
});
