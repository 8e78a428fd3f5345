import { z } from 'zod';
import type { ValidationIssueFacts } from '../case/issue-facts.js';
import { says } from '../case/state-issue.js';
import { type CalendarDate, parseCalendarDate } from '../dates/calendar-date.js';
import type { LprQuotation } from './lpr-quotation.js';
import { LPR_REFORM_DATE } from './lpr-table.js';

/** What a quotation of the person's own says about where it came from, when they gave no note. */
export const USER_LPR_SOURCE = '用户添加 (added by the user)';

const PERCENT = /^\d{1,2}(\.\d{1,2})?$/;

function percentText() {
  return (
    z
      .string()
      .regex(PERCENT, says({ code: 'invalid_percent', params: {} }))
      // One issue a field: text that is no percentage is not also out of range.
      .refine(
        (text) => !PERCENT.test(text) || (Number(text) > 0 && Number(text) < 20),
        says({ code: 'out_of_range', params: { minimum: 0, maximum: 20 } }),
      )
  );
}

/**
 * One quotation the person adds, newer than (or correcting) the built-in table: the same rules for
 * the CLI's user file and the API's store. Rates are percent strings as CFETS publishes them
 * ("3.00"); the date is the day it was published, from which it is in force.
 */
export const userLprQuotationSchema = z.strictObject({
  date: z
    .string()
    .refine((d) => parseCalendarDate(d) !== undefined, says({ code: 'invalid_date', params: {} }))
    // The reformed LPR was first quoted on 2019-08-20; before it the 贷款基准利率 applied, which
    // no quotation of this table stands for.
    .refine(
      (d) => parseCalendarDate(d) === undefined || d >= LPR_REFORM_DATE,
      says({ code: 'before_lpr_reform', params: { reform: LPR_REFORM_DATE } }),
    ),
  lpr1y: percentText(),
  lpr5y: percentText(),
  source: z.string().max(500).optional(),
  addedOn: z.string().optional(),
});

export type UserLprQuotation = z.infer<typeof userLprQuotationSchema>;

/**
 * A quotation dated after `today` has not been published: it would make the table look up to date
 * (and hide the lpr_stale notice) without changing any cap. The date's issue, or undefined.
 */
export function unpublishedQuotationIssue(
  quotation: Pick<UserLprQuotation, 'date'>,
  today: CalendarDate,
): ValidationIssueFacts | undefined {
  return quotation.date > today ? { code: 'after_today', params: { today } } : undefined;
}

/** A percentage with at most two decimals in basis points: "3.45" → 345. */
export function percentTextToBasisPoints(text: string): number {
  const [whole = '0', decimals = ''] = text.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Basis points as the percent text CFETS publishes, two decimals: 345 → "3.45", 300 → "3.00". */
export function basisPointsToPercentText(bp: number): string {
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}

/** The person's quotation as the LPR table holds it (from their file, or as the API stores it). */
export function quotationFromUser(quotation: {
  date: string;
  lpr1y: string;
  lpr5y: string;
  source?: string | null | undefined;
}): LprQuotation {
  return {
    date: quotation.date as LprQuotation['date'],
    oneYearBp: percentTextToBasisPoints(quotation.lpr1y),
    fiveYearBp: percentTextToBasisPoints(quotation.lpr5y),
    status: 'user_added',
    source: quotation.source ?? USER_LPR_SOURCE,
  };
}
