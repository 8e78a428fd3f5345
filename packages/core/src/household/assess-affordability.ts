import { type Budget, EXPENSE_CATEGORIES, type PriorityDebt } from '../case/budget-schema.js';
import { type Fen, fen, sumFen } from '../money/fen.js';
import { type ExpenseFlag, flagExpenses } from './expense-flags.js';
import { type IrregularCostLine, irregularCostLines } from './irregular-costs.js';
import { defaultSafetyMargin } from './safety-margin.js';

export interface Affordability {
  monthlyIncome: Fen;
  /** The expense categories' sum (irregular costs not included). */
  essentialExpenses: Fen;
  /** Costs that come every few months, each with its monthly equivalent. */
  irregularCosts: IrregularCostLine[];
  /** The sum of their monthly equivalents. */
  irregularMonthly: Fen;
  /** Paid every month in full before anything is shared among the other creditors, as the budget lists them. */
  priorityDebts: PriorityDebt[];
  priorityMonthly: Fen;
  safetyMargin: Fen;
  /** True when the margin is the default share of income, not one the person stated. */
  safetyMarginIsDefault: boolean;
  /**
   * income − essential expenses − irregular costs − priority debts − safety margin, never below 0:
   * what can go to the other creditors (online loans, cards, private loans) monthly.
   */
  monthly: Fen;
  /** Shortfall when expenses, priority debts and margin exceed income (0 otherwise). */
  shortfall: Fen;
  lumpSum: Fen;
  dependents: number;
  expenseFlags: ExpenseFlag[];
  /** False when the case file has no budget: the plan then cannot offer anything. */
  budgetGiven: boolean;
}

/**
 * Monthly repayment capacity (还款能力) from the household budget. Priority debts come off before
 * anything is left for the others, in full (StepChange's "priority debts first"): the strategies
 * share only what remains, so a priority payment is never shared out or reduced.
 */
export function assessAffordability(budget: Budget | undefined): Affordability {
  if (!budget) {
    const zero = fen(0);
    return {
      monthlyIncome: zero,
      essentialExpenses: zero,
      irregularCosts: [],
      irregularMonthly: zero,
      priorityDebts: [],
      priorityMonthly: zero,
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
  const irregularCosts = irregularCostLines(budget.irregularCosts);
  const irregularMonthly = sumFen(irregularCosts.map((cost) => cost.monthly));
  const priorityMonthly = sumFen(budget.priorityDebts.map((debt) => debt.monthly));
  const safetyMargin = budget.safetyMargin ?? defaultSafetyMargin(monthlyIncome);
  const left = monthlyIncome - essentialExpenses - irregularMonthly - priorityMonthly - safetyMargin;
  return {
    monthlyIncome,
    essentialExpenses,
    irregularCosts,
    irregularMonthly,
    priorityDebts: budget.priorityDebts,
    priorityMonthly,
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
