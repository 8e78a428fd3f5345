import { z } from 'zod';
import { fen } from '../money/fen.js';
import { moneyField, textField, wholeNumberField } from './schema-primitives.js';

/** The essential-expense categories of the standard budget, in the order a statement lists them. */
export const EXPENSE_CATEGORIES = [
  'housing',
  'food',
  'utilities',
  'transport',
  'communication',
  'medical',
  'children',
  'elderly',
  'insurance',
  'other',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** The most incomes a budget lists. */
export const MAX_INCOMES = 50;
/** The longest name of an income, in characters. */
export const MAX_INCOME_NAME_LENGTH = 100;
/** The most dependents a budget counts. */
export const MAX_DEPENDENTS = 20;
/** The most irregular costs a budget lists. */
export const MAX_IRREGULAR_COSTS = 50;
/**
 * The longest interval of an irregular cost, in months: 60, the plan's horizon (MAX_PLAN_MONTHS).
 * A cost that comes round less often than once in five years is not part of a monthly budget.
 */
export const MAX_IRREGULAR_EVERY = 60;
/** The most priority debts a budget lists. */
export const MAX_PRIORITY_DEBTS = 20;
/** The longest name of an irregular cost or a priority debt, and of a priority debt's note. */
export const MAX_BUDGET_LINE_NAME_LENGTH = 100;
export const MAX_PRIORITY_NOTE_LENGTH = 500;

/**
 * Debts whose consequences are worse than those of an overdue online loan, paid before any 网贷 or
 * card (the "priority debts" of UK debt advice, StepChange's model): rent arrears (losing the home),
 * mortgage arrears (the home), a loan secured on the car (the car), a court judgment (enforcement),
 * tax and social insurance (enforcement by the authorities, and gaps in one's own insurance).
 */
export const PRIORITY_DEBT_KINDS = [
  'rent_arrears',
  'mortgage_arrears',
  'secured_car_loan',
  'court_judgment',
  'tax',
  'social_insurance',
  'other',
] as const;
export type PriorityDebtKind = (typeof PRIORITY_DEBT_KINDS)[number];

const expenseField = () => moneyField({ min: 'nonnegative' }).default(fen(0));

/**
 * A cost that does not come every month (an annual fee, school fees each term, the festivals): the
 * budget counts it as its monthly equivalent (household/irregular-costs.ts), so the plan keeps the
 * money for it and does not break the month it falls due.
 */
export const irregularCostSchema = z.strictObject({
  name: textField(MAX_BUDGET_LINE_NAME_LENGTH),
  /** What is paid each time it falls due. */
  amount: moneyField({ min: 'nonnegative' }),
  /** Every how many months: 12 for a yearly fee, 6 for school fees each term, 3 for a quarterly bill. */
  every: wholeNumberField().min(1).max(MAX_IRREGULAR_EVERY),
  /** The expense category it belongs to, for the statement; without it, it is listed on its own. */
  category: z.enum(EXPENSE_CATEGORIES).optional(),
});

/** A debt paid in full every month before any online loan or card (priority debts first). */
export const priorityDebtSchema = z.strictObject({
  kind: z.enum(PRIORITY_DEBT_KINDS),
  name: textField(MAX_BUDGET_LINE_NAME_LENGTH),
  /** What is paid towards it each month, in full: the plan never shares or reduces it. */
  monthly: moneyField({ min: 'nonnegative' }),
  /** What is owed on it in all, when known: shown, not scheduled. */
  arrears: moneyField({ min: 'nonnegative' }).optional(),
  note: textField(MAX_PRIORITY_NOTE_LENGTH).optional(),
});

/** Monthly household budget: what comes in, what must go out, and any lump sum available now. */
export const budgetSchema = z.strictObject({
  incomes: z
    .array(
      z.strictObject({
        name: textField(MAX_INCOME_NAME_LENGTH),
        monthly: moneyField({ min: 'nonnegative' }),
      }),
    )
    .max(MAX_INCOMES)
    .default([]),
  expenses: z
    .strictObject(
      Object.fromEntries(EXPENSE_CATEGORIES.map((category) => [category, expenseField()])) as Record<
        ExpenseCategory,
        ReturnType<typeof expenseField>
      >,
    )
    // prefault: a missing object is parsed as {}, so every category gets its own default of 0.
    .prefault({}),
  /** Costs that fall due every few months, counted as their monthly equivalents. */
  irregularCosts: z.array(irregularCostSchema).max(MAX_IRREGULAR_COSTS).default([]),
  /** Paid each month, in full, before the online loans and cards share what is left. */
  priorityDebts: z.array(priorityDebtSchema).max(MAX_PRIORITY_DEBTS).default([]),
  /** Money available once, now (savings, help from family) for settlements. */
  lumpSum: moneyField({ min: 'nonnegative' }).default(fen(0)),
  dependents: wholeNumberField().min(0).max(MAX_DEPENDENTS).default(0),
  /**
   * Kept back each month for the unexpected. When absent the affordability step uses its default
   * (see household/safety-margin.ts) and says so in the statement.
   */
  safetyMargin: moneyField({ min: 'nonnegative' }).optional(),
});

export type Budget = z.output<typeof budgetSchema>;
export type IrregularCost = z.output<typeof irregularCostSchema>;
export type PriorityDebt = z.output<typeof priorityDebtSchema>;
