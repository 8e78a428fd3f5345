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

/** Solves the contract's flows: +received on the contract date, −every amount due on its date. */
export function computeTrueRate(flows: ContractCashFlows, contractDate: CalendarDate): TrueRateResult {
  const { periodsPerYear } = flows;
  if (flows.regular) {
    const result = irr([flows.received / 100, ...flows.due.map((d) => -d.amount / 100)]);
    if (!result.ok) return { ok: false, reason: result.code, signChanges: result.signChanges };
    return { ok: true, rate: describe(result.rate, periodsPerYear, 'irr', result.signChanges, result.roots) };
  }
  const result = xirr([
    { date: contractDate, amount: flows.received / 100 },
    ...flows.due.map((d) => ({ date: d.date, amount: -d.amount / 100 })),
  ]);
  if (!result.ok) return { ok: false, reason: result.code, signChanges: result.signChanges };
  // Express the annual XIRR per period of the loan's own frequency, so that 单利 (periodic × periods)
  // is comparable with the IRR method and with the caps: a monthly loan with one long first period
  // reads as monthly × 12, not as a daily rate × 365, which would understate it.
  const toPeriodic = (annual: number) => Math.expm1(Math.log1p(annual) / periodsPerYear);
  const roots = result.roots.map(toPeriodic);
  return {
    ok: true,
    rate: describe(toPeriodic(result.rate), periodsPerYear, 'xirr', result.signChanges, roots),
  };
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
