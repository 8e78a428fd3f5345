import { type Budget, EXPENSE_CATEGORIES } from '../case/budget-schema.js';
import { type Fen, fen, sumFen } from '../money/fen.js';
import { type ExpenseFlag, flagExpenses } from './expense-flags.js';
import { defaultSafetyMargin } from './safety-margin.js';

export interface Affordability {
  monthlyIncome: Fen;
  essentialExpenses: Fen;
  safetyMargin: Fen;
  /** True when the margin is the default share of income, not one the person stated. */
  safetyMarginIsDefault: boolean;
  /** income − essential expenses − safety margin, never below 0: what can go to creditors monthly. */
  monthly: Fen;
  /** Shortfall when expenses and margin exceed income (0 otherwise). */
  shortfall: Fen;
  lumpSum: Fen;
  dependents: number;
  expenseFlags: ExpenseFlag[];
  /** False when the case file has no budget: the plan then cannot offer anything. */
  budgetGiven: boolean;
}

/** Monthly repayment capacity (还款能力) from the household budget. */
export function assessAffordability(budget: Budget | undefined): Affordability {
  if (!budget) {
    const zero = fen(0);
    return {
      monthlyIncome: zero,
      essentialExpenses: zero,
      safetyMargin: zero,
      safetyMarginIsDefault: true,
      monthly: zero,
      shortfall: zero,
      lumpSum: zero,
      dependents: 0,
      expenseFlags: [],
      budgetGiven: false,
    };
  }
  const monthlyIncome = sumFen(budget.incomes.map((income) => income.monthly));
  const essentialExpenses = sumFen(EXPENSE_CATEGORIES.map((category) => budget.expenses[category]));
  const safetyMargin = budget.safetyMargin ?? defaultSafetyMargin(monthlyIncome);
  const left = monthlyIncome - essentialExpenses - safetyMargin;
  return {
    monthlyIncome,
    essentialExpenses,
    safetyMargin,
    safetyMarginIsDefault: budget.safetyMargin === undefined,
    monthly: fen(Math.max(0, left)),
    shortfall: fen(Math.max(0, -left)),
    lumpSum: budget.lumpSum,
    dependents: budget.dependents,
    expenseFlags: flagExpenses(budget, monthlyIncome),
    budgetGiven: true,
  };
}
