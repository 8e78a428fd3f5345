import type { CalendarDate } from '../dates/calendar-date.js';
import { type Fen, fen } from '../money/fen.js';
import { buildProposals } from './build-proposals.js';
import { type Commitment, commitmentByMonth } from './commitment.js';
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
  /** Debts paid on fixed dates (agreements, an offer being weighed): the strategy shares the rest. */
  commitments?: readonly Commitment[];
  /** The custom strategy's creditor order, debt ids first paid first (the case file's `plan.order`). */
  order?: readonly string[];
}

/**
 * One strategy's month-by-month plan across all debts, or — when the targets cannot be paid within
 * MAX_PLAN_MONTHS — an infeasible result with the gap and no schedule (never a fake plan).
 */
export function planStrategy(name: StrategyName, input: StrategyInput): StrategyPlan {
  const { capacity, lumpSum, firstDate } = input;
  const fixed = input.debts.map((debt) => {
    const commitment = input.commitments?.find((c) => c.debtId === debt.id);
    return commitment ? commitmentByMonth(commitment, firstDate) : null;
  });
  const committedIds = new Set(input.commitments?.map((c) => c.debtId) ?? []);
  // The strategy shares only what the commitments leave: to it a committed debt is owed nothing.
  const debts = input.debts.map((debt) =>
    committedIds.has(debt.id) ? { ...debt, instalmentTarget: fen(0), settlementAmount: fen(0) } : debt,
  );
  const rules = strategyRules(name, debts, lumpSum, input.order);
  const beyondPlan = input.debts.some((debt, index) => committedIds.has(debt.id) && fixed[index] === null);
  const simulation = simulateStrategy(rules, capacity, lumpSum, fixed);
  const committedTotals = fixed.map((row) => fen(row?.reduce((sum, amount) => sum + amount, 0) ?? 0));
  const needed = fen(
    rules.targets.reduce((sum, target) => sum + target, 0) + committedTotals.reduce((a, b) => a + b, 0),
  );
  if (!simulation.cleared || beyondPlan) {
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
  const targets = rules.targets.map((target, index) => fen(target + (committedTotals[index] ?? 0)));
  const proposals = buildProposals({
    debts,
    rules,
    simulation,
    months: schedule,
    capacity,
    lumpSum,
    committed: committedTotals,
  });
  return {
    name,
    feasible: true,
    months: schedule.length,
    totalPaid: needed,
    firstCleared: firstClearedDebt(simulation.payments, targets, debts),
    schedule,
    proposals,
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
