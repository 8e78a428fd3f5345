import { type DayCount, DEFAULT_DAY_COUNT, daysPerYear } from '../dates/day-count.js';
import type { Frequency } from './schedule-types.js';

/** How many periods of a frequency make a year: 12 months, 365/7 weeks, 365 days (360 under actual/360). */
export function periodsPerYear(frequency: Frequency, dayCount: DayCount = DEFAULT_DAY_COUNT): number {
  switch (frequency) {
    case 'monthly':
      return 12;
    case 'weekly':
      return daysPerYear(dayCount) / 7;
    case 'daily':
      return daysPerYear(dayCount);
  }
}

/** A contract rate as the lender states it: per year, per month (月息) or per day (日息). */
export type StatedRate =
  | { kind: 'annual'; rate: number }
  | { kind: 'monthly'; rate: number }
  | { kind: 'daily'; rate: number }
  | { kind: 'feePerPeriod'; rate: number };

/**
 * The simple annual rate a stated rate implies: 月息 × 12, 日息 × 365 (360 under actual/360).
 * A flat fee per period is not an interest rate on the balance; its annual figure is the fee rate
 * times the periods per year, which understates the true cost (the IRR shows the real one).
 */
export function simpleAnnualRate(
  stated: StatedRate,
  frequency: Frequency,
  dayCount: DayCount = DEFAULT_DAY_COUNT,
): number {
  switch (stated.kind) {
    case 'annual':
      return stated.rate;
    case 'monthly':
      return stated.rate * 12;
    case 'daily':
      return stated.rate * daysPerYear(dayCount);
    case 'feePerPeriod':
      return stated.rate * periodsPerYear(frequency, dayCount);
  }
}

/** The rate per period of the schedule's frequency (simple conversion, as lenders quote). */
export function periodicRate(
  stated: StatedRate,
  frequency: Frequency,
  dayCount: DayCount = DEFAULT_DAY_COUNT,
): number {
  if (stated.kind === 'feePerPeriod') return stated.rate;
  return simpleAnnualRate(stated, frequency, dayCount) / periodsPerYear(frequency, dayCount);
}
