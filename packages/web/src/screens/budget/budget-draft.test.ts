import { assessAffordability } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { budgetToSave, draftFromBudget, fieldOfIssue, newIncome, readDraft } from './budget-draft';

const example = {
  incomes: [{ name: '工资', monthly: '6500' }],
  expenses: {
    housing: '1500',
    food: '1200',
    utilities: '200',
    transport: '300',
    communication: '100',
    other: 300,
  },
  lumpSum: '20000',
  dependents: 1,
};

describe('draftFromBudget', () => {
  it('shows the stored budget as text, blank where nothing is stored', () => {
    const draft = draftFromBudget(example);
    expect(draft.incomes.map(({ name, monthly }) => ({ name, monthly }))).toEqual([
      { name: '工资', monthly: '6500' },
    ]);
    expect(draft.expenses.other).toBe('300');
    expect(draft.expenses.medical).toBe('');
    expect(draft.dependents).toBe('1');
    expect(draft.safetyMargin).toBe('');
  });

  it('starts an empty case with one blank income row', () => {
    expect(draftFromBudget(undefined).incomes).toHaveLength(1);
    expect(readDraft(draftFromBudget(undefined))).toEqual({ budget: undefined, errors: {} });
  });
});

describe('readDraft', () => {
  it('gives the same capacity as the case-format example (6,500 − 3,600 − 5 % margin = 2,575)', () => {
    const { budget, errors } = readDraft(draftFromBudget(example));
    expect(errors).toEqual({});
    const capacity = assessAffordability(budget);
    expect(capacity.monthly).toBe(257_500);
    expect(capacity.safetyMargin).toBe(32_500);
    expect(capacity.lumpSum).toBe(2_000_000);
  });

  it('reads 1.2万 and full-width digits, and names every field it cannot read', () => {
    const draft = draftFromBudget(undefined);
    draft.incomes = [newIncome('工资', '1.2万'), newIncome('', '300'), newIncome('兼职', '')];
    draft.expenses.food = '１２００';
    draft.expenses.housing = '-5';
    draft.expenses.transport = '1.234';
    draft.lumpSum = 'abc';
    draft.dependents = '1.5';
    const { budget, errors } = readDraft(draft);
    expect(budget?.incomes).toEqual([
      { name: '工资', monthly: 1_200_000 },
      { name: '', monthly: 30_000 },
    ]);
    expect(budget?.expenses.food).toBe(120_000);
    expect(errors).toEqual({
      'incomes[1].name': 'name_missing',
      'incomes[2].monthly': 'empty',
      'expenses.housing': 'negative',
      'expenses.transport': 'too_many_decimals',
      lumpSum: 'not_a_number',
      dependents: 'not_whole',
    });
  });

  it('keeps the default margin when the margin is blank, and 0 when 0 is typed', () => {
    const draft = draftFromBudget(example);
    expect(readDraft(draft).budget?.safetyMargin).toBeUndefined();
    draft.safetyMargin = '0';
    expect(readDraft(draft).budget?.safetyMargin).toBe(0);
    draft.dependents = '21';
    expect(readDraft(draft).errors).toEqual({ dependents: 'too_many_people' });
  });
});

describe('budgetToSave', () => {
  it('sends amounts as yuan text, skips blank rows and remembers which row each income came from', () => {
    const draft = draftFromBudget(example);
    draft.incomes = [newIncome(), newIncome('工资', '1.2万'), newIncome(' ', '')];
    const { budget } = readDraft(draft);
    if (budget === undefined) throw new Error('budget expected');
    const { input, incomeRows } = budgetToSave(draft, budget);
    expect(input.incomes).toEqual([{ name: '工资', monthly: '12000.00' }]);
    expect(input.expenses?.housing).toBe('1500.00');
    expect(input.expenses?.medical).toBe('0.00');
    expect(input).not.toHaveProperty('safetyMargin');
    expect(incomeRows).toEqual([1]);
    expect(fieldOfIssue('caseFile.budget.incomes[0].monthly', incomeRows)).toBe('incomes[1].monthly');
  });
});

describe('fieldOfIssue', () => {
  it('maps budget issues to form fields and leaves the rest', () => {
    expect(fieldOfIssue('caseFile.budget.expenses.food', [])).toBe('expenses.food');
    expect(fieldOfIssue('caseFile.budget.lumpSum', [])).toBe('lumpSum');
    expect(fieldOfIssue('caseFile.budget.incomes', [0])).toBe('incomes');
    expect(fieldOfIssue('caseFile.debts[0].principal', [])).toBeUndefined();
  });
});
