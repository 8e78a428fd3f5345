import type { CalendarDate } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { type Fen, fen } from '../money/fen.js';
import { MAX_PLAN_MONTHS } from './plan-types.js';

/** A debt paid on fixed dates whatever the strategy: an agreement, or an offer being weighed. */
export interface Commitment {
  debtId: string;
  instalments: readonly { date: CalendarDate; amount: Fen }[];
}

/**
 * A commitment's instalments as amounts by plan month (index 0 = month 1, dated firstDate): each
 * instalment falls in the first plan month dated on or after it; one due before the plan starts
 * falls in month 1. Null when an instalment falls after the 60th month: the plan cannot hold it.
 */
export function commitmentByMonth(commitment: Commitment, firstDate: CalendarDate): Fen[] | null {
  const months: number[] = [];
  for (const { date, amount } of commitment.instalments) {
    let month = 0;
    while (month < MAX_PLAN_MONTHS && addMonths(firstDate, month) < date) month++;
    if (month >= MAX_PLAN_MONTHS) return null;
    months[month] = (months[month] ?? 0) + amount;
  }
  return Array.from(months, (amount) => fen(amount ?? 0));
}
