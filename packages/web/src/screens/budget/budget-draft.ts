import {
  type Budget,
  type CaseFileInput,
  EXPENSE_CATEGORIES,
  type ExpenseCategory,
  type Fen,
  fen,
  formatYuan,
  MAX_BUDGET_LINE_NAME_LENGTH,
  MAX_DEPENDENTS,
  MAX_INCOME_NAME_LENGTH,
  MAX_IRREGULAR_EVERY,
  MAX_PRIORITY_NOTE_LENGTH,
  type MoneyParseError,
  PRIORITY_DEBT_KINDS,
  type PriorityDebtKind,
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

/** A cost that comes every few months, as typed; `category` '' is none. */
export interface IrregularDraft {
  key: string;
  name: string;
  amount: string;
  every: string;
  category: ExpenseCategory | '';
}

/** A priority debt as typed. */
export interface PriorityDraft {
  key: string;
  kind: PriorityDebtKind;
  name: string;
  monthly: string;
  arrears: string;
  note: string;
}

/** The budget form exactly as typed: nothing is lost when a value is not (yet) valid. */
export interface BudgetDraft {
  incomes: IncomeDraft[];
  expenses: Record<ExpenseCategory, string>;
  irregularCosts: IrregularDraft[];
  priorityDebts: PriorityDraft[];
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
  | 'cost_name_missing'
  | 'debt_name_missing'
  | 'name_too_long'
  | 'note_too_long'
  | 'months_invalid'
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

export function newIrregularCost(fields: Partial<Omit<IrregularDraft, 'key'>> = {}): IrregularDraft {
  nextKey += 1;
  return { key: `irregular-${nextKey}`, name: '', amount: '', every: '12', category: '', ...fields };
}

export function newPriorityDebt(fields: Partial<Omit<PriorityDraft, 'key'>> = {}): PriorityDraft {
  nextKey += 1;
  const first: PriorityDebtKind = PRIORITY_DEBT_KINDS[0];
  return { key: `priority-${nextKey}`, kind: first, name: '', monthly: '', arrears: '', note: '', ...fields };
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
    irregularCosts: (budget?.irregularCosts ?? []).map((cost) =>
      newIrregularCost({
        name: cost.name,
        amount: asText(cost.amount),
        every: String(cost.every),
        category: cost.category ?? '',
      }),
    ),
    priorityDebts: (budget?.priorityDebts ?? []).map((debt) =>
      newPriorityDebt({
        kind: debt.kind,
        name: debt.name,
        monthly: asText(debt.monthly),
        arrears: asText(debt.arrears),
        note: debt.note ?? '',
      }),
    ),
    lumpSum: asText(budget?.lumpSum),
    dependents: budget?.dependents === undefined ? '' : String(budget.dependents),
    safetyMargin: asText(budget?.safetyMargin),
  };
}

const isBlank = (text: string) => text.trim() === '';
const isBlankIncome = (income: IncomeDraft) => isBlank(income.name) && isBlank(income.monthly);
/** A row left untouched: its months keep their starting "12" and the select its first choice. */
const isBlankCost = (cost: IrregularDraft) => isBlank(cost.name) && isBlank(cost.amount);
const isBlankPriority = (debt: PriorityDraft) =>
  [debt.name, debt.monthly, debt.arrears, debt.note].every(isBlank);

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
  const lineName = (key: string, text: string, missing: FieldProblem) => {
    const name = text.trim();
    if (name === '') errors[key] = missing;
    else if (name.length > MAX_BUDGET_LINE_NAME_LENGTH) errors[key] = 'name_too_long';
    return name;
  };
  const required = (key: string, text: string): Fen | undefined => {
    if (isBlank(text)) errors[key] = 'empty';
    return money(key, text);
  };
  const irregularCosts: Budget['irregularCosts'] = [];
  draft.irregularCosts.forEach((cost, index) => {
    if (isBlankCost(cost)) return;
    const at = `irregularCosts[${index}]`;
    const name = lineName(`${at}.name`, cost.name, 'cost_name_missing');
    const amount = required(`${at}.amount`, cost.amount);
    const every = readMonths(cost.every);
    if (every === undefined) errors[`${at}.every`] = 'months_invalid';
    if (amount !== undefined && every !== undefined) {
      irregularCosts.push({
        name,
        amount,
        every,
        ...(cost.category === '' ? {} : { category: cost.category }),
      });
    }
  });
  const priorityDebts: Budget['priorityDebts'] = [];
  draft.priorityDebts.forEach((debt, index) => {
    if (isBlankPriority(debt)) return;
    const at = `priorityDebts[${index}]`;
    const name = lineName(`${at}.name`, debt.name, 'debt_name_missing');
    const monthly = required(`${at}.monthly`, debt.monthly);
    const arrears = money(`${at}.arrears`, debt.arrears);
    const note = debt.note.trim();
    if (note.length > MAX_PRIORITY_NOTE_LENGTH) errors[`${at}.note`] = 'note_too_long';
    if (monthly !== undefined) {
      priorityDebts.push({
        kind: debt.kind,
        name,
        monthly,
        ...(arrears === undefined ? {} : { arrears }),
        ...(note === '' ? {} : { note }),
      });
    }
  });
  const lumpSum = money('lumpSum', draft.lumpSum) ?? fen(0);
  const safetyMargin = money('safetyMargin', draft.safetyMargin);
  const dependents = readDependents(draft.dependents, errors);
  const nothingTyped =
    draft.incomes.every(isBlankIncome) &&
    EXPENSE_CATEGORIES.every((category) => isBlank(draft.expenses[category])) &&
    draft.irregularCosts.every(isBlankCost) &&
    draft.priorityDebts.every(isBlankPriority) &&
    [draft.lumpSum, draft.dependents, draft.safetyMargin].every(isBlank);
  const budget: Budget = {
    incomes,
    expenses,
    irregularCosts,
    priorityDebts,
    lumpSum,
    dependents,
    ...(safetyMargin === undefined ? {} : { safetyMargin }),
  };
  return { budget: nothingTyped ? undefined : budget, errors };
}

