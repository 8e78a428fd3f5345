/**
 * Safeguarded Newton inside a sign-change bracket (Numerical Recipes' rtsafe): Newton's step when
 * it stays inside the bracket and shrinks the error fast enough, bisection otherwise. It therefore
 * converges whenever the bracket holds a root, however bad the starting guess.
 */
export type ValueAndSlope = (x: number) => readonly [value: number, slope: number];

export interface RootOptions {
  /** Stop when the bracket or the step is narrower than this (absolute, in x). */
  tolerance?: number;
  maxIterations?: number;
}

export type RootResult =
  | { ok: true; root: number; iterations: number }
  | { ok: false; code: 'no_bracket' | 'no_convergence' };

export function findRootInBracket(
  fn: ValueAndSlope,
  lower: number,
  upper: number,
  guess: number,
  { tolerance = 1e-15, maxIterations = 200 }: RootOptions = {},
): RootResult {
  const [fLower] = fn(lower);
  const [fUpper] = fn(upper);
  if (fLower === 0) return { ok: true, root: lower, iterations: 0 };
  if (fUpper === 0) return { ok: true, root: upper, iterations: 0 };
  if (Math.sign(fLower) === Math.sign(fUpper) || Number.isNaN(fLower) || Number.isNaN(fUpper)) {
    return { ok: false, code: 'no_bracket' };
  }
  // Orient so that f(low) < 0 < f(high).
  let low = fLower < 0 ? lower : upper;
  let high = fLower < 0 ? upper : lower;
  let x = guess > Math.min(lower, upper) && guess < Math.max(lower, upper) ? guess : (lower + upper) / 2;
  let previousStep = Math.abs(upper - lower);
  let step = previousStep;
  let [f, slope] = fn(x);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const newtonLeavesBracket = ((x - high) * slope - f) * ((x - low) * slope - f) > 0;
    const newtonTooSlow = Math.abs(2 * f) > Math.abs(previousStep * slope);
    if (newtonLeavesBracket || newtonTooSlow || slope === 0) {
      previousStep = step;
      step = (high - low) / 2;
      x = low + step;
      if (low === x) return { ok: true, root: x, iterations: iteration };
    } else {
      previousStep = step;
      step = f / slope;
      const before = x;
      x -= step;
      if (before === x) return { ok: true, root: x, iterations: iteration };
    }
    if (Math.abs(step) <= tolerance * Math.max(1, Math.abs(x)))
      return { ok: true, root: x, iterations: iteration };
    [f, slope] = fn(x);
    if (f === 0) return { ok: true, root: x, iterations: iteration };
    if (f < 0) low = x;
    else high = x;
  }
  return { ok: false, code: 'no_convergence' };
}

/**
 * Every root of `fn` between consecutive points of `grid` (ascending) where the sign changes: used
 * when cash flows change sign more than once and several rates may balance them.
 */
export function findRootsOnGrid(fn: ValueAndSlope, grid: readonly number[]): number[] {
  const roots: number[] = [];
  let left = grid[0] ?? 0;
  let [fLeft] = fn(left);
  for (const right of grid.slice(1)) {
    const [fRight] = fn(right);
    if (fRight === 0) roots.push(right);
    else if (fLeft !== 0 && Math.sign(fLeft) !== Math.sign(fRight)) {
      const result = findRootInBracket(fn, left, right, (left + right) / 2);
      if (result.ok) roots.push(result.root);
    }
    left = right;
    fLeft = fRight;
  }
  return roots;
}
