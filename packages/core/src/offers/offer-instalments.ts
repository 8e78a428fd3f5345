import type { CalendarDate } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { allocate } from '../money/allocate.js';
import { type Fen, fen } from '../money/fen.js';

export interface OfferTerms {
  total: Fen;
  /** Paid on the first due date; the rest follows monthly from the month after. */
  down: Fen;
  /** Monthly payments after the down payment (at least 1 unless the down payment is the total). */
  periods: number;
  firstDue: CalendarDate;
}

/**
 * The offer as dated instalments: the down payment on the first due date, then `periods` equal
 * monthly payments of what is left (shared to the fen; the earlier ones take the odd fen), from
 * the first due date when there is no down payment, else from a month later.
 */
export function offerInstalments(terms: OfferTerms): { date: CalendarDate; amount: Fen }[] {
  const rows: { date: CalendarDate; amount: Fen }[] = [];
  if (terms.down > 0) rows.push({ date: terms.firstDue, amount: terms.down });
  const rest = fen(terms.total - terms.down);
  if (rest <= 0 || terms.periods < 1) return rows;
  const start = terms.down > 0 ? 1 : 0;
  const shares = allocate(
    rest,
    Array.from({ length: terms.periods }, () => 1),
  );
  shares.forEach((amount, k) => {
    if (amount > 0) rows.push({ date: addMonths(terms.firstDue, start + k), amount });
  });
  return rows;
}
