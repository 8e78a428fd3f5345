import type { CalendarDate } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { type Fen, fen } from '../money/fen.js';
import { MAX_PLAN_MONTHS, type PlanMonth } from './plan-types.js';
import type { StrategyRules } from './strategy-rules.js';

export interface Simulation {
  /** Every debt's target reached within MAX_PLAN_MONTHS, and no month's commitments above capacity. */
  cleared: boolean;
  /** Some month's fixed commitments alone are more than that month's capacity (and lump sum). */
  overcommitted: boolean;
  /** payments[month − 1][debt index]. */
  payments: Fen[][];
}

/**
 * Runs a strategy month by month: first each month's fixed commitments (agreements; `fixed[debt]`
 * by month, null for a debt the strategy shares to), out of that month's capacity and, in month 1,
 * the lump sum; then what is left is shared by the strategy — in month 1 the lump sum and the
 * capacity, then the capacity alone — until every target and commitment is paid or MAX_PLAN_MONTHS
 * have passed.
 */
export function simulateStrategy(
  rules: StrategyRules,
  capacity: Fen,
  lumpSum: Fen,
  fixed: readonly (readonly Fen[] | null)[] = [],
): Simulation {
  const remaining = rules.targets.slice();
  const payments: Fen[][] = [];
  const pay = (shares: readonly Fen[], into: Fen[]) => {
    shares.forEach((share, index) => {
      remaining[index] = fen((remaining[index] ?? 0) - share);
      into[index] = fen((into[index] ?? 0) + share);
    });
  };
  const fixedMonths = Math.max(0, ...fixed.map((row) => row?.length ?? 0));
  const owing = (month: number) => remaining.some((owed) => owed > 0) || month <= fixedMonths;
  let overcommitted = false;
  for (let month = 1; month <= MAX_PLAN_MONTHS && owing(month); month++) {
    const paid = remaining.map(() => fen(0));
    const committed = fixed.map((row) => row?.[month - 1] ?? fen(0));
    const committedTotal = committed.reduce((sum, amount) => sum + amount, 0);
    committed.forEach((amount, index) => {
      paid[index] = amount;
    });
    // Commitments come out of the month's capacity first, then (in month 1) out of the lump sum.
    let monthCapacity = capacity - committedTotal;
    let lump = month === 1 ? (lumpSum as number) : 0;
    if (monthCapacity < 0) {
      lump += monthCapacity;
      monthCapacity = 0;
    }
    if (lump < 0) overcommitted = true;
    if (lump > 0) pay(rules.useLumpSum(fen(lump), remaining), paid);
    if (monthCapacity > 0) pay(rules.shareMonth(fen(monthCapacity), remaining), paid);
    if (paid.every((amount) => amount === 0) && month > fixedMonths) break;
    payments.push(paid);
  }
  const cleared = !overcommitted && !remaining.some((owed) => owed > 0) && fixedMonths <= MAX_PLAN_MONTHS;
  return { cleared, overcommitted, payments };
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
