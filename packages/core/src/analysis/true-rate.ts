import type { CalendarDate } from '../dates/calendar-date.js';
import { annualizeCompound, annualizeSimple } from '../rates/annualize.js';
import { irr } from '../rates/irr.js';
import type { RateFailure } from '../rates/rate-result.js';
import { xirr } from '../rates/xirr.js';
import type { ContractCashFlows } from './contract-cash-flows.js';

/** The loan's true cost by the IRR method (PBOC 公告〔2021〕第3号), both ways of annualising. */
export interface TrueRate {
  periodicRate: number;
  periodsPerYear: number;
  /** 年化利率(单利) = periodicRate × periodsPerYear: the figure compared with court caps. */
  simple: number;
  /** 年化利率(复利) = (1 + periodicRate)^periodsPerYear − 1. */
  compound: number;
  /** irr: equal periods from the contract date; xirr: actual dates (days/365). */
  method: 'irr' | 'xirr';
  signChanges: number;
  /** Other rates that also balance the flows (only when they change sign more than once). */
  otherRoots: number[];
}

export type TrueRateResult =
  | { ok: true; rate: TrueRate }
  | { ok: false; reason: RateFailure; signChanges: number };

const DAYS_PER_YEAR = 365;

/** Solves the contract's flows: +received on the contract date, −every amount due on its date. */
export function computeTrueRate(flows: ContractCashFlows, contractDate: CalendarDate): TrueRateResult {
  if (flows.regularPeriod) {
    const { periodsPerYear } = flows.regularPeriod;
    const result = irr([flows.received / 100, ...flows.due.map((d) => -d.amount / 100)]);
    if (!result.ok) return { ok: false, reason: result.code, signChanges: result.signChanges };
    return { ok: true, rate: describe(result.rate, periodsPerYear, 'irr', result.signChanges, result.roots) };
  }
  const result = xirr([
    { date: contractDate, amount: flows.received / 100 },
    ...flows.due.map((d) => ({ date: d.date, amount: -d.amount / 100 })),
  ]);
  if (!result.ok) return { ok: false, reason: result.code, signChanges: result.signChanges };
  // Express the annual XIRR as its equivalent daily rate, so 单利 and 复利 read the same way as for IRR.
  const daily = Math.expm1(Math.log1p(result.rate) / DAYS_PER_YEAR);
  const roots = result.roots.map((r) => Math.expm1(Math.log1p(r) / DAYS_PER_YEAR));
  return { ok: true, rate: describe(daily, DAYS_PER_YEAR, 'xirr', result.signChanges, roots) };
}

function describe(
  periodicRate: number,
  periodsPerYear: number,
  method: TrueRate['method'],
  signChanges: number,
  roots: number[],
): TrueRate {
  return {
    periodicRate,
    periodsPerYear,
    simple: annualizeSimple(periodicRate, periodsPerYear),
    compound: annualizeCompound(periodicRate, periodsPerYear),
    method,
    signChanges,
    otherRoots: roots.filter((r) => r !== periodicRate).map((r) => annualizeSimple(r, periodsPerYear)),
  };
}
