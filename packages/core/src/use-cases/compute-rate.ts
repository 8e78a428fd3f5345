import { z } from 'zod';
import { dateField } from '../case/schema-primitives.js';
import { annualizeCompound, annualizeSimple } from '../rates/annualize.js';
import { irr } from '../rates/irr.js';
import type { RateResult } from '../rates/rate-result.js';
import { xirr } from '../rates/xirr.js';
import { runWithSchema, type UseCaseResult } from './use-case-result.js';

const amount = z.number();

/** Periodic cash flows (first at t = 0) with the number of periods in a year. */
export const periodicRateRequestSchema = z.strictObject({
  cashflows: z.array(amount).min(2).max(100_000),
  periodsPerYear: z.number().positive().max(366),
});

/** Dated flows for XIRR. */
export const datedRateRequestSchema = z.strictObject({
  flows: z
    .array(z.strictObject({ date: dateField(), amount }))
    .min(2)
    .max(100_000),
});

/** `flows` picks XIRR; anything else is read as periodic cash flows, so errors name the right fields. */
function requestSchemaFor(input: unknown) {
  const isDated = typeof input === 'object' && input !== null && 'flows' in input;
  return isDated ? datedRateRequestSchema : periodicRateRequestSchema;
}

export type RateResponse =
  | { periodicRate: number; aprSimple: number; aprCompound: number; signChanges: number; roots: number[] }
  | { xirr: number; signChanges: number; roots: number[] };

/** Why no rate exists, as the issue codes name it. */
const FAILURE_CODES = { no_sign_change: 'no_sign_change', no_root: 'no_rate_found' } as const;

/** `shangan rate`: the periodic IRR with both annualisations, or XIRR for dated flows. */
export function computeRate(input: unknown): UseCaseResult<RateResponse> {
  return runWithSchema(requestSchemaFor(input), input, (request): UseCaseResult<RateResponse> => {
    const result: RateResult = 'cashflows' in request ? irr(request.cashflows) : xirr(request.flows);
    if (!result.ok) {
      const path = 'cashflows' in request ? 'cashflows' : 'flows';
      return { ok: false, issues: [{ path, code: FAILURE_CODES[result.code], params: {} }] };
    }
    if ('cashflows' in request) {
      const { periodsPerYear } = request;
      return {
        ok: true,
        value: {
          periodicRate: result.rate,
          aprSimple: annualizeSimple(result.rate, periodsPerYear),
          aprCompound: annualizeCompound(result.rate, periodsPerYear),
          signChanges: result.signChanges,
          roots: result.roots,
        },
      };
    }
    return { ok: true, value: { xirr: result.rate, signChanges: result.signChanges, roots: result.roots } };
  });
}
