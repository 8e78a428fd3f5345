import { toDayNumber } from '../dates/calendar-date.js';
import { findRootInBracket, findRootsOnGrid, type ValueAndSlope } from './find-root.js';
import type { DatedFlow } from './npv.js';
import { type RateResult, rateFromRoots } from './rate-result.js';
import { countSignChanges } from './sign-changes.js';

/**
 * Search range for s = ln(1 + r). Below s = −30, 1 + r is under 1e-13 and r is no longer
 * distinguishable from −100 % in a double; s = 700 (r ≈ 1e304) is the largest rate a double holds.
 */
const MIN_LOG_RATE = -30;
const MAX_LOG_RATE = 700;
const SCAN_POINTS = 400;

/**
 * Excel's XIRR: the annual r with Σ c_i / (1 + r)^((d_i − d_0)/365) = 0, d_0 the earliest date.
 *
 * Solved in s = ln(1 + r), where the NPV is Σ c_i e^(−s t_i): for flows that change sign once (in
 * date order) it has exactly one root on the whole real line, so expanding from s = 0 always finds a
 * bracket — a 7-day loan at 900 % and a loss-making loan alike. Terms are rescaled so that no
 * exponent is positive, which keeps very high and very negative rates from overflowing.
 */
export function xirr(flows: readonly DatedFlow[], guess = 0.1): RateResult {
  const byDate = aggregateByDate(flows);
  const amounts = byDate.map((f) => f.amount);
  const signChanges = countSignChanges(amounts);
  if (signChanges === 0) return { ok: false, code: 'no_sign_change', signChanges };
  if (amounts.some((a) => !Number.isFinite(a))) return { ok: false, code: 'no_root', signChanges };
  const fn = presentValueInLogRate(byDate);
  const toRate = (s: number) => Math.expm1(s);
  if (signChanges === 1) {
    const bracket = expandBracket(fn);
    if (!bracket) return { ok: false, code: 'no_root', signChanges };
    const result = findRootInBracket(fn, bracket[0], bracket[1], Math.log1p(guess));
    return result.ok
      ? rateFromRoots([toRate(result.root)], signChanges)
      : { ok: false, code: 'no_root', signChanges };
  }
  const width = (MAX_LOG_RATE - MIN_LOG_RATE) / SCAN_POINTS;
  const grid = Array.from({ length: SCAN_POINTS + 1 }, (_, i) => MIN_LOG_RATE + i * width);
  return rateFromRoots(findRootsOnGrid(fn, grid).map(toRate), signChanges);
}

interface TimedFlow {
  years: number;
  amount: number;
}

/** Sorts by date and merges flows on the same day (their order within a day does not matter). */
function aggregateByDate(flows: readonly DatedFlow[]): TimedFlow[] {
  const days = flows.map((flow) => toDayNumber(flow.date));
  // The usual input is already in strictly increasing date order: skip the merge and the sort.
  if (days.every((day, i) => i === 0 || day > (days[i - 1] ?? day))) {
    const firstDay = days[0] ?? 0;
    return flows.map((flow, i) => ({ years: ((days[i] ?? firstDay) - firstDay) / 365, amount: flow.amount }));
  }
  const byDay = new Map<number, number>();
  flows.forEach((flow, i) => {
    const day = days[i] ?? 0;
    byDay.set(day, (byDay.get(day) ?? 0) + flow.amount);
  });
  const sortedDays = [...byDay.keys()].sort((a, b) => a - b);
  const firstDay = sortedDays[0] ?? 0;
  return sortedDays.map((day) => ({ years: (day - firstDay) / 365, amount: byDay.get(day) ?? 0 }));
}

/**
 * Value and slope of Σ c_i e^(−s t_i), both multiplied by e^(s t_ref) with t_ref = 0 for s ≥ 0 and
 * t_ref = the last time for s < 0, so every exponent is ≤ 0. A common positive factor keeps the
 * signs and the Newton step.
 */
function presentValueInLogRate(flows: readonly TimedFlow[]): ValueAndSlope {
  const lastYears = flows[flows.length - 1]?.years ?? 0;
  return (s) => {
    const reference = s >= 0 ? 0 : lastYears;
    let value = 0;
    let slope = 0;
    for (const { years, amount } of flows) {
      const term = amount * Math.exp(-s * (years - reference));
      value += term;
      slope -= years * term;
    }
    return [value, slope];
  };
}

/** Walks out from s = 0 in doubling steps until the sign changes. */
function expandBracket(fn: ValueAndSlope): [number, number] | undefined {
  const [atZero] = fn(0);
  if (atZero === 0) return [0, 0];
  for (const direction of [1, -1]) {
    let inner = 0;
    const limit = direction > 0 ? MAX_LOG_RATE : -MIN_LOG_RATE;
    for (let step = 0.125; ; step *= 2) {
      const outer = direction * Math.min(step, limit);
      const [value] = fn(outer);
      if (value === 0 || Math.sign(value) !== Math.sign(atZero)) {
        return direction > 0 ? [inner, outer] : [outer, inner];
      }
      if (step >= limit) break;
      inner = outer;
    }
  }
  return undefined;
}
