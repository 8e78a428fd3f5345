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

const expenseField = () => moneyField({ min: 'nonnegative' }).default(fen(0));

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
