import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIORITY_DEBT_KINDS } from '../case/budget-schema.js';
import { type CaseFile, type CaseFileInput, caseFileSchema } from '../case/case-schema.js';
import { createLprTable } from '../lpr/lpr-table.js';
import { planReportJson } from '../report/plan-report-json.js';
import { planReportText } from '../report/plan-report-text.js';
import { analyzeCaseFile } from '../use-cases/analyze-case-file.js';
import { planCase } from './plan-case.js';
import { STRATEGIES } from './plan-types.js';

// Priority debts through the whole plan: they come off the capacity first, in full, whatever the
// budget and whatever the strategy (the custom order included), and the plan shows them first.

const debt = (id: string, principal: string, annualRate: string): CaseFileInput['debts'][number] => ({
  id,
  lender: `出借人${id}`,
  lenderType: 'microloan',
  contractDate: '2025-03-01',
  principal,
  terms: { method: 'equal_installment', periods: 12, annualRate },
});

const BASE: CaseFileInput = {
  version: 1,
  asOf: '2026-03-01',
  debts: [debt('a', '8000', '0.24'), debt('b', '3000', '0.36'), debt('c', '15000', '0.18')],
};

/** The analysis does not read the budget or the plan choices: it is done once for every budget. */
const analyzed = analyzeCaseFile({ caseFile: caseFileSchema.parse(BASE), lpr: createLprTable() });
if (!analyzed.ok) throw new Error(JSON.stringify(analyzed.issues));
const { analysis } = analyzed.value;

const yuanText = (fenAmount: number) =>
  `${Math.floor(fenAmount / 100)}.${String(fenAmount % 100).padStart(2, '0')}`;
/** Up to 5,000 yuan a month: with an income of up to 30,000 most households can pay something. */
const amount = fc.integer({ min: 0, max: 500_000 });

const budgetAndOrder = fc.record({
  income: fc.integer({ min: 0, max: 3_000_000 }),
  food: amount,
  housing: amount,
  lumpSum: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000_000 })),
  irregular: fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 1, max: 60 })), {
    maxLength: 4,
  }),
  priority: fc.array(fc.tuple(fc.constantFrom(...PRIORITY_DEBT_KINDS), amount), { maxLength: 4 }),
  order: fc.shuffledSubarray(['a', 'b', 'c']),
});

type BudgetAndOrder = typeof budgetAndOrder extends fc.Arbitrary<infer T> ? T : never;

function caseFileWith(input: BudgetAndOrder): CaseFile {
  return caseFileSchema.parse({
    ...BASE,
    budget: {
      incomes: [{ name: '工资', monthly: yuanText(input.income) }],
      expenses: { food: yuanText(input.food), housing: yuanText(input.housing) },
      lumpSum: yuanText(input.lumpSum),
      irregularCosts: input.irregular.map(([cost, every], i) => ({
        name: `不定期${i}`,
        amount: yuanText(cost),
        every,
      })),
      priorityDebts: input.priority.map(([kind, monthly], i) => ({
        kind,
        name: `优先${i}`,
        monthly: yuanText(monthly),
      })),
    },
    plan: { order: input.order },
  });
}

