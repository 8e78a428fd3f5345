import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import { type CalendarDate, date } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import type { Commitment } from './commitment.js';
import { toPlanDebt } from './plan-debt.js';
import { planStrategy } from './plan-strategy.js';
import { STRATEGIES } from './plan-types.js';

// Agreements as commitments: a committed debt is paid exactly its instalments in their months,
// whatever the strategy; the strategy shares only what is left; no month pays more than capacity
// (plus the lump sum in month 1); commitments the capacity cannot bear make the plan infeasible.

const FIRST = date('2027-01-10');

function debt(id: string, supported: number) {
  return toPlanDebt({
    id,
    lenderType: 'bank',
    unlicensed: null,
    apr: null,
    legal: {
      supported: fen(supported),
      claimed: null,
      principalOutstanding: fen(supported),
      limitation: { state: 'running' },
    },
  } as unknown as DebtAnalysis);
}

const monthOf = (k: number): CalendarDate => addMonths(FIRST, k);

const scenario = fc.record({
  supported: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 2, maxLength: 8 }),
  committedCount: fc.integer({ min: 1, max: 3 }),
  periods: fc.integer({ min: 1, max: 36 }),
  startMonth: fc.integer({ min: 0, max: 6 }),
  monthly: fc.integer({ min: 1, max: 300_000 }),
  capacity: fc.integer({ min: 0, max: 1_000_000 }),
  lumpSum: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 })),
  /** The custom strategy's creditor order, committed debts among them or not. */
  order: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }),
});

describe('planStrategy with commitments', () => {
  it('pays each committed debt exactly its instalments in their months and never exceeds capacity', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...STRATEGIES), (s, name) => {
        const debts = s.supported.map((amount, i) => debt(`d${i}`, amount));
        const committed = debts.slice(0, Math.min(s.committedCount, debts.length - 1));
        const commitments: Commitment[] = committed.map((d, i) => ({
          debtId: d.id,
          instalments: Array.from({ length: s.periods }, (_, k) => ({
            date: monthOf(s.startMonth + k + i),
            amount: fen(s.monthly),
          })),
        }));
        const plan = planStrategy(name, {
          debts,
          capacity: fen(s.capacity),
          lumpSum: fen(s.lumpSum),
          firstDate: FIRST,
          commitments,
          order: s.order.map((i) => `d${i}`),
        });
        const committedPerMonth = new Map<string, number>();
        for (const c of commitments)
          for (const row of c.instalments)
            committedPerMonth.set(row.date, (committedPerMonth.get(row.date) ?? 0) + row.amount);
        const fits = [...committedPerMonth.entries()].every(
          ([day, amount]) => amount <= s.capacity + (day === FIRST ? s.lumpSum : 0),
        );
        if (!fits) {
          expect(plan.feasible).toBe(false);
          return;
        }
        if (!plan.feasible) return;
        plan.schedule.forEach((month, index) => {
          const total = month.payments.reduce((sum, p) => sum + p.amount, 0);
          expect(total).toBeLessThanOrEqual(s.capacity + (index === 0 ? s.lumpSum : 0));
          for (const c of commitments) {
            const due = c.instalments
              .filter((row) => row.date === month.date)
              .reduce((sum, row) => sum + row.amount, 0);
            const paid = month.payments.find((p) => p.debtId === c.debtId)?.amount ?? 0;
            expect(paid).toBe(due);
          }
        });
        for (const c of commitments) {
          const proposal = plan.proposals.find((p) => p.debtId === c.debtId);
          expect(proposal).toMatchObject({
            type: 'agreed',
            target: s.monthly * s.periods,
            periods: s.periods,
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shares what the agreement leaves: 1,000 a month, 600 agreed, the other debt gets 400', () => {
    const plan = planStrategy('pro_rata', {
      debts: [debt('agreed', yuan(6_000)), debt('other', yuan(2_000))],
      capacity: yuan(1_000),
      lumpSum: fen(0),
      firstDate: FIRST,
      commitments: [
        {
          debtId: 'agreed',
          instalments: Array.from({ length: 10 }, (_, k) => ({ date: monthOf(k), amount: yuan(600) })),
        },
      ],
    });
    expect(plan.feasible).toBe(true);
    expect(plan.schedule[0]?.payments).toEqual([
      { debtId: 'agreed', amount: yuan(600) },
      { debtId: 'other', amount: yuan(400) },
    ]);
    expect(plan.months).toBe(10);
    expect(plan.totalPaid).toBe(yuan(8_000));
  });

  it('an agreement the budget cannot bear makes the plan infeasible, never a fake schedule', () => {
    const plan = planStrategy('pro_rata', {
      debts: [debt('agreed', yuan(6_000)), debt('other', yuan(2_000))],
      capacity: yuan(500),
      lumpSum: fen(0),
      firstDate: FIRST,
      commitments: [{ debtId: 'agreed', instalments: [{ date: monthOf(1), amount: yuan(600) }] }],
    });
    expect(plan).toMatchObject({ feasible: false, schedule: [] });
  });
});
