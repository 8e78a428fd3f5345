import type { CalendarDate } from '../dates/calendar-date.js';
import { type Fen, fen } from '../money/fen.js';
import { buildProposals } from './build-proposals.js';
import type { PlanDebt } from './plan-debt.js';
import { MAX_PLAN_MONTHS, type StrategyName, type StrategyPlan } from './plan-types.js';
import { simulateStrategy, toPlanMonths } from './simulate-strategy.js';
import { strategyRules } from './strategy-rules.js';

export interface StrategyInput {
  debts: readonly PlanDebt[];
  /** Monthly repayment capacity. */
  capacity: Fen;
  lumpSum: Fen;
  /** The date of the first monthly payment. */
  firstDate: CalendarDate;
}

/**
 * One strategy's month-by-month plan across all debts, or — when the targets cannot be paid within
 * MAX_PLAN_MONTHS — an infeasible result with the gap and no schedule (never a fake plan).
 */
export function planStrategy(name: StrategyName, input: StrategyInput): StrategyPlan {
  const { debts, capacity, lumpSum, firstDate } = input;
  const rules = strategyRules(name, debts, lumpSum);
  const simulation = simulateStrategy(rules, capacity, lumpSum);
  const needed = fen(rules.targets.reduce((sum, target) => sum + target, 0));
  if (!simulation.cleared) {
    return {
      name,
      feasible: false,
      months: 0,
      totalPaid: fen(0),
      firstCleared: null,
      schedule: [],
      proposals: [],
      shortfall: { needed, available: fen(capacity * MAX_PLAN_MONTHS + lumpSum) },
    };
  }
  const schedule = toPlanMonths(
    simulation,
    debts.map((debt) => debt.id),
    firstDate,
  );
  return {
    name,
    feasible: true,
    months: schedule.length,
    totalPaid: needed,
    firstCleared: firstClearedDebt(simulation.payments, rules.targets, debts),
    schedule,
    proposals: buildProposals({ debts, rules, simulation, months: schedule, capacity, lumpSum }),
    shortfall: null,
  };
}

/** The debt paid off earliest (ties: the first in the case file), with the month it is cleared. */
function firstClearedDebt(
  payments: readonly Fen[][],
  targets: readonly Fen[],
  debts: readonly PlanDebt[],
): StrategyPlan['firstCleared'] {
  let best: StrategyPlan['firstCleared'] = null;
  targets.forEach((target, index) => {
    if (target === 0) return;
    let paid = 0;
    const month = payments.findIndex((row) => {
      paid += row[index] ?? 0;
      return paid >= target;
    });
    if (month >= 0 && (best === null || month + 1 < best.month)) {
      best = { debtId: debts[index]?.id ?? '', month: month + 1 };
    }
  });
  return best;
}
