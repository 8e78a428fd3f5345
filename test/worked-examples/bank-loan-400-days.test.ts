// Worked example: a bank loan 400 days overdue, penalty interest on the overdue instalments only.
// 120,000 over 36 months at 12 % (等额本息, from 2024-01-15), 罚息 0.02 % a day on top of the contract
// rate; ten instalments paid on time, the 11th (2024-12-15) missed, asOf 2026-01-20 (400 days after
// 2024-12-16). The loan matures in 2027, and the bank has not accelerated it.
//
// The rule (legal.md §14 K5): overdue charges run on the amounts overdue (instalments due and
// unpaid), not on the whole principal, until maturity or acceleration.
//
// Independent figures (scripts/reference-worked-examples.py, case "bank-400-days"):
//   true rate 12.00 % simple; contract + 罚息 = 19.30 %, within the 24 % reference
//   likely supported 105,576.24 (principal 90,879.82, interest 14,696.42)
//   the old method (penalty on the whole principal from the first overdue day): 111,027.75
import { describe, expect, it } from 'vitest';
import { analyseCase, fenOf, withinFen } from './analyse-case.js';

const paid = [
  '2024-02-15',
  '2024-03-15',
  '2024-04-15',
  '2024-05-15',
  '2024-06-15',
  '2024-07-15',
  '2024-08-15',
  '2024-09-15',
  '2024-10-15',
  '2024-11-15',
];
const caseFile = {
  version: 1,
  asOf: '2026-01-20',
  debts: [
    {
      id: 'bank-120k',
      lender: '某商业银行',
      lenderType: 'bank',
      contractDate: '2024-01-15',
      principal: '120000',
      terms: { method: 'equal_installment', periods: 36, annualRate: '0.12' },
      overdue: { penaltyDailyRate: '0.0002' },
      payments: paid.map((date) => ({ date, amount: '3985.72' })),
    },
  ],
};

describe('worked example: a bank loan 400 days overdue', () => {
  const { debt } = analyseCase(caseFile);

  it('charges penalty interest on the overdue instalments only: about 105,576.24', () => {
    expect(debt.legal.overdueSince).toBe('2024-12-16');
    expect(withinFen(debt.legal.supported, '105576.24', 15)).toBe(true);
    expect(withinFen(debt.legal.principalOutstanding, '90879.82', 15)).toBe(true);
  });

  it('is well below the old whole-principal figure of 111,027.75', () => {
    expect(debt.legal.supported).toBeLessThan(fenOf('111027.75') - fenOf('5000'));
  });
});
