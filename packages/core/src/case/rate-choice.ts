import type { z } from 'zod';
import type { StatedRate } from '../schedule/periodic-rate.js';
import { rateField } from './schema-primitives.js';
import { issueAt } from './state-issue.js';

/**
 * A loan states its price one way: per year, per month (月息), per day (日息) or, for card
 * instalments, a fee per period. The bounds sit above the costliest real loans (a 7-day 714 loan
 * costs about 5 % a day, 1,800 % a year simple) and below a percentage typed as a fraction:
 * "18" for an annual 18 %, "2" for 月息 2 %, "0.5"… is still a possible 日息 0.5 % typed right.
 */
export const rateChoiceFields = {
  annualRate: rateField({ max: 10 }).optional(),
  monthlyRate: rateField({ max: 1 }).optional(),
  dailyRate: rateField({ max: 0.1 }).optional(),
  feeRatePerPeriod: rateField({ max: 0.5 }).optional(),
};

const RATE_KEYS = ['annualRate', 'monthlyRate', 'dailyRate', 'feeRatePerPeriod'] as const;

export interface RateChoice {
  annualRate?: number | undefined;
  monthlyRate?: number | undefined;
  dailyRate?: number | undefined;
  feeRatePerPeriod?: number | undefined;
}

/** Adds an issue unless exactly one rate is given, and unless flat_fee comes with feeRatePerPeriod. */
export function checkRateChoice(value: RateChoice & { method: string }, ctx: z.RefinementCtx): void {
  const given = RATE_KEYS.filter((key) => value[key] !== undefined);
  if (given.length === 0) {
    ctx.addIssue(issueAt({ code: 'rate_missing', params: {} }, ['annualRate']));
  } else if (given.length > 1) {
    ctx.addIssue(issueAt({ code: 'rate_repeated', params: { given } }, [given[1] ?? 'annualRate']));
  } else if (value.method === 'flat_fee' && value.feeRatePerPeriod === undefined) {
    ctx.addIssue(issueAt({ code: 'flat_fee_needs_fee_rate', params: {} }, ['feeRatePerPeriod']));
  }
}

/** The one rate given (call after checkRateChoice has passed). */
export function statedRate(value: RateChoice): StatedRate {
  if (value.annualRate !== undefined) return { kind: 'annual', rate: value.annualRate };
  if (value.monthlyRate !== undefined) return { kind: 'monthly', rate: value.monthlyRate };
  if (value.dailyRate !== undefined) return { kind: 'daily', rate: value.dailyRate };
  return { kind: 'feePerPeriod', rate: value.feeRatePerPeriod ?? 0 };
}