describe('priority debts in the plan', () => {
  it('property: kept whole, paid before anything is shared, never exceeded by any strategy in any month', () => {
    let feasibleWithPriority = 0;
    fc.assert(
      fc.property(budgetAndOrder, (input) => {
        const caseFile = caseFileWith(input);
        const plan = planCase(caseFile, analysis);
        const { capacity } = plan;
        // Kept whole: exactly the budget's lines and amounts, never shared or reduced.
        expect(capacity.priorityDebts).toEqual(caseFile.budget?.priorityDebts);
        const priority = input.priority.reduce((sum, [, monthly]) => sum + monthly, 0);
        expect(capacity.priorityMonthly).toBe(priority);
        // What is left after essentials, irregular costs and the margin pays the priority debts first.
        const beforePriority =
          input.income - capacity.essentialExpenses - capacity.irregularMonthly - capacity.safetyMargin;
        expect(capacity.monthly).toBe(Math.max(0, beforePriority - priority));
        expect(plan.strategies.map((strategy) => strategy.name)).toEqual([...STRATEGIES]);
        for (const strategy of plan.strategies) {
          for (const month of strategy.schedule) {
            const paid = month.payments.reduce((sum, payment) => sum + payment.amount, 0);
            const lump = month.month === 1 ? capacity.lumpSum : 0;
            expect(paid).toBeLessThanOrEqual(capacity.monthly + lump);
            // With the priority debts on top, the month still fits what the budget leaves.
            expect(paid + priority).toBeLessThanOrEqual(Math.max(priority, beforePriority) + lump);
            for (const payment of month.payments) expect(['a', 'b', 'c']).toContain(payment.debtId);
          }
        }
        if (priority > 0 && plan.strategies.some((strategy) => strategy.months > 0)) feasibleWithPriority++;
      }),
      { numRuns: 150 },
    );
    // Not vacuous: many households pay priority debts and a feasible plan at once.
    expect(feasibleWithPriority).toBeGreaterThan(30);
  });

  it('the custom strategy follows plan.order; the text report shows the priority debts before the strategies', () => {
    const caseFile = caseFileWith({
      income: 1_000_000,
      food: 200_000,
      housing: 200_000,
      lumpSum: 0,
      irregular: [[240_000, 12]],
      priority: [['rent_arrears', 100_000]],
      order: ['c', 'a'],
    });
    const plan = planCase(caseFile, analysis);
    // 10,000 − 4,000 − 200 (irregular) − 500 (margin) − 1,000 (rent arrears) = 4,300.
    expect(plan.capacity.monthly).toBe(430_000);
    const custom = plan.strategies.find((strategy) => strategy.name === 'custom');
    expect(custom?.schedule[0]?.payments.map((payment) => payment.debtId)).toEqual(['c']);
    expect(custom?.firstCleared?.debtId).toBe('c');
    const text = planReportText(plan, analysis, caseFile, 'zh');
    const heading = text.indexOf('■ 优先债务（先付，全额）');
    expect(heading).toBeGreaterThan(text.indexOf('■ 还款能力'));
    expect(heading).toBeLessThan(text.indexOf('■ 方案对比'));
    expect(text).toContain('拖欠的房租：优先0，每月 1,000.00 元');
    expect(text).toContain(
      '每月先全额支付 1,000.00 元，不参与下面的分配，也不会被减少；下面的方案只分配剩下的 4,300.00 元。',
    );
    expect(text).toContain('■ 方案：按你定的顺序');
    const json = planReportJson(plan, analysis, caseFile, 'en');
    expect(json.priority).toMatchObject({
      monthly: '1000.00',
      uncovered: '0.00',
      debts: [
        { kind: 'rent_arrears', kindLabel: 'rent arrears', name: '优先0', monthly: '1000.00', arrears: null },
      ],
    });
    expect(json.capacity).toMatchObject({
      irregularMonthly: '200.00',
      priorityMonthly: '1000.00',
      irregularCosts: [{ name: '不定期0', amount: '2400.00', every: 12, category: null, monthly: '200.00' }],
    });
  });

  it('priority debts the income cannot cover: the gap is named, with what to do first, and nothing is shared', () => {
    const caseFile = caseFileWith({
      income: 500_000,
      food: 150_000,
      housing: 150_000,
      lumpSum: 0,
      irregular: [],
      priority: [['court_judgment', 250_000]],
      order: [],
    });
    const plan = planCase(caseFile, analysis);
    // 5,000 − 3,000 − 250 = 1,750 for a 2,500 judgment instalment: 750 short.
    expect(plan.capacity).toMatchObject({ monthly: 0, shortfall: 75_000, priorityMonthly: 250_000 });
    expect(plan.strategies.every((strategy) => !strategy.feasible)).toBe(true);
    const json = planReportJson(plan, analysis, caseFile, 'zh');
    expect(json.priority.uncovered).toBe('750.00');
    expect(json.priority.notes.map((note) => note.basis)).toEqual(['fact', 'experience', 'fact', 'law']);
    expect(json.priority.notes[2]?.text).toContain('优先债务每月还差 750.00 元');
    expect(json.priority.notes[3]?.citations.map((citation) => citation.id)).toEqual([
      'spc-dishonest-list-2017-1',
    ]);
    expect(json.capacity.statement).toContain('收入不足以覆盖必要支出和优先债务，每月缺口 750.00 元');
  });
});
