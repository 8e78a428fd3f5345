import { type Fen, fen, MAX_PLAN_MONTHS, type PlanReportJson, type StrategyName, yuan } from '@shangan/core';

export type StrategyJson = PlanReportJson['strategies'][number];

/** What a strategy has to pay in total: its total when it works, the amount it falls short of otherwise. */
export function neededTotal(strategy: StrategyJson): Fen {
  return strategy.shortfall === null ? yuan(strategy.totalPaid) : yuan(strategy.shortfall.needed);
}

/**
 * How much more each month would make an infeasible strategy work, rounded up to the fen (rounding
 * down would leave it short). Every strategy spends the whole capacity while anything is owed
 * (ADR 0007), so it clears within 60 months exactly when 60 × capacity + lump sum ≥ what it needs:
 * the gap spread over those 60 months. Null for a strategy that works.
 */
export function monthlyGap(strategy: StrategyJson): Fen | null {
  if (strategy.shortfall === null) return null;
  const gap = yuan(strategy.shortfall.needed) - yuan(strategy.shortfall.available);
  return fen(Math.max(0, Math.ceil(gap / MAX_PLAN_MONTHS)));
}

/**
 * The strategy whose offers are shown first: pro rata, the fair default every creditor can be told
 * about; when it does not work, the first one that does; when none works, pro rata still (its gap).
 */
export function defaultStrategy(report: PlanReportJson): StrategyName {
  const proRata = report.strategies.find((strategy) => strategy.name === 'pro_rata');
  if (proRata?.feasible) return proRata.name;
  return (
    (report.strategies.find((strategy) => strategy.feasible) ?? proRata ?? report.strategies[0])?.name ??
    'pro_rata'
  );
}
