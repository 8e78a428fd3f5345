import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Budget,
  budgetSchema,
  EXPENSE_CATEGORIES,
  type ExpenseCategory,
  PRIORITY_DEBT_KINDS,
} from '../case/budget-schema.js';
import { yuan } from '../money/parse-money.js';
import { assessAffordability } from './assess-affordability.js';
import { DEFAULT_SAFETY_MARGIN_SHARE, defaultSafetyMargin } from './safety-margin.js';

type BudgetInput = Parameters<typeof budgetSchema.parse>[0];

/** Parsed through the schema, so that its defaults apply as they do for a real case file. */
const budget = (input: BudgetInput): Budget => budgetSchema.parse(input);
const assess = (input: BudgetInput) => assessAffordability(budget(input));

/** An integer number of fen as the yuan text a person types: 12345 → "123.45". */
const yuanText = (amountFen: number) =>
  `${Math.floor(amountFen / 100)}.${String(amountFen % 100).padStart(2, '0')}`;

/** A budget with nothing unusual for one adult on 8,000 yuan a month. */
const TYPICAL = {
  incomes: [{ name: '工资', monthly: '8000' }],
  expenses: {
    housing: '2000',
    food: '1500',
    utilities: '300',
    transport: '400',
    communication: '100',
    medical: '200',
    children: '0',
    elderly: '0',
    insurance: '150',
    other: '500',
  },
} satisfies BudgetInput;

describe('assessAffordability: worked examples', () => {
  it('capacity = income − essential expenses − the default 5 % margin', () => {
    const result = assess(TYPICAL);
    expect(result).toEqual({
      monthlyIncome: yuan(8_000),
      essentialExpenses: yuan(5_150),
      irregularCosts: [],
      irregularMonthly: 0,
      priorityDebts: [],
      priorityMonthly: 0,
      safetyMargin: yuan(400),
      safetyMarginIsDefault: true,
      monthly: yuan(2_450),
      shortfall: 0,
      lumpSum: 0,
      dependents: 0,
      expenseFlags: [],
      budgetGiven: true,
    });
  });

  it('adds up several incomes', () => {
    const result = assess({
      incomes: [
        { name: '工资', monthly: '6000' },
        { name: '兼职', monthly: '1,500.50' },
      ],
    });
    expect(result.monthlyIncome).toBe(yuan('7500.50'));
  });

  it('rounds the default margin half-up to the fen (四舍五入), not half-even', () => {
    // 5 % of 100.10 yuan is 5.005 yuan: half-up 5.01 (half-even would give 5.00).
    expect(assess({ incomes: [{ name: 'a', monthly: '100.10' }] }).safetyMargin).toBe(501);
    // 5 % of 100.50 yuan is 5.025 yuan: half-up 5.03 (half-even would give 5.02).
    expect(assess({ incomes: [{ name: 'a', monthly: '100.50' }] }).safetyMargin).toBe(503);
    expect(assess({ incomes: [{ name: 'a', monthly: '100.30' }] }).safetyMargin).toBe(502);
    expect(assess({ incomes: [{ name: 'a', monthly: '100.29' }] }).safetyMargin).toBe(501);
    expect(DEFAULT_SAFETY_MARGIN_SHARE).toBe(0.05);
  });

  it('uses the margin the person states, and says it is not the default', () => {
    const result = assess({ ...TYPICAL, safetyMargin: '200' });
    expect(result.safetyMargin).toBe(yuan(200));
    expect(result.safetyMarginIsDefault).toBe(false);
    expect(result.monthly).toBe(yuan(2_650));
  });

  it('a stated margin of zero is used as zero, not replaced by the default', () => {
    const result = assess({ ...TYPICAL, safetyMargin: 0 });
    expect(result.safetyMargin).toBe(0);
    expect(result.safetyMarginIsDefault).toBe(false);
    expect(result.monthly).toBe(yuan(2_850));
  });

  it('when expenses and margin exceed income: capacity 0 and the shortfall', () => {
    const result = assess({
      incomes: [{ name: '工资', monthly: '3000' }],
      expenses: { housing: '1500', food: '2000' },
    });
    expect(result.safetyMargin).toBe(yuan(150));
    expect(result.monthly).toBe(0);
    expect(result.shortfall).toBe(yuan(650));
  });

  it('exactly balanced: capacity 0 and no shortfall', () => {
    const result = assess({
      incomes: [{ name: '工资', monthly: '3000' }],
      expenses: { food: '2850' },
    });
    expect(result.monthly).toBe(0);
    expect(result.shortfall).toBe(0);
  });

  it('carries the lump sum and the dependents through', () => {
    const result = assess({
      ...TYPICAL,
      lumpSum: '20000',
      dependents: 2,
      expenses: { ...TYPICAL.expenses, food: '3000' },
    });
    expect(result.lumpSum).toBe(yuan(20_000));
    expect(result.dependents).toBe(2);
  });

  it('no budget: nothing to offer, and says the budget was not given', () => {
    expect(assessAffordability(undefined)).toEqual({
      monthlyIncome: 0,
      essentialExpenses: 0,
      irregularCosts: [],
      irregularMonthly: 0,
      priorityDebts: [],
      priorityMonthly: 0,
      safetyMargin: 0,
      safetyMarginIsDefault: true,
      monthly: 0,
      shortfall: 0,
      lumpSum: 0,
      dependents: 0,
      expenseFlags: [],
      budgetGiven: false,
    });
  });

  it('missing expense categories count as 0', () => {
    const parsed = budget({
      incomes: [{ name: '工资', monthly: '5000' }],
      expenses: { housing: '1000', food: '1200' },
    });
    for (const category of EXPENSE_CATEGORIES) {
      expect(parsed.expenses[category]).toBe(
        category === 'housing' ? yuan(1_000) : category === 'food' ? yuan(1_200) : 0,
      );
    }
    const result = assessAffordability(parsed);
    expect(result.essentialExpenses).toBe(yuan(2_200));
    expect(result.monthly).toBe(yuan(5_000 - 2_200 - 250));
  });

  it('a missing expenses object counts every category as 0 (and food 0 is flagged as too low)', () => {
    const parsed = budget({ incomes: [{ name: '工资', monthly: '5000' }] });
    expect(parsed.expenses).toEqual(Object.fromEntries(EXPENSE_CATEGORIES.map((c) => [c, 0])));
    const result = assessAffordability(parsed);
    expect(result.essentialExpenses).toBe(0);
    expect(result.monthly).toBe(yuan(4_750));
    expect(result.expenseFlags).toEqual([
      { category: 'food', direction: 'low', amount: 0, guide: yuan(300) },
    ]);
  });

  it('an empty budget parses to all zeros: no income, capacity 0', () => {
    const result = assess({});
    expect(result).toMatchObject({
      monthlyIncome: 0,
      essentialExpenses: 0,
      safetyMargin: 0,
      safetyMarginIsDefault: true,
      monthly: 0,
      shortfall: 0,
      lumpSum: 0,
      dependents: 0,
      budgetGiven: true,
    });
  });
});

