import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseFileInput, caseFileSchema } from '../case/case-schema.js';
import { date } from '../dates/calendar-date.js';
import { balanceOverTime } from './balance-over-time.js';

type DebtInput = CaseFileInput['debts'][number];
const debts = (list: Partial<DebtInput>[]) =>
  caseFileSchema.parse({
    version: 1,
    asOf: '2026-11-20',
    debts: list.map((debt, i) => ({
      id: `d${i}`,
      lender: `测试${i}`,
      lenderType: 'microloan',
      contractDate: '2025-01-10',
      principal: '10000',
      ...debt,
    })),
  }).debts;

const agreement = {
  signedOn: '2026-08-01',
  total: '3000',
  instalments: [
    { dueOn: '2026-08-20', amount: '1000' },
    { dueOn: '2026-09-20', amount: '1000' },
    { dueOn: '2026-10-20', amount: '1000' },
  ],
};

describe('balanceOverTime', () => {
  it('is empty without an agreement', () => {
    expect(balanceOverTime(debts([{}]), date('2026-11-20'))).toEqual([]);
  });

  it('draws the agreed balance against the payments: two paid, the third missed', () => {
    const payments = [
      { date: '2026-07-01', amount: '500' }, // before the agreement: not towards it
      { date: '2026-08-19', amount: '1000' },
      { date: '2026-09-19', amount: '1000' },
    ];
    expect(balanceOverTime(debts([{ agreement, payments }]), date('2026-09-30'))).toEqual([
      { date: '2026-08-01', planned: 300_000, actual: 300_000 },
      { date: '2026-08-20', planned: 200_000, actual: 200_000 },
      { date: '2026-09-20', planned: 100_000, actual: 100_000 },
      { date: '2026-10-20', planned: 0, actual: null },
    ]);
  });

  it('never goes below zero nor above the agreed total, and never rises', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 28 }),
            month: fc.integer({ min: 7, max: 11 }),
            yuan: fc.integer({ min: 1, max: 2500 }),
          }),
          { maxLength: 8 },
        ),
        (rows) => {
          const payments = rows.map(({ day, month, yuan }) => ({
            date: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
            amount: String(yuan),
          }));
          const points = balanceOverTime(debts([{ agreement, payments }]), date('2026-11-20'));
          points.forEach((point, index) => {
            expect(point.actual ?? 0).toBeGreaterThanOrEqual(0);
            expect(point.actual ?? 0).toBeLessThanOrEqual(300_000);
            const previous = points[index - 1];
            if (previous?.actual != null && point.actual !== null)
              expect(point.actual).toBeLessThanOrEqual(previous.actual);
            if (previous) expect(point.planned).toBeLessThanOrEqual(previous.planned);
          });
        },
      ),
    );
  });
});
