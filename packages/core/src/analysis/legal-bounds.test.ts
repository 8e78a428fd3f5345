import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCaseFile } from '../case/parse-case-file.js';
import { createLprTable } from '../lpr/lpr-table.js';
import { planCase } from '../plan/plan-case.js';
import { analyzeCase } from './analyze-case.js';

// Properties of issue 10, over random case files (loans, cards, claims, payments, limitation):
//   supported ≤ claimed for every debt with a claim (a court awards no more than is claimed);
//   supported ≤ the uncapped contract scenario;
//   every proposal's ceiling ≤ supported, in every strategy;
//   a debt with a limitation_defence proposal has no scheduled payment.

const lpr = createLprTable();
const AS_OF = '2026-12-01';

const isoDate = (min: string, max: string) =>
  fc
    .integer({ min: Date.parse(min) / 86_400_000, max: Date.parse(max) / 86_400_000 })
    .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const yuanText = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((fen) => (fen / 100).toFixed(2));

const loan = fc.record({
  lenderType: fc.constantFrom(
    'private',
    'bank',
    'consumer_finance',
    'microloan',
    'other_licensed',
    'unlicensed',
    'unknown',
  ),
  contractDate: isoDate('2018-01-01', '2026-10-01'),
  principal: yuanText(500, 200_000),
  deductedPercent: fc.integer({ min: 0, max: 40 }),
  method: fc.constantFrom('equal_installment', 'equal_principal', 'interest_only', 'bullet'),
  periods: fc.integer({ min: 1, max: 36 }),
  annualRate: fc.integer({ min: 0, max: 60 }).map((p) => `${p}%`),
  penalty: fc.option(fc.constantFrom('0.0002', '0.0005', '0.001'), { nil: undefined }),
  paidInstalments: fc.integer({ min: 0, max: 12 }),
  claimPercent: fc.option(fc.integer({ min: 10, max: 400 }), { nil: undefined }),
  accelerated: fc.boolean(),
});

const card = fc.record({
  lenderType: fc.constant('credit_card'),
  contractDate: isoDate('2016-01-01', '2025-01-01'),
  principal: yuanText(1_000, 120_000),
  dailyRate: fc.option(fc.constantFrom('0.05%', '0.035%'), { nil: undefined }),
  firstMissed: fc.option(isoDate('2019-01-01', '2026-11-01'), { nil: undefined }),
  claimPercent: fc.option(fc.integer({ min: 50, max: 300 }), { nil: undefined }),
  lateFees: fc.option(yuanText(1, 5_000), { nil: undefined }),
});

type LoanFacts = typeof loan extends fc.Arbitrary<infer T> ? T : never;
type CardFacts = typeof card extends fc.Arbitrary<infer T> ? T : never;

function loanDebt(id: string, d: LoanFacts) {
  const principal = Number(d.principal);
  const received = ((principal * (100 - d.deductedPercent)) / 100).toFixed(2);
  const start = new Date(`${d.contractDate}T00:00:00Z`);
  const payments = Array.from({ length: Math.min(d.paidInstalments, d.periods) }, (_, k) => {
    const day = new Date(start);
    day.setUTCMonth(day.getUTCMonth() + k + 1);
    return { date: day.toISOString().slice(0, 10), amount: (principal / d.periods).toFixed(2) };
  }).filter((p) => p.date <= AS_OF && p.amount !== '0.00');
  return {
    id,
    lender: `lender ${id}`,
    lenderType: d.lenderType,
    contractDate: d.contractDate,
    principal: d.principal,
    ...(d.deductedPercent > 0 ? { received } : {}),
    terms: { method: d.method, periods: d.periods, annualRate: d.annualRate },
    ...(d.penalty ? { overdue: { penaltyDailyRate: d.penalty } } : {}),
    ...(d.accelerated ? { accelerated: d.contractDate < '2026-06-01' ? '2026-06-01' : AS_OF } : {}),
    payments,
    ...(d.claimPercent
      ? { claimed: { date: AS_OF, total: ((principal * d.claimPercent) / 100).toFixed(2) } }
      : {}),
  };
}

function cardDebt(id: string, d: CardFacts) {
  const principal = Number(d.principal);
  const firstMissed = d.firstMissed && d.firstMissed > d.contractDate ? d.firstMissed : undefined;
  return {
    id,
    lender: `card ${id}`,
    lenderType: 'credit_card',
    contractDate: d.contractDate,
    principal: d.principal,
    card: {
      ...(d.dailyRate ? { dailyRate: d.dailyRate } : {}),
      ...(firstMissed ? { firstMissedDueDate: firstMissed } : {}),
    },
    ...(d.lateFees ? { overdue: { lateFees: [{ date: AS_OF, amount: d.lateFees }] } } : {}),
    ...(d.claimPercent
      ? { claimed: { date: AS_OF, total: ((principal * d.claimPercent) / 100).toFixed(2) } }
      : {}),
  };
}

const caseFile = fc
  .tuple(fc.array(loan, { minLength: 0, maxLength: 4 }), fc.array(card, { minLength: 0, maxLength: 2 }))
  .filter(([loans, cards]) => loans.length + cards.length > 0)
  .map(([loans, cards]) => ({
    version: 1,
    asOf: AS_OF,
    budget: {
      incomes: [{ name: 'pay', monthly: '8000' }],
      expenses: { housing: '2000', food: '1500' },
      lumpSum: '5000',
    },
    debts: [...loans.map((d, i) => loanDebt(`loan${i}`, d)), ...cards.map((d, i) => cardDebt(`card${i}`, d))],
  }));

describe('the court figures hold together (issue 10 properties)', () => {
  it('supported ≤ claimed, supported ≤ the contract scenario, ceilings ≤ supported, no payment on a time-barred debt', () => {
    fc.assert(
      fc.property(caseFile, (input) => {
        const parsed = validateCaseFile(input);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const analysis = analyzeCase(parsed.value, lpr);
        for (const debt of analysis.debts) {
          const { supported, claimed } = debt.legal;
          if (claimed !== null) expect(supported).toBeLessThanOrEqual(claimed);
          const contract = debt.legal.scenarios.find((s) => s.key === 'contract');
          if (contract) expect(supported).toBeLessThanOrEqual(contract.amount.supported);
        }
        const plan = planCase(parsed.value, analysis);
        for (const strategy of plan.strategies) {
          strategy.proposals.forEach((proposal, index) => {
            const debt = analysis.debts[index];
            if (!debt) throw new Error('a proposal for every debt');
            expect(proposal.ceiling).toBeLessThanOrEqual(debt.legal.supported);
            if (proposal.type === 'limitation_defence') {
              const paid = strategy.schedule
                .flatMap((month) => month.payments)
                .filter((p) => p.debtId === debt.id);
              expect(paid).toEqual([]);
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
