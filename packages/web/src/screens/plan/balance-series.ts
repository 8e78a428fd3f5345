import { type Fen, fen, yuan } from '@shangan/core';
import type { StrategyJson } from './strategy-facts';

export interface BalancePoint {
  /** 0 before the first payment, then the plan's month. */
  month: number;
  /** The payment date of that month; null before the first payment. */
  date: string | null;
  /** What is still to pay across all creditors after that month's payments. */
  balance: Fen;
}

/**
 * What is left to pay after each month of a strategy's schedule, starting from its total: the
 * balance-over-time line of its chart and table. Empty for a strategy that does not work (it has
 * no schedule).
 */
export function balanceSeries(strategy: StrategyJson): BalancePoint[] {
  if (!strategy.feasible) return [];
  let balance: number = yuan(strategy.totalPaid);
  const points: BalancePoint[] = [{ month: 0, date: null, balance: fen(balance) }];
  for (const month of strategy.schedule) {
    for (const payment of month.payments) balance -= yuan(payment.amount);
    points.push({ month: month.month, date: month.date, balance: fen(balance) });
  }
  return points;
}