describe('assessAffordability: irregular costs and priority debts', () => {
  const WITH_BOTH = {
    ...TYPICAL,
    irregularCosts: [
      { name: '春节回家', amount: '2400', every: 12, category: 'other' },
      { name: '孩子学费', amount: '3,000', every: 6, category: 'children' },
      { name: '车险', amount: '1000', every: 12 },
    ],
    priorityDebts: [
      { kind: 'rent_arrears', name: '房东张先生', monthly: '300', arrears: '1800' },
      { kind: 'secured_car_loan', name: '某汽车金融公司', monthly: '1200', note: '车是上班用的' },
    ],
  } satisfies BudgetInput;

  it('capacity = income − expenses − irregular costs (monthly) − priority debts − margin', () => {
    const result = assess(WITH_BOTH);
    // 2,400/12 = 200, 3,000/6 = 500, 1,000/12 = 83.33 (83.333… half up to the fen).
    expect(result.irregularCosts.map((cost) => cost.monthly)).toEqual([yuan(200), yuan(500), yuan('83.33')]);
    expect(result.irregularCosts[2]?.category).toBeNull();
    expect(result.irregularMonthly).toBe(yuan('783.33'));
    expect(result.priorityMonthly).toBe(yuan(1_500));
    expect(result.essentialExpenses).toBe(yuan(5_150));
    // The default margin stays 5 % of income: 400.
    expect(result.safetyMargin).toBe(yuan(400));
    expect(result.monthly).toBe(yuan(8_000 - 5_150 - 400) - yuan('783.33') - yuan(1_500));
    expect(result.monthly).toBe(yuan('166.67'));
    expect(result.shortfall).toBe(0);
  });

  it('keeps every priority debt whole, exactly as the budget lists it', () => {
    const result = assess(WITH_BOTH);
    expect(result.priorityDebts).toEqual([
      { kind: 'rent_arrears', name: '房东张先生', monthly: yuan(300), arrears: yuan(1_800) },
      { kind: 'secured_car_loan', name: '某汽车金融公司', monthly: yuan(1_200), note: '车是上班用的' },
    ]);
  });

  it('priority debts larger than what is left: capacity 0 and the shortfall, the debts not reduced', () => {
    const result = assess({
      ...TYPICAL,
      priorityDebts: [{ kind: 'mortgage_arrears', name: '房贷欠款', monthly: '3000' }],
    });
    expect(result.monthly).toBe(0);
    expect(result.shortfall).toBe(yuan(3_000 - 2_450));
    expect(result.priorityMonthly).toBe(yuan(3_000));
  });

  it('the expense flags look at the monthly categories only, not at the irregular costs', () => {
    const result = assess({
      ...TYPICAL,
      irregularCosts: [{ name: '物业费', amount: '60000', every: 12, category: 'housing' }],
    });
    expect(result.expenseFlags).toEqual([]);
  });
});

