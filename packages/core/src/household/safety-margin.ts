import { type Fen, fen } from '../money/fen.js';
import { roundToFen } from '../money/rounding.js';

/**
 * Share of monthly income kept back for the unexpected when the person states no margin of their
 * own. UK debt advice builds a similar contingency into its standard budget; 5 % keeps a plan from
 * breaking at the first doctor's bill without starving the creditors' offers. It is a default,
 * always stated in the affordability statement, and the person can set their own.
 */
export const DEFAULT_SAFETY_MARGIN_SHARE = 0.05;

export function defaultSafetyMargin(monthlyIncome: Fen): Fen {
  return fen(roundToFen(monthlyIncome * DEFAULT_SAFETY_MARGIN_SHARE));
}
