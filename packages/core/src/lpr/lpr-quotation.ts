import type { CalendarDate } from '../dates/calendar-date.js';

/**
 * How sure we are of a quotation: read in two independent sources, in one, derived from a
 * no-change list (date by calendar rule), or added by the user.
 */
export type LprStatus = 'confirmed_2_sources' | 'confirmed_1_source' | 'derived_no_change' | 'user_added';

/**
 * One LPR quotation (贷款市场报价利率), in force from `date` until the next one. Rates are in basis
 * points (3.85 % = 385) so that 4 × LPR is exact.
 */
export interface LprQuotation {
  date: CalendarDate;
  oneYearBp: number;
  fiveYearBp: number;
  status: LprStatus;
  source: string;
}

/** A basis-point rate as a decimal fraction: 385 → 0.0385. */
export function basisPointsToRate(bp: number): number {
  return bp / 10_000;
}
