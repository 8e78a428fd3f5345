import type { ExpenseCategory } from '@shangan/core';
import type { BudgetText } from './messages';

/**
 * The name people see for a form field key (`incomes[0].monthly`, `expenses.food`), so every error
 * message says which field it is about — also the server's, whose paths use the same keys.
 */
export function fieldName(
  key: string,
  text: BudgetText,
  expenseLabels: Record<ExpenseCategory, string>,
): string {
  const income = /^incomes\[(\d+)\]\.(name|monthly)$/.exec(key);
  if (income !== null) {
    const row = Number(income[1]) + 1;
    return income[2] === 'name' ? text.incomeName(row) : text.incomeMonthly(row);
  }
  if (key.startsWith('incomes')) return text.incomesTitle;
  if (key.startsWith('expenses.')) {
    const category = key.slice('expenses.'.length);
    return category in expenseLabels ? expenseLabels[category as ExpenseCategory] : text.expensesTitle;
  }
  if (key === 'lumpSum') return text.lumpSum;
  if (key === 'dependents') return text.dependents;
  if (key === 'safetyMargin') return text.safetyMargin;
  return key;
}
