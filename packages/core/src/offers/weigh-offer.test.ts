import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../analysis/analyze-case.js';
import { validateCaseFile } from '../case/parse-case-file.js';
import { createLprTable } from '../lpr/lpr-table.js';
import { fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import { planCase } from '../plan/plan-case.js';
import { offerInstalments } from './offer-instalments.js';
import { weighOffer } from './weigh-offer.js';

const lpr = createLprTable();

function caseWith(monthlyIncome: number, loans: { principal: number; rate: number }[]) {
  const parsed = validateCaseFile({
    version: 1,
    asOf: '2026-12-01',
    budget: {
      incomes: [{ name: '工资', monthly: String(monthlyIncome) }],
      expenses: { housing: '1500', food: '1200' },
    },
    debts: loans.map((loan, i) => ({
      id: `d${i}`,
      lender: `某银行${i}`,
      lenderType: 'bank',
      contractDate: '2025-06-01',
      principal: String(loan.principal),
      terms: { method: 'equal_installment', periods: 12, annualRate: `${loan.rate}%` },
      claimed: { date: '2026-12-01', total: String(Math.round(loan.principal * 1.4)) },
    })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { caseFile: parsed.value, analysis: analyzeCase(parsed.value, lpr) };
}

describe('weighOffer', () => {
  it('accepts only an offer that fits with the other debts and is within the ceiling; a counter does both', () => {
    const input = fc.record({
      income: fc.integer({ min: 3_000, max: 20_000 }),
      loans: fc.array(
        fc.record({
          principal: fc.integer({ min: 2_000, max: 80_000 }),
          rate: fc.integer({ min: 8, max: 36 }),
        }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      totalPercent: fc.integer({ min: 30, max: 160 }),
      periods: fc.integer({ min: 1, max: 60 }),
      downPercent: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 })),
    });
    fc.assert(
      fc.property(input, ({ income, loans, totalPercent, periods, downPercent }) => {
        const { caseFile, analysis } = caseWith(income, loans);
        const debt = analysis.debts[0];
        if (!debt) return;
        const total = fen(Math.max(1, Math.round((debt.legal.supported * totalPercent) / 100)));
        const down = fen(Math.round((total * downPercent) / 100));
        const result = weighOffer(caseFile, analysis, { debtId: debt.id, total, down, periods });
        const ceiling = result.offer.total - result.vsCeiling;
        expect(ceiling).toBeLessThanOrEqual(debt.legal.supported);
        if (result.verdict === 'accept') {
          expect(result.fitsBudget).toBe(true);
          expect(result.offer.total).toBeLessThanOrEqual(ceiling);
        }
        if (result.counter) {
          expect(result.verdict).toBe('counter');
          expect(result.counter.total).toBeLessThanOrEqual(ceiling);
          const rows = offerInstalments({ ...result.counter, down: fen(0) });
          const plan = planCase(caseFile, analysis, {
            strategies: ['pro_rata'],
            commitments: [{ debtId: debt.id, instalments: rows }],
          });
          expect(plan.strategies[0]?.feasible).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a bank offer of 60 × 1,000 on a 40,000 debt a court would put lower: counter at the ceiling', () => {
    const { caseFile, analysis } = caseWith(9_000, [{ principal: 40_000, rate: 18 }]);
    const result = weighOffer(caseFile, analysis, { debtId: 'd0', total: yuan(60_000), periods: 60 });
    expect(result.verdict).toBe('counter');
    expect(result.reasons.map((r) => r.code)).toContain('above_supported');
    expect(result.counter?.total).toBeLessThanOrEqual(analysis.debts[0]?.legal.supported ?? 0);
    expect(result.checklistGaps).toContain('written_agreement');
  });

  it('refuses first, and says why, for a debt that may be time-barred', () => {
    const parsed = validateCaseFile({
      version: 1,
      asOf: '2026-12-01',
      budget: { incomes: [{ name: '工资', monthly: '8000' }], expenses: { housing: '1500' } },
      debts: [
        {
          id: 'old',
          lender: '某小贷',
          lenderType: 'microloan',
          contractDate: '2020-03-01',
          principal: '10000',
          terms: { method: 'equal_installment', periods: 12, annualRate: '18%' },
          claimed: { date: '2026-11-01', total: '16500' },
        },
      ],
    });
    if (!parsed.ok) throw new Error('invalid');
    const result = weighOffer(parsed.value, analyzeCase(parsed.value, lpr), {
      debtId: 'old',
      total: yuan(5_000),
      periods: 5,
    });
    expect(result).toMatchObject({ verdict: 'refuse', limitationRisk: true, counter: null });
    expect(result.reasons[0]).toEqual({ code: 'limitation_may_have_run' });
  });
});
