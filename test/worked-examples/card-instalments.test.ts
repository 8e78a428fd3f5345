// Worked example: a card balance on a 分期 plan. 12,000 over 12 periods at 0.6 % a period on the
// original principal (1,000 + 72 a month), from 2025-06-10; six instalments paid on their due dates,
// then none. The bank claims 6,960 on 2026-06-10.
//
// Independent figures (scripts/reference-worked-examples.py, case "card-instalments"):
//   periodic IRR 1.08619 %; 年化 单利 13.0342 %, 复利 13.8418 %
//   likely supported on 2026-06-10: 6,599.07 (principal 6,196.35 after the payments went to interest
//   first, interest 402.72 at the contract's true rate, below the 24 % reference)
// The product rounds at every due date and payment, the reference at payments only: ≤ 5 fen apart.
import { describe, expect, it } from 'vitest';
import { analyseCase, withinFen } from './analyse-case.js';

const dues = ['2025-07-10', '2025-08-10', '2025-09-10', '2025-10-10', '2025-11-10', '2025-12-10'];
const caseFile = {
  version: 1,
  asOf: '2026-06-10',
  debts: [
    {
      id: 'card-fenqi',
      lender: '某银行信用卡中心',
      lenderType: 'credit_card',
      contractDate: '2025-06-10',
      principal: '12000',
      terms: { method: 'flat_fee', periods: 12, feeRatePerPeriod: '0.006' },
      card: { last4: '1024' },
      payments: dues.map((date) => ({ date, amount: '1072' })),
      claimed: { date: '2026-06-10', total: '6960' },
    },
  ],
};

describe('worked example: a card on a 分期 plan', () => {
  const { debt } = analyseCase(caseFile);

  it('has the true rate of the instalment plan: 13.03 % simple, 13.84 % compound', () => {
    expect(Math.abs((debt.apr?.simple ?? 0) - 0.130342242811081)).toBeLessThan(1e-9);
    expect(Math.abs((debt.apr?.compound ?? 0) - 0.138417850663902)).toBeLessThan(1e-9);
  });

  it('supports about 6,599.07 (the reference, within 5 fen), below the 6,960 claimed', () => {
    expect(withinFen(debt.legal.supported, '6599.07', 5)).toBe(true);
    expect(withinFen(debt.legal.principalOutstanding, '6196.35', 5)).toBe(true);
    expect(debt.legal.overdueSince).toBe('2026-01-11');
  });
});
