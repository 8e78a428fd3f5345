import type { CalendarDate } from '../dates/calendar-date.js';
import { daysBetween } from '../dates/date-arithmetic.js';
import { type DayCount, DEFAULT_DAY_COUNT, daysPerYear } from '../dates/day-count.js';
import { type CapSegment, capOn } from '../law/cap-rules.js';
import { type Fen, fen } from '../money/fen.js';
import { roundToFen } from '../money/rounding.js';

export interface DatedAmount {
  date: CalendarDate;
  amount: Fen;
}

export interface SupportedAmountInput {
  /** The cash actually received (民法典 第670条): interest runs on this, never on the face amount. */
  principalBasis: Fen;
  /** Interest accrues from this day (the day the money was received). */
  startDate: CalendarDate;
  asOf: CalendarDate;
  /** The contract's comprehensive annual simple rate (interest and fees, by the IRR method). */
  contractRate: number;
  /** The contract's combined overdue rate (overdue interest + penalty interest + fees), annual simple. */
  overdueRate: number;
  /** From this day the overdue rate applies; null when the loan is not overdue. */
  overdueSince: CalendarDate | null;
  /** The cap over time; null for the uncapped "contract terms" scenario. */
  capSegments: readonly CapSegment[] | null;
  payments: readonly DatedAmount[];
  dayCount?: DayCount;
}

export interface SupportedAmount {
  principalOutstanding: Fen;
  interestOutstanding: Fen;
  /** principalOutstanding + interestOutstanding: what a court would likely support on asOf. */
  supported: Fen;
  /** Payments beyond principal and all supported interest (likely claimable as an offset). */
  overpaid: Fen;
  /** All supported interest accrued from start to asOf. */
  interestAccrued: Fen;
  /** Payments made up to asOf. */
  paid: Fen;
}

/**
 * What a court would likely support on `asOf`: simple interest accrued daily on the outstanding
 * principal at min(contract rate, cap) — the overdue rate from `overdueSince`, likewise capped —
 * with each payment going first to accrued interest, then to principal (民法典 第561条).
 * Interest is rounded half-up to the fen at every payment and rate change.
 */
export function computeSupportedAmount(input: SupportedAmountInput): SupportedAmount {
  const { startDate, asOf, capSegments, overdueSince } = input;
  const yearDays = daysPerYear(input.dayCount ?? DEFAULT_DAY_COUNT);
  const payments = input.payments
    .filter((p) => p.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rateOn = (day: CalendarDate): number => {
    const agreed = overdueSince !== null && day >= overdueSince ? input.overdueRate : input.contractRate;
    const capped = capSegments ? Math.min(agreed, capOn(capSegments, day)) : agreed;
    return Math.max(0, capped);
  };
  const boundaries = new Set<CalendarDate>([asOf]);
  for (const payment of payments) boundaries.add(payment.date);
  if (overdueSince) boundaries.add(overdueSince);
  for (const segment of capSegments ?? []) if (segment.from) boundaries.add(segment.from);
  const stops = [...boundaries].filter((day) => day > startDate && day <= asOf).sort();

  let principal = input.principalBasis as number;
  let interest = 0;
  let accrued = 0;
  let overpaid = 0;
  let paid = 0;
  let cursor = startDate;
  const applyPaymentsOn = (day: CalendarDate) => {
    for (const payment of payments) {
      if (payment.date !== day) continue;
      paid += payment.amount;
      let rest = payment.amount as number;
      const toInterest = Math.min(rest, interest);
      interest -= toInterest;
      rest -= toInterest;
      const toPrincipal = Math.min(rest, principal);
      principal -= toPrincipal;
      overpaid += rest - toPrincipal;
    }
  };
  applyPaymentsOn(startDate);
  for (const stop of stops) {
    const added = roundToFen((principal * rateOn(cursor) * daysBetween(cursor, stop)) / yearDays);
    interest += added;
    accrued += added;
    applyPaymentsOn(stop);
    cursor = stop;
  }
  return {
    principalOutstanding: fen(principal),
    interestOutstanding: fen(interest),
    supported: fen(principal + interest),
    overpaid: fen(overpaid),
    interestAccrued: fen(accrued),
    paid: fen(paid),
  };
}
