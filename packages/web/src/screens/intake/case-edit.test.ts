import { type CaseFileInput, validateCaseFile } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { analysisDate, debtAfter, finishPath, withDebt, withoutDebt } from './case-edit';
import type { DebtInput } from './debt-draft';

const debt = (id: string, principal = '100'): DebtInput => ({
  id,
  lender: id,
  lenderType: 'bank',
  contractDate: '2025-01-01',
  principal,
});
const file: CaseFileInput = { version: 1, asOf: '2026-11-20', debts: [debt('d1'), debt('d2')] };

describe('editing the case', () => {
  it.each([
    ['an own case moves to today', '2026-11-20', '2026-11-21', false, '2026-11-21'],
    ['the sample keeps its date', '2026-11-20', '2026-11-21', true, '2026-11-20'],
    ['never backwards', '2026-12-01', '2026-11-21', false, '2026-12-01'],
  ])('%s', (_name, asOf, today, sample, expected) =>
    expect(analysisDate(asOf, today, sample)).toBe(expected),
  );

  it('replaces a debt in place and adds a new one at the end', () => {
    expect(withDebt(file, debt('d1', '5'), file.asOf).debts.map((item) => [item.id, item.principal])).toEqual(
      [
        ['d1', '5'],
        ['d2', '100'],
      ],
    );
    const added = withDebt(file, debt('d3'), '2026-11-21');
    expect([added.asOf, added.debts.map((item) => item.id)]).toEqual(['2026-11-21', ['d1', 'd2', 'd3']]);
    expect(withoutDebt(file, 'd1').debts.map((item) => item.id)).toEqual(['d2']);
  });

  it('deletes a debt from the custom order too, so the case stays valid', () => {
    const ordered: CaseFileInput = { ...file, plan: { order: ['d2', 'd1'] } };
    expect(withoutDebt(ordered, 'd1')).toMatchObject({ plan: { order: ['d2'] } });
    expect(validateCaseFile(withoutDebt(ordered, 'd1')).ok).toBe(true);
    expect(validateCaseFile({ ...ordered, debts: [debt('d2')] }).ok).toBe(false);
    expect(withoutDebt(file, 'd1')).not.toHaveProperty('plan');
  });

  it('finds the next debt', () => {
    expect([debtAfter(file, 'd1'), debtAfter(file, 'd2'), debtAfter(file, 'x')]).toEqual([
      'd2',
      undefined,
      undefined,
    ]);
  });

  it.each([
    [{}, [], '/intake/about'],
    [{}, ['about'], '/intake/situation'],
    [{ person: { name: '张三' } }, [], '/intake/situation'],
    [{ person: {} }, ['situation'], '/overview'],
    [{ person: {}, circumstances: {} }, [], '/overview'],
  ] as const)('finish with %j after skipping %j → %s', (parts, skipped, path) => {
    expect(finishPath({ ...file, ...parts }, skipped)).toBe(path);
  });
});
