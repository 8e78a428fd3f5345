// Worked example: a debt whose last instalment fell due more than three years ago.
// A 10,000 microloan of 2020-03-01 over 12 months; three instalments paid (the last on 2020-06-01);
// the last instalment fell due on 2021-03-01. A collection SMS arrived on 2025-05-10, after the
// period had run out, and the lender claims 16,500 on 2026-11-01.
//
// By hand (民法典 第188、189条; scripts/reference-worked-examples.py, case "time-barred"): limitation
// runs from the last due date, 2021-03-01 (later than the last payment), so it ran out on 2024-03-01.
// The 2025 SMS came after that and does not revive it (第195条 interrupts only a running period).
// If the defence is raised and upheld, a court supports 0 (第192条); it must be raised by the person
// (第193条).
import { describe, expect, it } from 'vitest';
import { analyseCase } from './analyse-case.js';

const paid = ['2020-04-01', '2020-05-01', '2020-06-01'];
const caseFile = {
  version: 1,
  asOf: '2026-12-01',
  budget: {
    incomes: [{ name: '工资', monthly: '6000' }],
    expenses: { housing: '1500', food: '1200', utilities: '200', transport: '300' },
  },
  debts: [
    {
      id: 'old-loan',
      lender: '某小额贷款公司',
      lenderType: 'microloan',
      contractDate: '2020-03-01',
      principal: '10000',
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.18' },
      payments: paid.map((date) => ({ date, amount: '916.80' })),
      contacts: [{ at: '2025-05-10T10:15', channel: 'sms', direction: 'incoming', theySaid: '请尽快还款' }],
      claimed: { date: '2026-11-01', total: '16500' },
    },
  ],
};

describe('worked example: a time-barred debt', () => {
  const { debt, plan } = analyseCase(caseFile);

  it('says first, and as important, that limitation may have run out on 2024-03-01', () => {
    expect(debt.findings[0]).toMatchObject({
      code: 'limitation_possibly_expired',
      severity: 'high',
      params: { since: '2021-03-01', expiredOn: '2024-03-01' },
    });
    expect(debt.findings[0]?.citations).toEqual(expect.arrayContaining(['civil-code-192', 'civil-code-193']));
  });

  it('shows the limitation defence as a scenario that supports 0.00', () => {
    const defence = debt.legal.scenarios.find((s) => s.key === 'limitation_defence');
    expect(defence?.amount.supported).toBe(0);
  });

  it('plans no payment and never says "sooner is better"', () => {
    for (const strategy of plan.strategies) {
      const proposal = strategy.proposals.find((p) => p.debtId === 'old-loan');
      expect(proposal).toMatchObject({ type: 'limitation_defence', target: 0, periods: 0 });
      for (const month of strategy.schedule)
        expect(month.payments.map((p) => p.debtId)).not.toContain('old-loan');
    }
    const codes = plan.triage.filter((item) => item.debtId === 'old-loan').map((item) => item.code);
    expect(codes).toContain('limitation_warning');
    expect(codes).not.toContain('negotiation_window');
  });
});
