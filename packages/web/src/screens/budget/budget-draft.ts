import {
  type Budget,
  type CaseFileInput,
  EXPENSE_CATEGORIES,
  type ExpenseCategory,
  type Fen,
  fen,
  formatYuan,
  MAX_DEPENDENTS,
  MAX_INCOME_NAME_LENGTH,
  type MoneyParseError,
  parseMoney,
} from '@shangan/core';

/** The case file's budget as stored and sent (money as yuan text). */
export type BudgetInput = NonNullable<CaseFileInput['budget']>;

export interface IncomeDraft {
  /** Stable key for the list while rows are added and removed. */
  key: string;
  name: string;
  monthly: string;
}

/** The budget form exactly as typed: nothing is lost when a value is not (yet) valid. */
export interface BudgetDraft {
  incomes: IncomeDraft[];
  expenses: Record<ExpenseCategory, string>;
  lumpSum: string;
  dependents: string;
  /** Empty: the default margin (5 % of income) applies. */
  safetyMargin: string;
}

/** What is wrong with a field; the screen words it and names the field. */
export type FieldProblem =
  | MoneyParseError
  | 'negative'
  | 'name_missing'
  | 'name_too_long'
  | 'not_whole'
  | 'too_many_people';

/**
 * Field keys are the case file's paths inside `budget` (`incomes[0].monthly`, `expenses.food`,
 * `lumpSum`), so the server's issues (`caseFile.budget.expenses.food`) land on the same fields.
 */
export type FieldErrors = Record<string, FieldProblem>;

let nextKey = 0;
export function newIncome(name = '', monthly = ''): IncomeDraft {
  nextKey += 1;
  return { key: `income-${nextKey}`, name, monthly };
}

const asText = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** The stored budget as form text; a case without a budget starts with one empty income row. */
export function draftFromBudget(budget: BudgetInput | undefined): BudgetDraft {
  const expenses = Object.fromEntries(
    EXPENSE_CATEGORIES.map((category) => [category, asText(budget?.expenses?.[category])]),
  ) as Record<ExpenseCategory, string>;
  const incomes = (budget?.incomes ?? []).map((income) => newIncome(income.name, asText(income.monthly)));
  return {
    incomes: incomes.length > 0 ? incomes : [newIncome()],
    expenses,
    lumpSum: asText(budget?.lumpSum),
    dependents: budget?.dependents === undefined ? '' : String(budget.dependents),
    safetyMargin: asText(budget?.safetyMargin),
  };
}

const isBlank = (text: string) => text.trim() === '';
const isBlankIncome = (income: IncomeDraft) => isBlank(income.name) && isBlank(income.monthly);

/** Money ≥ 0 from text; blank is undefined (the caller decides: 0 for an expense, the default margin). */
function readMoney(
  text: string,
): { ok: true; value: Fen | undefined } | { ok: false; problem: FieldProblem } {
  if (isBlank(text)) return { ok: true, value: undefined };
  const parsed = parseMoney(text);
  if (!parsed.ok) return { ok: false, problem: parsed.reason };
  if (parsed.value < 0) return { ok: false, problem: 'negative' };
  return { ok: true, value: parsed.value };
}

export interface ReadBudget {
  /** The budget from every valid field (a field with an error counts as empty); undefined when nothing is typed. */
  budget: Budget | undefined;
  errors: FieldErrors;
}

/** Reads the form with the core's money parser, as the server will read the saved file. */
export function readDraft(draft: BudgetDraft): ReadBudget {
  const errors: FieldErrors = {};
  const money = (key: string, text: string): Fen | undefined => {
    const result = readMoney(text);
    if (result.ok) return result.value;
    errors[key] = result.problem;
    return undefined;
  };
  const incomes: Budget['incomes'] = [];
  draft.incomes.forEach((income, index) => {
    if (isBlankIncome(income)) return;
    const name = income.name.trim();
    if (name === '') errors[`incomes[${index}].name`] = 'name_missing';
    else if (name.length > MAX_INCOME_NAME_LENGTH) errors[`incomes[${index}].name`] = 'name_too_long';
    const key = `incomes[${index}].monthly`;
    if (isBlank(income.monthly)) errors[key] = 'empty';
    const monthly = money(key, income.monthly);
    if (monthly !== undefined) incomes.push({ name, monthly });
  });
  const expenses = Object.fromEntries(
    EXPENSE_CATEGORIES.map((category) => [
      category,
      money(`expenses.${category}`, draft.expenses[category]) ?? fen(0),
    ]),
  ) as Record<ExpenseCategory, Fen>;
  const lumpSum = money('lumpSum', draft.lumpSum) ?? fen(0);
  const safetyMargin = money('safetyMargin', draft.safetyMargin);
  const dependents = readDependents(draft.dependents, errors);
  const nothingTyped =
    draft.incomes.every(isBlankIncome) &&
    EXPENSE_CATEGORIES.every((category) => isBlank(draft.expenses[category])) &&
    [draft.lumpSum, draft.dependents, draft.safetyMargin].every(isBlank);
  const budget: Budget = {
    incomes,
    expenses,
    lumpSum,
    dependents,
    ...(safetyMargin === undefined ? {} : { safetyMargin }),
  };
  return { budget: nothingTyped ? undefined : budget, errors };
}

function readDependents(text: string, errors: FieldErrors): number {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return 0;
  if (!/^\d+$/.test(trimmed)) {
    errors.dependents = 'not_whole';
    return 0;
  }
  const count = Number(trimmed);
  if (count > MAX_DEPENDENTS) {
    errors.dependents = 'too_many_people';
    return 0;
  }
  return count;
}

/**
 * The budget to save (money as "1234.50", so "1.2万" is stored as the amount it means), and for each
 * saved income the form row it came from: blank rows are left out, and the server's issue paths
 * (`incomes[1]`) count the saved rows.
 */
export function budgetToSave(
  draft: BudgetDraft,
  budget: Budget,
): { input: BudgetInput; incomeRows: number[] } {
  const incomeRows = draft.incomes.flatMap((income, index) => (isBlankIncome(income) ? [] : [index]));
  const input: BudgetInput = {
    incomes: budget.incomes.map((income) => ({ name: income.name, monthly: formatYuan(income.monthly) })),
    expenses: Object.fromEntries(
      EXPENSE_CATEGORIES.map((category) => [category, formatYuan(budget.expenses[category])]),
    ),
    lumpSum: formatYuan(budget.lumpSum),
    dependents: budget.dependents,
    ...(budget.safetyMargin === undefined ? {} : { safetyMargin: formatYuan(budget.safetyMargin) }),
  };
  return { input, incomeRows };
}

const ISSUE_PREFIX = 'caseFile.budget.';

/**
 * The form field a server issue is about (`caseFile.budget.incomes[0].monthly` → the field of the
 * form row that income came from), or undefined for an issue outside the budget.
 */
export function fieldOfIssue(path: string, incomeRows: readonly number[]): string | undefined {
  if (!path.startsWith(ISSUE_PREFIX)) return undefined;
  const field = path.slice(ISSUE_PREFIX.length);
  const income = /^incomes\[(\d+)\](.*)$/.exec(field);
  if (income === null) return field;
  const row = incomeRows[Number(income[1])];
  return row === undefined ? 'incomes' : `incomes[${row}]${income[2] ?? ''}`;
}
