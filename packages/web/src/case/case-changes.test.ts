import type { CaseFileInput } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { caseChanges } from './case-changes';

type Debt = CaseFileInput['debts'][number];

const debt = (id: string, extra: Partial<Debt> = {}): Debt => ({
  id,
  lender: `贷款${id}`,
  lenderType: 'microloan',
  contractDate: '2025-01-10',
  principal: '10000',
  ...extra,
});
const had: CaseFileInput = {
  version: 1,
  asOf: '2026-11-20',
  budget: { incomes: [{ name: '工资', monthly: '6000' }] },
  debts: [debt('a', { payments: [{ date: '2026-01-10', amount: '100.00' }] }), debt('b'), debt('c')],
};

describe('what changed in a case elsewhere', () => {
  it('finds nothing between a case and itself, whatever the order of keys', () => {
    const reordered: CaseFileInput = {
      debts: had.debts,
      budget: { incomes: [{ monthly: '6000', name: '工资' }] },
      asOf: '2026-11-20',
      version: 1,
    };
    expect(caseChanges(had, structuredClone(had))).toEqual([]);
    expect(caseChanges(had, reordered)).toEqual([]);
  });

  it('names the sections, the debts added and removed, and the fields of a debt that differ', () => {
    const now: CaseFileInput = {
      ...had,
      asOf: '2026-11-21',
      budget: undefined,
      person: { name: '张三' } as CaseFileInput['person'],
      plan: { order: ['c', 'a'] },
      debts: [
        debt('a', {
          principal: '9000',
          payments: [
            { date: '2026-01-10', amount: '100.00' },
            { date: '2026-02-10', amount: '200.00' },
          ],
        }),
        debt('c'),
        debt('d'),
      ],
    };
    expect(caseChanges(had, now)).toEqual([
      { kind: 'section', section: 'asOf' },
      { kind: 'section', section: 'person' },
      { kind: 'section', section: 'budget' },
      { kind: 'section', section: 'plan' },
      { kind: 'debt_removed', debtId: 'b', lender: '贷款b' },
      { kind: 'debt_changed', debtId: 'a', lender: '贷款a', fields: ['principal', 'payments'] },
      { kind: 'debt_added', debtId: 'd', lender: '贷款d' },
    ]);
  });

  it('leaves out contacts (only ever appended) and treats no payments as an empty list', () => {
    const now: CaseFileInput = {
      ...had,
      debts: [
        {
          ...(had.debts[0] as Debt),
          contacts: [{ at: '2026-11-03T22:40', channel: 'phone', direction: 'incoming' }],
        },
        debt('b', { payments: [] }),
        debt('c'),
      ],
    };
    expect(caseChanges(had, now)).toEqual([]);
  });
});
