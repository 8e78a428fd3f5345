import type { CalendarDate } from '../dates/calendar-date.js';
import { addDays, daysBetween } from '../dates/date-arithmetic.js';
import { type DayCount, DEFAULT_DAY_COUNT, daysPerYear } from '../dates/day-count.js';
import { type CapSegment, capOn } from '../law/cap-rules.js';
import { type Fen, fen } from '../money/fen.js';
import { roundToFen } from '../money/rounding.js';
import { overduePrincipalOn } from './overdue-principal.js';

export interface DatedAmount {
  date: CalendarDate;
  amount: Fen;
}

/**
 * The 2015 rules for the time before 2020-08-20 (2015 规定 第26条, 第31条): interest above 24 % is not
 * enforced, but interest up to 36 % that was paid voluntarily stands — it is neither refunded nor
 * offset against principal.
 */
export interface VoluntaryBand {
  until: CalendarDate;
  rate: number;
}

export interface SupportedAmountInput {
  /** The cash actually received (民法典 第670条): interest runs on this, never on the face amount. */
  principalBasis: Fen;
  /** Interest accrues from this day (the day the money was received). */
  startDate: CalendarDate;
  asOf: CalendarDate;
  /** The contract's comprehensive annual simple rate (interest and fees, by the IRR method). */
  contractRate: number;
  /** The contract's rate on overdue amounts (contract rate + penalty interest), annual simple. */
  overdueRate: number;
  /** From this day the overdue rate applies to what is overdue; null when the loan is not overdue. */
  overdueSince: CalendarDate | null;
  /**
   * The principal part of each instalment, on the court's basis (summing to principalBasis). The
   * overdue rate runs only on principal due and unpaid; without a schedule all of it is overdue
   * from overdueSince.
   */
  principalDue?: readonly DatedAmount[] | null;
  /** From this day all principal is overdue: acceleration (宣布提前到期) or maturity. */
  allDueFrom?: CalendarDate | null;
  /** 违约金 and other charges on their dates: counted only within the cap's room on overdue amounts. */
  charges?: readonly DatedAmount[];
  /** The cap over time; null for the uncapped "contract terms" scenario. */
  capSegments: readonly CapSegment[] | null;
  voluntaryBand?: VoluntaryBand | null;
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
  /** All supported interest and charges accrued from start to asOf. */
  interestAccrued: Fen;
  /** Payments made up to asOf. */
  paid: Fen;
  /** Payments that went to interest between 24 % and 36 % before 2020-08-20, which stand. */
  retained: Fen;
  /** Charges (违约金 and fees) counted within the cap. */
  chargesCounted: Fen;
  /** Charges listed up to asOf, before any cap. */
  chargesListed: Fen;
  /** Interest at the contract rate on the overdue principal: the lender's estimated loss (第584条). */
  overdueLoss: Fen;
}

const byDate = (a: DatedAmount, b: DatedAmount) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * What a court would likely support on `asOf`: simple interest accrued daily at min(contract rate,
 * cap) on the principal not yet overdue and at min(overdue rate, cap) on the principal overdue, with
 * charges counted only within the cap's room, and each payment going first to accrued interest, then
 * to principal (民法典 第561条). Interest is rounded half-up to the fen at every boundary.
 */
