// Worked example: a 7-day loan from an unlicensed lender ("714高炮") with 30 % kept back.
// 3,000 on paper, 2,100 received on 2026-10-01, 3,000 due on 2026-10-08; the operator now demands
// 4,500. The person did not know the lender type ("unknown"): the 714 pattern (≤ 14 days and a fifth
// or more deducted) marks it as unlicensed.
//
// The rule (legal.md §14 K8, courts differ): the contract may be void; at most the principal actually
// received plus interest up to the one-year LPR (3.00 %, the latest quotation, not confirmed by two
// sources); the route is the police (110) and the local financial regulator, not negotiation.
//
// Independent figures (scripts/reference-worked-examples.py, case "unlicensed-7-day"):
//   2,100 × 3.00 % × 50/365 = 8.63 → likely supported 2,108.63
import { describe, expect, it } from 'vitest';
import { analyseCase, fenOf } from './analyse-case.js';

const caseFile = {
  version: 1,
  asOf: '2026-11-20',
  budget: {
    incomes: [{ name: '工资', monthly: '5000' }],
    expenses: { housing: '1200', food: '1000' },
  },
  debts: [
    {
      id: 'app-714',
      lender: '某借款APP',
      lenderType: 'unknown',
      contractDate: '2026-10-01',
      principal: '3000',
      received: '2100',
      schedule: [{ date: '2026-10-08', amount: '3000' }],
      claimed: { date: '2026-11-20', total: '4500' },
    },
  ],
};

describe('worked example: a 7-day loan from an unlicensed lender', () => {
  const { debt, plan } = analyseCase(caseFile);

  it('is treated as unlicensed, with the police route, before anything else of weight', () => {
    expect(debt.unlicensed).toEqual({ declared: false, signs: ['short_term', 'large_deduction'] });
    expect(debt.findings[0]).toMatchObject({ code: 'unlicensed_lender', severity: 'high' });
    expect(debt.cap.basis).toBe('unlicensed_lpr_at_most');
  });

  it('supports the 2,100 received plus LPR interest: 2,108.63, not the 4,500 demanded', () => {
    expect(debt.legal.supported).toBe(fenOf('2108.63'));
    expect(debt.legal.excess).toBe(fenOf('2391.37'));
  });

  it('plans a report, never a payment, negotiation or settlement with the operator', () => {
    for (const strategy of plan.strategies) {
      expect(strategy.proposals[0]).toMatchObject({ type: 'unlicensed_report', target: 0, periods: 0 });
      expect(strategy.proposals[0]?.rationale.target).toEqual({
        code: 'target_unlicensed',
        supported: debt.legal.supported,
      });
    }
    const codes = plan.triage.map((item) => item.code);
    expect(codes).toContain('unlicensed_lender');
    expect(codes).not.toContain('negotiation_window');
  });
});
