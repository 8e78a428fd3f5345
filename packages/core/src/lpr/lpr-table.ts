import type { CalendarDate } from '../dates/calendar-date.js';
import { daysBetween } from '../dates/date-arithmetic.js';
import type { LprQuotation } from './lpr-quotation.js';
import { BUILT_IN_LPR_QUOTATIONS } from './lpr-quotations.js';

/** The LPR reform date: before it there was no LPR-based quotation (贷款基准利率 applied). */
export const LPR_REFORM_DATE = '2019-08-20' as CalendarDate;

/**
 * Days after which the newest quotation is considered stale. LPR is published monthly (on the
 * 20th, or the next business day), so 35 days allows for the longest gap plus a holiday.
 */
export const LPR_STALE_AFTER_DAYS = 35;

/** Quotations sorted by date, one per date. */
export interface LprTable {
  readonly quotations: readonly LprQuotation[];
}

/**
 * The built-in quotations merged with the user's own (which win on the same date), sorted by date.
 */
export function createLprTable(
  userQuotations: readonly LprQuotation[] = [],
  builtIn = BUILT_IN_LPR_QUOTATIONS,
): LprTable {
  const byDate = new Map<string, LprQuotation>();
  for (const quotation of builtIn) byDate.set(quotation.date, quotation);
  for (const quotation of userQuotations) byDate.set(quotation.date, quotation);
  return {
    quotations: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

/** The quotation in force on `on`: the latest published on or before it; undefined before the reform. */
export function lprInForce(table: LprTable, on: CalendarDate): LprQuotation | undefined {
  let found: LprQuotation | undefined;
  for (const quotation of table.quotations) {
    if (quotation.date > on) break;
    found = quotation;
  }
  return found;
}

export interface LprFreshness {
  latestDate: CalendarDate | null;
  /** Days from the newest quotation to the analysis date. */
  daysOld: number | null;
  stale: boolean;
}

/** Whether the table may be missing quotations published before `asOf`. */
export function lprFreshness(table: LprTable, asOf: CalendarDate): LprFreshness {
  const latest = table.quotations.at(-1);
  if (!latest) return { latestDate: null, daysOld: null, stale: true };
  const daysOld = daysBetween(latest.date, asOf);
  return { latestDate: latest.date, daysOld, stale: daysOld > LPR_STALE_AFTER_DAYS };
}
