import type { CalendarDate } from '../dates/calendar-date.js';
import type { Fen } from '../money/fen.js';
import type { DatedAmount } from './supported-amount.js';

export interface OverduePrincipalState {
  /** Principal still owed on the court's basis. */
  principal: number;
  principalBasis: Fen;
  /** Scheduled principal per instalment; null when there is no schedule (then all of it is overdue). */
  principalDue: readonly DatedAmount[] | null;
  /** After acceleration or maturity all principal is overdue. */
  allDue: boolean;
}

/**
 * The principal overdue on `day`: what the schedule made due before that day, less the principal
 * repaid so far, within [0, principal]. Overdue charges run on this part only until the loan matures
 * or the lender accelerates it (legal.md §14 K5; the contract decides, so this is the usual reading).
 */
export function overduePrincipalOn(day: CalendarDate, state: OverduePrincipalState): number {
  const { principal, principalBasis, principalDue, allDue } = state;
  if (allDue || principalDue === null) return principal;
  const dueBefore = principalDue.filter((row) => row.date < day).reduce((sum, row) => sum + row.amount, 0);
  const repaid = principalBasis - principal;
  return Math.min(principal, Math.max(0, dueBefore - repaid));
}
