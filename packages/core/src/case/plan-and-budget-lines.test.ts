import { describe, expect, it } from 'vitest';
import { caseFileSchema } from './case-schema.js';
import { toValidationIssues, type ValidationIssue } from './validation-issue.js';

// The budget's irregular costs and priority debts, and the plan's custom order: what a case file
// accepts, and the precise field path of everything it refuses.

const debt = (id: string) => ({
  id,
  lender: `出借人${id}`,
  lenderType: 'microloan',
  contractDate: '2025-01-10',
  principal: '10000',
  terms: { method: 'equal_installment', periods: 12, annualRate: '0.18' },
});

const file = (extra: Record<string, unknown>) => ({
  version: 1,
  asOf: '2026-01-10',
  debts: [debt('a'), debt('b'), debt('c')],
  ...extra,
});

function issues(input: unknown): ValidationIssue[] {
  const parsed = caseFileSchema.safeParse(input);
  if (parsed.success) throw new Error('expected the file to be refused');
  return toValidationIssues(parsed.error, input);
}

describe('budget.irregularCosts and budget.priorityDebts', () => {
  it('parses both, with their defaults', () => {
    const parsed = caseFileSchema.parse(
      file({
        budget: {
          irregularCosts: [{ name: ' 孩子学费 ', amount: '3,000', every: 6, category: 'children' }],
          priorityDebts: [{ kind: 'court_judgment', name: '某法院判决', monthly: '800', arrears: '1.2万' }],
        },
      }),
    );
    expect(parsed.budget?.irregularCosts).toEqual([
      { name: '孩子学费', amount: 300_000, every: 6, category: 'children' },
    ]);
    expect(parsed.budget?.priorityDebts).toEqual([
      { kind: 'court_judgment', name: '某法院判决', monthly: 80_000, arrears: 1_200_000 },
    ]);
    const empty = caseFileSchema.parse(file({ budget: {} }));
    expect(empty.budget?.irregularCosts).toEqual([]);
    expect(empty.budget?.priorityDebts).toEqual([]);
  });

  it('names each field it refuses', () => {
    expect(
      issues(
        file({
          budget: {
            irregularCosts: [
              { name: '年费', amount: '-5', every: 12 },
              { name: '', amount: '100', every: 0 },
              { name: '学费', amount: '100', every: 61, category: 'school' },
              { name: '节日', amount: '100', every: 1.5, when: 'spring' },
            ],
            priorityDebts: [
              { kind: 'gambling', name: '欠款', monthly: '100' },
              { kind: 'tax', monthly: '100', arrears: 'abc' },
            ],
          },
        }),
      ),
    ).toEqual([
      { path: 'budget.irregularCosts[0].amount', code: 'amount_negative', params: {} },
      {
        path: 'budget.irregularCosts[1].name',
        code: 'too_small',
        params: { origin: 'text', minimum: 1, inclusive: true },
      },
      {
        path: 'budget.irregularCosts[1].every',
        code: 'too_small',
        params: { origin: 'number', minimum: 1, inclusive: true },
      },
      {
        path: 'budget.irregularCosts[2].every',
        code: 'too_big',
        params: { origin: 'number', maximum: 60, inclusive: true },
      },
      {
        path: 'budget.irregularCosts[2].category',
        code: 'not_one_of',
        params: {
          allowed: [
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
          ],
        },
      },
      {
        path: 'budget.irregularCosts[3].every',
        code: 'wrong_type',
        params: { expected: 'whole_number' },
      },
      { path: 'budget.irregularCosts[3]', code: 'unknown_fields', params: { keys: ['when'] } },
      {
        path: 'budget.priorityDebts[0].kind',
        code: 'not_one_of',
        params: {
          allowed: [
            'rent_arrears',
            'mortgage_arrears',
            'secured_car_loan',
            'court_judgment',
            'tax',
            'social_insurance',
            'other',
          ],
        },
      },
      { path: 'budget.priorityDebts[1].name', code: 'required', params: {} },
      { path: 'budget.priorityDebts[1].arrears', code: 'invalid_amount', params: { reason: 'not_a_number' } },
    ]);
  });
});

describe('plan.order', () => {
  it('accepts debt ids in any order, some left out', () => {
    expect(caseFileSchema.parse(file({ plan: { order: ['c', 'a'] } })).plan).toEqual({ order: ['c', 'a'] });
    expect(caseFileSchema.parse(file({ plan: {} })).plan).toEqual({ order: [] });
  });

  it('refuses an id that is not a debt of the file, naming the ids there are, and an id listed twice', () => {
    expect(issues(file({ plan: { order: ['b', 'x', 'a', 'b'] } }))).toEqual([
      { path: 'plan.order[1]', code: 'unknown_debt', params: { id: 'x', known: ['a', 'b', 'c'] } },
      { path: 'plan.order[3]', code: 'duplicate_id', params: { id: 'b' } },
    ]);
  });

  it('refuses anything but a list of ids, and an unknown plan field', () => {
    expect(issues(file({ plan: { order: 'a,b' } }))).toEqual([
      { path: 'plan.order', code: 'wrong_type', params: { expected: 'list' } },
    ]);
    expect(issues(file({ plan: { order: [1] } }))).toEqual([
      { path: 'plan.order[0]', code: 'wrong_type', params: { expected: 'text' } },
    ]);
    expect(issues(file({ plan: { strategy: 'custom' } }))).toEqual([
      { path: 'plan', code: 'unknown_fields', params: { keys: ['strategy'] } },
    ]);
  });
});