describe('assessAffordability: expense flags', () => {
  const flagsFor = (expenses: Partial<Record<ExpenseCategory, string>>, extra: Partial<BudgetInput> = {}) =>
    assess({ ...TYPICAL, ...extra, expenses: { ...TYPICAL.expenses, ...expenses } }).expenseFlags;

  it('a typical budget raises no flag', () => {
    expect(flagsFor({})).toEqual([]);
  });

  it('food too low for a household of 3 (the person and 2 dependents): below 300 yuan a person', () => {
    expect(flagsFor({ food: '800' }, { dependents: 2 })).toEqual([
      { category: 'food', direction: 'low', amount: yuan(800), guide: yuan(900) },
    ]);
    expect(flagsFor({ food: '900' }, { dependents: 2 })).toEqual([]);
    // The same 800 yuan is enough for one person.
    expect(flagsFor({ food: '800' })).toEqual([]);
  });

  it('food too high: above 2,500 yuan a person', () => {
    expect(flagsFor({ food: '2500.01' })).toEqual([
      { category: 'food', direction: 'high', amount: yuan('2500.01'), guide: yuan(2_500) },
    ]);
    expect(flagsFor({ food: '2500' })).toEqual([]);
    expect(flagsFor({ food: '5000' }, { dependents: 1 })).toEqual([]);
  });

  it('housing above half of income', () => {
    expect(flagsFor({ housing: '4000.01' })).toEqual([
      { category: 'housing', direction: 'high', amount: yuan('4000.01'), guide: yuan(4_000) },
    ]);
    expect(flagsFor({ housing: '4000' })).toEqual([]);
  });

  it('communication above 300 yuan', () => {
    expect(flagsFor({ communication: '301' })).toEqual([
      { category: 'communication', direction: 'high', amount: yuan(301), guide: yuan(300) },
    ]);
    expect(flagsFor({ communication: '300' })).toEqual([]);
  });

  it('transport above a quarter of income, other above a fifth', () => {
    expect(flagsFor({ transport: '2001', other: '1601' })).toEqual([
      { category: 'transport', direction: 'high', amount: yuan(2_001), guide: yuan(2_000) },
      { category: 'other', direction: 'high', amount: yuan(1_601), guide: yuan(1_600) },
    ]);
    expect(flagsFor({ transport: '2000', other: '1600' })).toEqual([]);
  });

  it('no income: no share-of-income flags, the fixed guides still apply', () => {
    const flags = assess({
      expenses: { housing: '3000', transport: '1000', other: '1000', food: '100', communication: '500' },
    }).expenseFlags;
    expect(flags.map((f) => `${f.category}:${f.direction}`)).toEqual(['food:low', 'communication:high']);
  });

  it('several flags at once, in the order food, communication, housing, transport, other', () => {
    const flags = flagsFor({
      food: '100',
      communication: '400',
      housing: '5000',
      transport: '2500',
      other: '2000',
    });
    expect(flags.map((f) => `${f.category}:${f.direction}`)).toEqual([
      'food:low',
      'communication:high',
      'housing:high',
      'transport:high',
      'other:high',
    ]);
  });
});