export function computeSupportedAmount(input: SupportedAmountInput): SupportedAmount {
  const { startDate, asOf, capSegments, overdueSince } = input;
  const yearDays = daysPerYear(input.dayCount ?? DEFAULT_DAY_COUNT);
  const inWindow = <T extends DatedAmount>(rows: readonly T[]) =>
    rows.filter((row) => row.date <= asOf).sort(byDate);
  const payments = inWindow(input.payments);
  const charges = inWindow(input.charges ?? []);
  const band = capSegments ? (input.voluntaryBand ?? null) : null;
  const principalDue = input.principalDue ?? null;
  const allDueFrom = input.allDueFrom ?? null;

  const boundaries = new Set<CalendarDate>([asOf]);
  for (const row of [...payments, ...charges]) boundaries.add(row.date);
  if (overdueSince) boundaries.add(overdueSince);
  if (allDueFrom) boundaries.add(allDueFrom);
  if (band) boundaries.add(band.until);
  for (const segment of capSegments ?? []) if (segment.from) boundaries.add(segment.from);
  // An instalment becomes overdue the day after its due date. Those days matter only where the
  // overdue principal changes a figure; elsewhere extra boundaries would only move the rounding.
  const caps = capSegments ? capSegments.map((segment) => segment.rate) : [Number.POSITIVE_INFINITY];
  const ratesDiffer = caps.some(
    (cap) => Math.min(input.contractRate, cap) !== Math.min(input.overdueRate, cap),
  );
  if (ratesDiffer || charges.length > 0) {
    for (const row of principalDue ?? []) boundaries.add(addDays(row.date, 1));
  }
  const stops = [...boundaries].filter((day) => day > startDate && day <= asOf).sort();

  let principal = input.principalBasis as number;
  let interest = 0;
  let bandInterest = 0;
  let accrued = 0;
  let overpaid = 0;
  let paid = 0;
  let retained = 0;
  let room = 0;
  let pendingCharges = 0;
  let chargesCounted = 0;
  let chargesListed = 0;
  let loss = 0;
  let cursor = startDate;
  const onDay = (day: CalendarDate) => {
    for (const charge of charges) {
      if (charge.date !== day) continue;
      pendingCharges += charge.amount;
      chargesListed += charge.amount;
    }
    const absorbed = capSegments ? Math.min(pendingCharges, room) : pendingCharges;
    pendingCharges -= absorbed;
    room -= absorbed;
    interest += absorbed;
    accrued += absorbed;
    chargesCounted += absorbed;
    for (const payment of payments) {
      if (payment.date !== day) continue;
      paid += payment.amount;
      let rest = payment.amount as number;
      const toInterest = Math.min(rest, interest);
      interest -= toInterest;
      rest -= toInterest;
      const toBand = Math.min(rest, bandInterest);
      bandInterest -= toBand;
      retained += toBand;
      rest -= toBand;
      const toPrincipal = Math.min(rest, principal);
      principal -= toPrincipal;
      overpaid += rest - toPrincipal;
    }
  };
  onDay(startDate);
  for (const stop of stops) {
    const days = daysBetween(cursor, stop);
    const overdue =
      overdueSince !== null && cursor >= overdueSince
        ? overduePrincipalOn(cursor, {
            principal,
            principalBasis: input.principalBasis,
            principalDue,
            allDue: allDueFrom !== null && cursor >= allDueFrom,
          })
        : 0;
    const current = principal - overdue;
    const cap = capSegments ? capOn(capSegments, cursor) : Number.POSITIVE_INFINITY;
    const capped = (rate: number) => Math.max(0, Math.min(rate, cap));
    const perYear = (amount: number) => (amount * days) / yearDays;
    const added = roundToFen(
      perYear(current * capped(input.contractRate) + overdue * capped(input.overdueRate)),
    );
    interest += added;
    accrued += added;
    if (Number.isFinite(cap)) room += roundToFen(perYear(overdue * (cap - capped(input.overdueRate))));
    if (Number.isFinite(input.contractRate))
      loss += roundToFen(perYear(overdue * Math.max(0, input.contractRate)));
    if (band && cursor < band.until) {
      const within = (rate: number) => Math.max(0, Math.min(rate, band.rate) - capped(rate));
      bandInterest += roundToFen(
        perYear(current * within(input.contractRate) + overdue * within(input.overdueRate)),
      );
    }
    onDay(stop);
    cursor = stop;
  }
  return {
    principalOutstanding: fen(principal),
    interestOutstanding: fen(interest),
    supported: fen(principal + interest),
    overpaid: fen(overpaid),
    interestAccrued: fen(accrued),
    paid: fen(paid),
    retained: fen(retained),
    chargesCounted: fen(chargesCounted),
    chargesListed: fen(chargesListed),
    overdueLoss: fen(loss),
  };
}
