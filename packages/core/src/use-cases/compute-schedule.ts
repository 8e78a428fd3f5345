import { z } from 'zod';
import { frequencyField, methodField, periodsField } from '../case/case-schema.js';
import { checkRateChoice, rateChoiceFields, statedRate } from '../case/rate-choice.js';
import { dateField, moneyField } from '../case/schema-primitives.js';
import { DAY_COUNTS, DEFAULT_DAY_COUNT } from '../dates/day-count.js';
import { formatYuan } from '../money/format-money.js';
import { buildSchedule } from '../schedule/build-schedule.js';
import { periodicRate } from '../schedule/periodic-rate.js';
import { runWithSchema, type UseCaseResult } from './use-case-result.js';

export const scheduleRequestSchema = z
  .strictObject({
    method: methodField,
    principal: moneyField(),
    periods: periodsField,
    frequency: frequencyField,
    ...rateChoiceFields,
    perPeriodFee: moneyField({ min: 'nonnegative' }).optional(),
    startDate: dateField().optional(),
    firstDueDate: dateField().optional(),
    dayCount: z.enum(DAY_COUNTS).optional(),
  })
  .superRefine(checkRateChoice);

/** `shangan schedule`: a full repayment schedule with money as decimal yuan strings. */
export function computeSchedule(input: unknown): UseCaseResult<ScheduleResponse> {
  return runWithSchema(scheduleRequestSchema, input, (request) => {
    const schedule = buildSchedule({
      method: request.method,
      principal: request.principal,
      periods: request.periods,
      frequency: request.frequency,
      periodicRate: periodicRate(
        statedRate(request),
        request.frequency,
        request.dayCount ?? DEFAULT_DAY_COUNT,
      ),
      ...(request.perPeriodFee !== undefined ? { perPeriodFee: request.perPeriodFee } : {}),
      ...(request.startDate ? { startDate: request.startDate } : {}),
      ...(request.firstDueDate ? { firstDueDate: request.firstDueDate } : {}),
    });
    return {
      ok: true,
      value: {
        payment: formatYuan(schedule.payment),
        rows: schedule.rows.map((row) => ({
          period: row.period,
          date: row.date,
          payment: formatYuan(row.payment),
          principal: formatYuan(row.principal),
          interest: formatYuan(row.interest),
          fee: formatYuan(row.fee),
          balance: formatYuan(row.balance),
        })),
        totals: {
          payment: formatYuan(schedule.totals.payment),
          principal: formatYuan(schedule.totals.principal),
          interest: formatYuan(schedule.totals.interest),
          fee: formatYuan(schedule.totals.fee),
        },
      },
    };
  });
}

export interface ScheduleResponse {
  payment: string;
  rows: {
    period: number;
    date: string | null;
    payment: string;
    principal: string;
    interest: string;
    fee: string;
    balance: string;
  }[];
  totals: { payment: string; principal: string; interest: string; fee: string };
}
