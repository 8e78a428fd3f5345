import { z } from 'zod';
import { says } from '../case/state-issue.js';
import { parseCalendarDate } from '../dates/calendar-date.js';
import type { LprQuotation } from './lpr-quotation.js';

/**
 * The user's own LPR quotations (newer than the built-in table), stored outside the package.
 * Rates are percent strings as CFETS publishes them ("3.00").
 */
export const userLprFileSchema = z.strictObject({
  version: z.literal(1),
  quotations: z.array(
    z.strictObject({
      date: z
        .string()
        .refine((d) => parseCalendarDate(d) !== undefined, says({ code: 'invalid_date', params: {} })),
      lpr1y: percentText(),
      lpr5y: percentText(),
      source: z.string().max(500).optional(),
      addedOn: z.string().optional(),
    }),
  ),
});

export type UserLprFile = z.infer<typeof userLprFileSchema>;

function percentText() {
  return z
    .string()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, says({ code: 'invalid_percent', params: {} }))
    .refine(
      (text) => Number(text) > 0 && Number(text) < 20,
      says({ code: 'out_of_range', params: { minimum: 0, maximum: 20 } }),
    );
}

/** A percentage with at most two decimals in basis points: "3.45" → 345. */
export function percentTextToBasisPoints(text: string): number {
  const [whole = '0', decimals = ''] = text.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

export function quotationsFromUserFile(file: UserLprFile): LprQuotation[] {
  return file.quotations.map((q) => ({
    date: q.date as LprQuotation['date'],
    oneYearBp: percentTextToBasisPoints(q.lpr1y),
    fiveYearBp: percentTextToBasisPoints(q.lpr5y),
    status: 'user_added',
    source: q.source ?? '用户添加 (added by the user)',
  }));
}
