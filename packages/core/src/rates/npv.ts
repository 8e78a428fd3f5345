import type { CalendarDate } from '../dates/calendar-date.js';
import { daysBetween } from '../dates/date-arithmetic.js';

/**
 * Net present value of periodic cash flows, the first at time 0 (unlike Excel's NPV, which
 * discounts the first value by one period): Σ c_t / (1 + rate)^t.
 */
export function npv(rate: number, cashflows: readonly number[]): number {
  let total = 0;
  for (let t = 0; t < cashflows.length; t++) total += (cashflows[t] ?? 0) / (1 + rate) ** t;
  return total;
}

export interface DatedFlow {
  date: CalendarDate;
  amount: number;
}

/** Excel's XNPV: Σ c_i / (1 + rate)^((d_i − d_0)/365), d_0 the earliest date. */
export function xnpv(rate: number, flows: readonly DatedFlow[]): number {
  const first = flows.reduce<CalendarDate | undefined>(
    (min, f) => (min === undefined || f.date < min ? f.date : min),
    undefined,
  );
  if (first === undefined) return 0;
  let total = 0;
  for (const flow of flows) total += flow.amount / (1 + rate) ** (daysBetween(first, flow.date) / 365);
  return total;
}
