import { type Fen, fen } from '../money/fen.js';
import { orderDebtIds } from './custom-order.js';
import type { PlanDebt } from './plan-debt.js';
import type { StrategyName } from './plan-types.js';
import { splitProRata } from './split-pro-rata.js';

/**
 * One strategy, as three rules: what each debt is paid in total, how the lump sum is used in the
 * first month, and how each month's capacity is shared. Every rule pays at most what is offered
 * and at most what is still owed.
 */
export interface StrategyRules {
  targets: Fen[];
  /** Debts settled at a discount with the lump sum (settlement_first only). */
  settled: ReadonlySet<number>;
  useLumpSum(lumpSum: Fen, remaining: readonly Fen[]): Fen[];
  shareMonth(capacity: Fen, remaining: readonly Fen[]): Fen[];
}

/** `order` is the custom strategy's creditor order (debt ids); the other strategies ignore it. */
export function strategyRules(
  name: StrategyName,
  debts: readonly PlanDebt[],
  lumpSum: Fen,
  order: readonly string[] = [],
): StrategyRules {
  switch (name) {
    case 'pro_rata':
      return proRataRules(
        debts.map((debt) => debt.instalmentTarget),
        new Set(),
      );
    case 'avalanche':
      return orderedRules(debts, byRateDescending(debts));
    case 'snowball':
      return orderedRules(debts, bySizeAscending(debts));
    case 'settlement_first':
      return settlementFirstRules(debts, lumpSum);
    case 'custom':
      return orderedRules(debts, inCustomOrder(debts, order));
  }
}

function proRataRules(targets: Fen[], settled: ReadonlySet<number>): StrategyRules {
  // Weights are the full targets, not what is left: each creditor keeps the share it was offered.
  const share = (amount: Fen, remaining: readonly Fen[]) => splitProRata(amount, targets, remaining);
  return { targets, settled, useLumpSum: share, shareMonth: share };
}

function orderedRules(debts: readonly PlanDebt[], order: number[]): StrategyRules {
  const pour = (amount: Fen, remaining: readonly Fen[]) => {
    const shares = remaining.map(() => fen(0));
    let left: number = amount;
    for (const index of order) {
      const take = Math.min(left, remaining[index] ?? 0);
      shares[index] = fen(take);
      left -= take;
    }
    return shares;
  };
  return {
    targets: debts.map((debt) => debt.instalmentTarget),
    settled: new Set(),
    useLumpSum: pour,
    shareMonth: pour,
  };
}

/** Highest true rate first; a rate that cannot be computed goes after the known ones. */
function byRateDescending(debts: readonly PlanDebt[]): number[] {
  const rate = (debt: PlanDebt | undefined) => debt?.trueRate ?? Number.NEGATIVE_INFINITY;
  return debts.map((_, index) => index).sort((a, b) => rate(debts[b]) - rate(debts[a]) || a - b);
}

function bySizeAscending(debts: readonly PlanDebt[]): number[] {
  const size = (index: number) => debts[index]?.instalmentTarget ?? 0;
  return debts.map((_, index) => index).sort((a, b) => size(a) - size(b) || a - b);
}

/** Debt indices in the custom order (custom-order.ts). */
function inCustomOrder(debts: readonly PlanDebt[], order: readonly string[]): number[] {
  const indexOf = new Map(debts.map((debt, index) => [debt.id, index]));
  return orderDebtIds(
    debts.map((debt) => debt.id),
    order,
  ).map((id) => indexOf.get(id) ?? -1);
}

/**
 * The lump sum settles, one by one, the debts whose settlement saves the most per yuan paid, as long
 * as it covers a whole settlement; what is left of it, and every month after, is shared pro rata.
 */
function settlementFirstRules(debts: readonly PlanDebt[], lumpSum: Fen): StrategyRules {
  const saving = (debt: PlanDebt) =>
    debt.settlementAmount > 0 ? (debt.instalmentTarget - debt.settlementAmount) / debt.settlementAmount : 0;
  const candidates = debts
    .map((debt, index) => ({ debt, index }))
    // Only a lender one negotiates with is offered a settlement (not an unlicensed one).
    .filter(
      ({ debt }) =>
        debt.route === 'negotiate' &&
        debt.settlementAmount > 0 &&
        debt.settlementAmount < debt.instalmentTarget,
    )
    .sort((a, b) => saving(b.debt) - saving(a.debt) || a.index - b.index);
  const settled = new Set<number>();
  let left: number = lumpSum;
  for (const { debt, index } of candidates) {
    if (debt.settlementAmount <= left) {
      settled.add(index);
      left -= debt.settlementAmount;
    }
  }
  const targets = debts.map((debt, index) =>
    settled.has(index) ? debt.settlementAmount : debt.instalmentTarget,
  );
  const proRata = proRataRules(targets, settled);
  return {
    ...proRata,
    useLumpSum: (amount, remaining) => {
      const settlements = remaining.map((owed, index) => (settled.has(index) ? owed : fen(0)));
      const spent = settlements.reduce((sum, value) => sum + value, 0);
      const rest = remaining.map((owed, index) => (settled.has(index) ? fen(0) : owed));
      const shared = proRata.shareMonth(fen(amount - spent), rest);
      return settlements.map((value, index) => fen(value + (shared[index] ?? 0)));
    },
  };
}
