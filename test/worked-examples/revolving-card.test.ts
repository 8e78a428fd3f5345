// Worked example: a revolving credit card, described the way its statement is.
// 40,000 card principal, 透支利率 0.05 % a day, first missed 到期还款日 2026-09-23, minimum payments
// missed since; the statement of 2026-12-01 claims 43,200 (本金 40,000, 利息 1,560, 违约金 1,640).
//
// Independent figures (scripts/reference-worked-examples.py, case "revolving-card"), by hand:
//   interest from the first missed due date: 40,000 × 0.05 % × 365 × 69/365 = 1,380.00
//   room the 24 % reference leaves:          40,000 × (24 % − 18.25 %) × 69/365 = 434.79
//   违约金 counted within that room:          min(1,640, 434.79) = 434.79
//   likely supported: 40,000 + 1,380.00 + 434.79 = 41,814.79 (below the 43,200 claimed)
// The card was opened on 2023-03-01: that date starts neither interest nor limitation.
import { describe, expect, it } from 'vitest';
import { analyseCase, fenOf } from './analyse-case.js';

const card = {
  version: 1,
  asOf: '2026-12-01',
  budget: {
    incomes: [{ name: '工资', monthly: '6000' }],
    expenses: { housing: '1500', food: '1200', utilities: '200', transport: '300' },
  },
  debts: [
    {
      id: 'cmb-card',
      lender: '某商业银行信用卡中心',
      lenderType: 'credit_card',
      contractDate: '2023-03-01',
      principal: '40000',
      card: {
        last4: '8866',
        statementDay: 5,
        dueDay: 23,
        dailyRate: '0.05%',
        firstMissedDueDate: '2026-09-23',
      },
      claimed: {
        date: '2026-12-01',
        total: '43200',
        split: { principal: '40000', interest: '1560', lateFees: '1640' },
      },
    },
  ],
};

describe('worked example: revolving credit card', () => {
  const { debt, plan } = analyseCase(card);

  it('supports 41,814.79: interest from the first missed due date, 违约金 only within the 24 % reference', () => {
    expect(debt.legal.supported).toBe(fenOf('41814.79'));
    expect(debt.legal.excess).toBe(fenOf('1385.21'));
    expect(debt.legal.supported).toBeLessThanOrEqual(debt.legal.claimed ?? 0);
  });

  it('does not count limitation from the opening date: it runs from 2026-09-23, restarted by the statement', () => {
    // The statement of 2026-12-01 demands payment, which interrupts and restarts the period (第195条).
    expect(debt.legal.limitation).toEqual({ state: 'running', since: '2026-12-01', expiresOn: '2029-12-01' });
    expect(debt.findings.map((f) => f.code)).not.toContain('limitation_possibly_expired');
  });

  it('never offers more than a court would likely support', () => {
    for (const strategy of plan.strategies)
      for (const proposal of strategy.proposals)
        expect(proposal.ceiling).toBeLessThanOrEqual(debt.legal.supported);
  });
});
