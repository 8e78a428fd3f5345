import { z } from 'zod';
import { type CalendarDate, parseCalendarDate } from '../dates/calendar-date.js';
import type { Fen } from '../money/fen.js';
import { parseMoney } from '../money/parse-money.js';
import { issueAt, says } from './state-issue.js';

/**
 * Field types shared by every file format the product reads. Each states its issues as codes
 * (issue-facts.ts); the words come from the catalogs at the edge, in the reader's language.
 */

/** Money in yuan: a decimal string ("1,234.56", "1.2万") or a number → integer fen. */
export function moneyField({ min = 'positive' }: { min?: 'positive' | 'nonnegative' } = {}) {
  return z
    .union([z.string(), z.number()], says({ code: 'wrong_type', params: { expected: 'amount' } }))
    .transform((input, ctx): Fen => {
      const parsed = parseMoney(input);
      if (!parsed.ok) {
        ctx.addIssue(issueAt({ code: 'invalid_amount', params: { reason: parsed.reason } }));
        return z.NEVER;
      }
      if (min === 'positive' ? parsed.value <= 0 : parsed.value < 0) {
        ctx.addIssue(
          issueAt({ code: min === 'positive' ? 'amount_not_positive' : 'amount_negative', params: {} }),
        );
        return z.NEVER;
      }
      return parsed.value;
    });
}

const INVALID_DATE = says({ code: 'invalid_date', params: {} });

/** A calendar date 'YYYY-MM-DD' that exists. */
export function dateField() {
  return z
    .string(says({ code: 'wrong_type', params: { expected: 'date' } }))
    .regex(/^\d{4}-\d{2}-\d{2}$/, INVALID_DATE)
    .transform((input, ctx): CalendarDate => {
      const parsed = parseCalendarDate(input);
      if (!parsed) {
        ctx.addIssue(issueAt({ code: 'invalid_date', params: {} }));
        return z.NEVER;
      }
      return parsed;
    });
}

/** Local date and time to the minute, as the person's clock shows it: 2026-11-03T22:40. */
const LOCAL_MINUTE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;

/** A local date and time to the minute ('YYYY-MM-DDTHH:mm') on a day that exists; kept as text. */
export function localMinuteField() {
  return z
    .string(says({ code: 'wrong_type', params: { expected: 'date_time' } }))
    .regex(LOCAL_MINUTE, says({ code: 'invalid_date_time', params: {} }))
    .superRefine((input, ctx) => {
      if (!parseCalendarDate(input.slice(0, 10))) ctx.addIssue(issueAt({ code: 'invalid_date', params: {} }));
    });
}

const RATE_PATTERN = /^\d+(\.\d+)?%?$/;

/**
 * A rate as a decimal fraction: "0.18", 0.18 or "18%". The upper bound of each field catches a
 * percentage typed as a fraction ("18" for 18 %), so it sits just above what real loans charge.
 */
export function rateField({ max }: { max: number }) {
  return z
    .union([z.string(), z.number()], says({ code: 'wrong_type', params: { expected: 'rate' } }))
    .transform((input, ctx): number => {
      const text = typeof input === 'number' ? String(input) : input.trim();
      if (!RATE_PATTERN.test(text)) {
        ctx.addIssue(issueAt({ code: 'invalid_rate', params: {} }));
        return z.NEVER;
      }
      const rate = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (rate > max) {
        ctx.addIssue(issueAt({ code: 'rate_too_high', params: { max } }));
        return z.NEVER;
      }
      return rate;
    });
}

/** Text of 1 to maxLength characters, trimmed. */
export function textField(maxLength: number) {
  return z.string().trim().min(1).max(maxLength);
}

/** A whole number (a count of periods, days, people): the bounds come from zod's own checks. */
export function wholeNumberField() {
  return z.int(says({ code: 'wrong_type', params: { expected: 'whole_number' } }));
}
