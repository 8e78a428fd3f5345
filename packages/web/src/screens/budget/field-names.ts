import type { ExpenseCategory } from '@shangan/core';
import type { BudgetText } from './messages';

/** The label of each field of a list row, by the row's list and the field's key. */
const ROW_FIELDS = {
  incomes: { name: 'incomeName', monthly: 'incomeMonthly' },
  irregularCosts: { name: 'costName', amount: 'costAmount', every: 'costEvery', category: 'costCategory' },
  priorityDebts: {
    kind: 'priorityKind',
    name: 'priorityName',
    monthly: 'priorityMonthly',
    arrears: 'priorityArrears',
    note: 'priorityNote',
  },
} as const satisfies Record<string, Record<string, keyof BudgetText>>;

const LIST_TITLES = {
  incomes: 'incomesTitle',
  irregularCosts: 'irregularTitle',
  priorityDebts: 'priorityTitle',
} as const satisfies Record<keyof typeof ROW_FIELDS, keyof BudgetText>;

/**
 * The name people see for a form field key (`incomes[0].monthly`, `expenses.food`), so every error
 * message says which field it is about — also the server's, whose paths use the same keys.
 */
export function fieldName(
  key: string,
  text: BudgetText,
  expenseLabels: Record<ExpenseCategory, string>,
): string {
  const row = /^(incomes|irregularCosts|priorityDebts)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(key);
  if (row !== null) {
    const list = row[1] as keyof typeof ROW_FIELDS;
    const fields: Record<string, keyof BudgetText> = ROW_FIELDS[list];
    const label = row[3] === undefined ? undefined : fields[row[3]];
    if (row[2] === undefined || label === undefined) return text[LIST_TITLES[list]] as string;
    return (text[label] as (row: number) => string)(Number(row[2]) + 1);
  }
  if (key.startsWith('expenses.')) {
    const category = key.slice('expenses.'.length);
    return category in expenseLabels ? expenseLabels[category as ExpenseCategory] : text.expensesTitle;
  }
  if (key === 'lumpSum') return text.lumpSum;
  if (key === 'dependents') return text.dependents;
  if (key === 'safetyMargin') return text.safetyMargin;
  return key;
}
