import type { z } from 'zod';
import type { StatedRate } from '../schedule/periodic-rate.js';
import { rateField } from './schema-primitives.js';

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
    ctx.addIssue({
      code: 'custom',
      path: ['annualRate'],
      message:
        '需要填写一个利率：annualRate、monthlyRate、dailyRate 或 feeRatePerPeriod (give exactly one rate)',
    });
  } else if (given.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: [given[1] ?? 'annualRate'],
      message: `只能填写一个利率，已填写 ${given.join('、')} (give exactly one rate)`,
    });
  } else if (value.method === 'flat_fee' && value.feeRatePerPeriod === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['feeRatePerPeriod'],
      message: 'flat_fee 分期需要 feeRatePerPeriod（每期手续费率） (flat_fee needs feeRatePerPeriod)',
    });
  }
}

/** The one rate given (call after checkRateChoice has passed). */
export function statedRate(value: RateChoice): StatedRate {
  if (value.annualRate !== undefined) return { kind: 'annual', rate: value.annualRate };
  if (value.monthlyRate !== undefined) return { kind: 'monthly', rate: value.monthlyRate };
  if (value.dailyRate !== undefined) return { kind: 'daily', rate: value.dailyRate };
  return { kind: 'feePerPeriod', rate: value.feeRatePerPeriod ?? 0 };
}
