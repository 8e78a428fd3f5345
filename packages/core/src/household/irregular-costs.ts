import type { ExpenseCategory, IrregularCost } from '../case/budget-schema.js';
import { type Fen, fen } from '../money/fen.js';

/** One irregular cost as the statement shows it: what is paid, how often, and per month. */
export interface IrregularCostLine {
  name: string;
  amount: Fen;
  every: number;
  category: ExpenseCategory | null;
  /** amount ÷ every, rounded half up to the fen (monthlyEquivalent). */
  monthly: Fen;
}

/**
 * What a cost paid every `every` months comes to each month: amount ÷ every, rounded half up to
 * the fen (四舍五入, the product's default rule). Computed in integers, ⌊(2·amount + every) ÷
 * (2·every)⌋, so no binary fraction can move a half-fen: 1,000.00 a year is 83.33 a month, 0.30
 * every 4 months 0.08 (7.5 fen, half up). Rounding each line rather than the sum keeps every line
 * of the statement checkable by hand; the total is the sum of the lines shown.
 */
export function monthlyEquivalent(amount: Fen, every: number): Fen {
  if (!Number.isSafeInteger(every) || every < 1) throw new RangeError(`not a number of months: ${every}`);
  return fen(Math.floor((2 * amount + every) / (2 * every)));
}

/** The budget's irregular costs as statement lines, each with its monthly equivalent. */
export function irregularCostLines(costs: readonly IrregularCost[]): IrregularCostLine[] {
  return costs.map((cost) => ({
    name: cost.name,
    amount: cost.amount,
    every: cost.every,
    category: cost.category ?? null,
    monthly: monthlyEquivalent(cost.amount, cost.every),
  }));
}