describe('assessAffordability: properties', () => {
  const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000_000 }));
  const budgetInput = fc.record(
    {
      incomes: fc.array(amount, { maxLength: 5 }),
      expenses: fc.dictionary(fc.constantFrom(...EXPENSE_CATEGORIES), amount),
      safetyMargin: amount,
      lumpSum: amount,
      dependents: fc.integer({ min: 0, max: 20 }),
      irregular: fc.array(fc.tuple(amount, fc.integer({ min: 1, max: 60 })), { maxLength: 5 }),
      priority: fc.array(fc.tuple(fc.constantFrom(...PRIORITY_DEBT_KINDS), amount), { maxLength: 5 }),
    },
    { requiredKeys: ['incomes', 'expenses'] },
  );

  it('capacity − shortfall = income − expenses − margin, at most one of them non-zero', () => {
    fc.assert(
      fc.property(budgetInput, (input) => {
        const parsed = budget({
          incomes: input.incomes.map((monthly, i) => ({ name: `收入${i}`, monthly: yuanText(monthly) })),
          expenses: Object.fromEntries(Object.entries(input.expenses).map(([k, v]) => [k, yuanText(v)])),
          ...(input.safetyMargin === undefined ? {} : { safetyMargin: yuanText(input.safetyMargin) }),
          ...(input.lumpSum === undefined ? {} : { lumpSum: yuanText(input.lumpSum) }),
          ...(input.dependents === undefined ? {} : { dependents: input.dependents }),
          ...(input.irregular === undefined
            ? {}
            : {
                irregularCosts: input.irregular.map(([cost, every], i) => ({
                  name: `不定期${i}`,
                  amount: yuanText(cost),
                  every,
                })),
              }),
          ...(input.priority === undefined
            ? {}
            : {
                priorityDebts: input.priority.map(([kind, monthly], i) => ({
                  kind,
                  name: `优先${i}`,
                  monthly: yuanText(monthly),
                })),
              }),
        });
        const result = assessAffordability(parsed);
        const income = input.incomes.reduce((a, b) => a + b, 0);
        const expenses = Object.values(input.expenses).reduce((a, b) => a + b, 0);
        // Each irregular cost ÷ its months, half up, in exact integers: floor((2·cost + n) / 2n).
        const irregular = (input.irregular ?? [])
          .map(([cost, every]) => Math.floor((2 * cost + every) / (2 * every)))
          .reduce((a, b) => a + b, 0);
        const priority = (input.priority ?? []).reduce((sum, [, monthly]) => sum + monthly, 0);
        // 5 % half-up in exact integers: floor(income / 20 + 1/2) = floor((income + 10) / 20).
        const margin = input.safetyMargin ?? Math.floor((income + 10) / 20);
        expect(result.monthlyIncome).toBe(income);
        expect(result.essentialExpenses).toBe(expenses);
        expect(result.irregularMonthly).toBe(irregular);
        // Priority debts are never shared out or reduced: each is its own monthly amount.
        expect(result.priorityDebts.map((debt) => debt.monthly)).toEqual(
          (input.priority ?? []).map(([, monthly]) => monthly),
        );
        expect(result.priorityMonthly).toBe(priority);
        expect(result.safetyMargin).toBe(margin);
        expect(result.safetyMarginIsDefault).toBe(input.safetyMargin === undefined);
        expect(result.monthly - result.shortfall).toBe(income - expenses - irregular - priority - margin);
        expect(result.monthly).toBeGreaterThanOrEqual(0);
        expect(result.shortfall).toBeGreaterThanOrEqual(0);
        expect(result.monthly === 0 || result.shortfall === 0).toBe(true);
        expect(result.lumpSum).toBe(input.lumpSum ?? 0);
        expect(result.dependents).toBe(input.dependents ?? 0);
        expect(result.budgetGiven).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the default margin is 5 % of income rounded half-up to the fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (income) => {
        expect(defaultSafetyMargin(yuan(yuanText(income)))).toBe(Math.floor((income + 10) / 20));
      }),
      { numRuns: 1_000 },
    );
  });
});
