import type { CalendarDate } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import type { DatedPayment } from './contract-cash-flows.js';

/**
 * The first day the loan was overdue: the day after the first due date by which the payments made
 * fell short of the total due. Null if every due date up to asOf was met.
 */
export function deriveOverdueSince(
  due: readonly DatedPayment[],
  payments: readonly DatedPayment[],
  asOf: CalendarDate,
): CalendarDate | null {
  let dueSoFar = 0;
  for (const instalment of due) {
    if (instalment.date >= asOf) break;
    dueSoFar += instalment.amount;
    const paidByThen = payments
      .filter((p) => p.date <= instalment.date)
      .reduce((total, p) => total + p.amount, 0);
    if (paidByThen < dueSoFar) return addDays(instalment.date, 1);
  }
  return null;
}
