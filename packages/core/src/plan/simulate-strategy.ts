import type { CalendarDate } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { type Fen, fen } from '../money/fen.js';
import { MAX_PLAN_MONTHS, type PlanMonth } from './plan-types.js';
import type { StrategyRules } from './strategy-rules.js';

export interface Simulation {
  /** Every debt's target reached within MAX_PLAN_MONTHS. */
  cleared: boolean;
  /** payments[month − 1][debt index]. */
  payments: Fen[][];
}

/**
 * Runs a strategy month by month: in month 1 the lump sum and that month's capacity, then the
 * capacity alone, until every target is paid or MAX_PLAN_MONTHS have passed.
 */
export function simulateStrategy(rules: StrategyRules, capacity: Fen, lumpSum: Fen): Simulation {
  const remaining = rules.targets.slice();
  const payments: Fen[][] = [];
  const pay = (shares: readonly Fen[], into: Fen[]) => {
    shares.forEach((share, index) => {
      remaining[index] = fen((remaining[index] ?? 0) - share);
      into[index] = fen((into[index] ?? 0) + share);
    });
  };
  const owing = () => remaining.some((owed) => owed > 0);
  for (let month = 1; month <= MAX_PLAN_MONTHS && owing(); month++) {
    const paid = remaining.map(() => fen(0));
    if (month === 1 && lumpSum > 0) pay(rules.useLumpSum(lumpSum, remaining), paid);
    if (capacity > 0) pay(rules.shareMonth(capacity, remaining), paid);
    if (paid.every((amount) => amount === 0)) break;
    payments.push(paid);
  }
  return { cleared: !owing(), payments };
}

/** The simulation as dated months listing only the debts paid in each. */
export function toPlanMonths(
  simulation: Simulation,
  debtIds: readonly string[],
  firstDate: CalendarDate,
): PlanMonth[] {
  return simulation.payments.map((row, index) => ({
    month: index + 1,
    date: addMonths(firstDate, index),
    payments: row.flatMap((amount, debtIndex) =>
      amount > 0 ? [{ debtId: debtIds[debtIndex] ?? '', amount }] : [],
    ),
  }));
}
