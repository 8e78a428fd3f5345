import type { CalendarDate } from './calendar-date.js';
import { daysBetween } from './date-arithmetic.js';

/**
 * Day-count conventions. actual/365 is the default: Chinese courts and the PBOC annualised-rate
 * rule count a year as 365 days for daily interest. actual/360 is available where a contract says so.
 */
export const DAY_COUNTS = ['actual/365', 'actual/360'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

export const DEFAULT_DAY_COUNT: DayCount = 'actual/365';

export function daysPerYear(convention: DayCount): number {
  return convention === 'actual/360' ? 360 : 365;
}

/** The fraction of a year between two dates under a convention. */
export function yearFraction(
  from: CalendarDate,
  to: CalendarDate,
  convention: DayCount = DEFAULT_DAY_COUNT,
): number {
  return daysBetween(from, to) / daysPerYear(convention);
}