/** Every how many months: a whole number from 1 to 60 (MAX_IRREGULAR_EVERY), else undefined. */
function readMonths(text: string): number | undefined {
  const trimmed = text.normalize('NFKC').trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const months = Number(trimmed);
  return months >= 1 && months <= MAX_IRREGULAR_EVERY ? months : undefined;
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

/** For each list of the budget, the form row each saved item came from. */
export interface SavedRows {
  incomes: number[];
  irregularCosts: number[];
  priorityDebts: number[];
}

/**
 * The budget to save (money as "1234.50", so "1.2万" is stored as the amount it means), and for each
 * saved list item the form row it came from: blank rows are left out, and the server's issue paths
 * (`incomes[1]`) count the saved rows.
 */
export function budgetToSave(draft: BudgetDraft, budget: Budget): { input: BudgetInput; rows: SavedRows } {
  const kept = <T>(items: readonly T[], blank: (item: T) => boolean) =>
    items.flatMap((item, index) => (blank(item) ? [] : [index]));
  const rows: SavedRows = {
    incomes: kept(draft.incomes, isBlankIncome),
    irregularCosts: kept(draft.irregularCosts, isBlankCost),
    priorityDebts: kept(draft.priorityDebts, isBlankPriority),
  };
  const input: BudgetInput = {
    incomes: budget.incomes.map((income) => ({ name: income.name, monthly: formatYuan(income.monthly) })),
    expenses: Object.fromEntries(
      EXPENSE_CATEGORIES.map((category) => [category, formatYuan(budget.expenses[category])]),
    ),
    ...(budget.irregularCosts.length === 0
      ? {}
      : {
          irregularCosts: budget.irregularCosts.map((cost) => ({
            ...cost,
            amount: formatYuan(cost.amount),
          })),
        }),
    ...(budget.priorityDebts.length === 0
      ? {}
      : {
          priorityDebts: budget.priorityDebts.map((debt) => ({
            ...debt,
            monthly: formatYuan(debt.monthly),
            ...(debt.arrears === undefined ? {} : { arrears: formatYuan(debt.arrears) }),
          })),
        }),
    lumpSum: formatYuan(budget.lumpSum),
    dependents: budget.dependents,
    ...(budget.safetyMargin === undefined ? {} : { safetyMargin: formatYuan(budget.safetyMargin) }),
  };
  return { input, rows };
}

const ISSUE_PREFIX = 'caseFile.budget.';

/**
 * The form field a server issue is about (`caseFile.budget.incomes[0].monthly` → the field of the
 * form row that income came from), or undefined for an issue outside the budget.
 */
export function fieldOfIssue(path: string, rows: SavedRows): string | undefined {
  if (!path.startsWith(ISSUE_PREFIX)) return undefined;
  const field = path.slice(ISSUE_PREFIX.length);
  const item = /^(incomes|irregularCosts|priorityDebts)\[(\d+)\](.*)$/.exec(field);
  if (item === null) return field;
  const list = item[1] as keyof SavedRows;
  const row = rows[list][Number(item[2])];
  return row === undefined ? list : `${list}[${row}]${item[3] ?? ''}`;
}
