import { findRootInBracket, findRootsOnGrid, type ValueAndSlope } from './find-root.js';
import { type RateResult, rateFromRoots } from './rate-result.js';
import { countSignChanges } from './sign-changes.js';

/** Number of log-spaced probes used to find every bracket when flows change sign more than once. */
const SCAN_POINTS = 400;

/**
 * Periodic internal rate of return: the r with Σ c_t / (1 + r)^t = 0, flows one period apart,
 * the first at t = 0.
 *
 * Solved in the discount factor x = 1/(1 + r), where the NPV is the polynomial Σ c_t x^t. Its
 * positive roots lie within classical bounds (Cauchy's bound and its reciprocal), which gives a
 * bracket that always holds the root for conventional flows (one sign change: exactly one root,
 * by Descartes' rule). A 7-day loan at 900 % and a loan repaid at a loss (negative rate) are
 * therefore solved like any other. With several sign changes every bracket in the range is
 * scanned and all roots are returned.
 */
export function irr(cashflows: readonly number[], guess = 0.01): RateResult {
  const signChanges = countSignChanges(cashflows);
  const first = cashflows.findIndex((c) => c !== 0);
  let last = cashflows.length - 1;
  while (last >= 0 && cashflows[last] === 0) last--;
  if (signChanges === 0 || first < 0) return { ok: false, code: 'no_sign_change', signChanges };
  if (cashflows.some((c) => !Number.isFinite(c))) return { ok: false, code: 'no_root', signChanges };
  // Leading zeros only shift time (a common factor x^k); trailing zeros add nothing.
  const c = cashflows.slice(first, last + 1);
  const fn = polynomialInDiscountFactor(c);
  const [lower, upper] = positiveRootBounds(c);
  const toRate = (x: number) => 1 / x - 1;
  if (signChanges === 1) {
    const result = findRootInBracket(fn, lower, upper, 1 / (1 + guess));
    return result.ok
      ? rateFromRoots([toRate(result.root)], signChanges)
      : { ok: false, code: 'no_root', signChanges };
  }
  // Log-spaced probes: the roots of interest sit anywhere from near 0 to large x.
  const grid = Array.from(
    { length: SCAN_POINTS + 1 },
    (_, i) => lower * (upper / lower) ** (i / SCAN_POINTS),
  );
  const roots = findRootsOnGrid(fn, grid).map(toRate);
  return rateFromRoots(roots, signChanges);
}

/**
 * All positive roots of Σ c_t x^t lie strictly between |c_0| / (|c_0| + max_{t>0} |c_t|) and
 * 1 + max_{t<n} |c_t| / |c_n|; the bracket is widened by 2 on each side to keep the signs clear.
 */
function positiveRootBounds(c: readonly number[]): [number, number] {
  const c0 = Math.abs(c[0] ?? 0);
  const cn = Math.abs(c[c.length - 1] ?? 0);
  let maxTail = 0;
  let maxHead = 0;
  for (let t = 0; t < c.length; t++) {
    const magnitude = Math.abs(c[t] ?? 0);
    if (t > 0) maxTail = Math.max(maxTail, magnitude);
    if (t < c.length - 1) maxHead = Math.max(maxHead, magnitude);
  }
  return [c0 / (c0 + maxTail) / 2, (1 + maxHead / cn) * 2];
}

/**
 * Value and slope of P(x) = Σ c_t x^t, both divided by max(1, x)^n so that large x cannot overflow.
 * Dividing value and slope by the same positive number keeps their signs and the Newton step
 * P/P′, which is all the bracketed solver uses.
 */
function polynomialInDiscountFactor(c: readonly number[]): ValueAndSlope {
  const n = c.length - 1;
  return (x) => {
    if (x <= 1) {
      let value = 0;
      let slope = 0;
      for (let t = n; t >= 0; t--) {
        slope = slope * x + value;
        value = value * x + (c[t] ?? 0);
      }
      return [value, slope];
    }
    // P(x)/x^n = Σ c_t y^(n−t) and P′(x)/x^n = y Σ t c_t y^(n−t), with y = 1/x < 1.
    const y = 1 / x;
    let value = 0;
    let slope = 0;
    for (let t = 0; t <= n; t++) {
      const ct = c[t] ?? 0;
      value = value * y + ct;
      slope = slope * y + t * ct;
    }
    return [value, slope * y];
  };
}
