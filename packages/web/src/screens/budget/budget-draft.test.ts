import { assessAffordability } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import {
  budgetToSave,
  draftFromBudget,
  fieldOfIssue,
  newIncome,
  newIrregularCost,
  newPriorityDebt,
  readDraft,
  type SavedRows,
} from './budget-draft';

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
    const { input, rows } = budgetToSave(draft, budget);
    expect(input.incomes).toEqual([{ name: '工资', monthly: '12000.00' }]);
    expect(input.expenses?.housing).toBe('1500.00');
    expect(input.expenses?.medical).toBe('0.00');
    expect(input).not.toHaveProperty('safetyMargin');
    expect(input).not.toHaveProperty('irregularCosts');
    expect(input).not.toHaveProperty('priorityDebts');
    expect(rows.incomes).toEqual([1]);
    expect(fieldOfIssue('caseFile.budget.incomes[0].monthly', rows)).toBe('incomes[1].monthly');
  });

  it('saves irregular costs and priority debts as the case file writes them, each row remembered', () => {
    const draft = draftFromBudget(example);
    draft.irregularCosts = [
      newIrregularCost(),
      newIrregularCost({ name: '孩子学费', amount: '3,000', every: '6', category: 'children' }),
    ];
    draft.priorityDebts = [
      newPriorityDebt({
        kind: 'court_judgment',
        name: '某区法院',
        monthly: '800',
        arrears: '1.2万',
        note: ' 执行和解 ',
      }),
      newPriorityDebt(),
      newPriorityDebt({ kind: 'tax', name: '欠税', monthly: '100' }),
    ];
    const { budget, errors } = readDraft(draft);
    expect(errors).toEqual({});
    if (budget === undefined) throw new Error('budget expected');
    const { input, rows } = budgetToSave(draft, budget);
    expect(input.irregularCosts).toEqual([
      { name: '孩子学费', amount: '3000.00', every: 6, category: 'children' },
    ]);
    expect(input.priorityDebts).toEqual([
      { kind: 'court_judgment', name: '某区法院', monthly: '800.00', arrears: '12000.00', note: '执行和解' },
      { kind: 'tax', name: '欠税', monthly: '100.00' },
    ]);
    expect(rows).toEqual({ incomes: [0], irregularCosts: [1], priorityDebts: [0, 2] });
    expect(fieldOfIssue('caseFile.budget.priorityDebts[1].monthly', rows)).toBe('priorityDebts[2].monthly');
    expect(fieldOfIssue('caseFile.budget.irregularCosts[0].every', rows)).toBe('irregularCosts[1].every');
    // 2,575 before; 3,000 every 6 months is 500, and 900 of priority debts: 1,175 left.
    expect(assessAffordability(budget).monthly).toBe(117_500);
    // And back: the saved budget shows as the same rows.
    const again = draftFromBudget(input);
    expect(again.irregularCosts.map(({ key: _key, ...cost }) => cost)).toEqual([
      { name: '孩子学费', amount: '3000.00', every: '6', category: 'children' },
    ]);
    expect(again.priorityDebts[1]).toMatchObject({
      kind: 'tax',
      name: '欠税',
      monthly: '100.00',
      arrears: '',
      note: '',
    });
  });

  it('names every irregular cost and priority debt field it cannot read', () => {
    const draft = draftFromBudget(example);
    draft.irregularCosts = [
      newIrregularCost({ amount: '100' }),
      newIrregularCost({ name: '年费', amount: '', every: '0' }),
      newIrregularCost({ name: '学费', amount: '10', every: '六' }),
    ];
    draft.priorityDebts = [
      newPriorityDebt({ note: '只有备注' }),
      newPriorityDebt({ name: '房东', monthly: '-1', arrears: 'x', note: '长'.repeat(501) }),
    ];
    expect(readDraft(draft).errors).toEqual({
      'irregularCosts[0].name': 'cost_name_missing',
      'irregularCosts[1].amount': 'empty',
      'irregularCosts[1].every': 'months_invalid',
      'irregularCosts[2].every': 'months_invalid',
      'priorityDebts[0].name': 'debt_name_missing',
      'priorityDebts[0].monthly': 'empty',
      'priorityDebts[1].monthly': 'negative',
      'priorityDebts[1].arrears': 'not_a_number',
      'priorityDebts[1].note': 'note_too_long',
    });
  });
});

describe('fieldOfIssue', () => {
  const none: SavedRows = { incomes: [], irregularCosts: [], priorityDebts: [] };
  it('maps budget issues to form fields and leaves the rest', () => {
    expect(fieldOfIssue('caseFile.budget.expenses.food', none)).toBe('expenses.food');
    expect(fieldOfIssue('caseFile.budget.lumpSum', none)).toBe('lumpSum');
    expect(fieldOfIssue('caseFile.budget.incomes', { ...none, incomes: [0] })).toBe('incomes');
    expect(fieldOfIssue('caseFile.budget.priorityDebts[3].name', none)).toBe('priorityDebts');
    expect(fieldOfIssue('caseFile.debts[0].principal', none)).toBeUndefined();
  });
});
