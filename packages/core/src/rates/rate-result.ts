/** The outcome of solving for a rate: the rate, or a reason it has none. Never throws. */
export type RateResult =
  | {
      ok: true;
      /** The root reported; when there are several, the one closest to zero. */
      rate: number;
      /** Every root found, ascending. More than one only when the cash flows change sign more than once. */
      roots: number[];
      signChanges: number;
    }
  | { ok: false; code: RateFailure; signChanges: number };

/**
 * no_sign_change: all flows have one sign, so no rate can make them balance;
 * no_root: several sign changes, and no rate in the searched range balances them.
 */
export type RateFailure = 'no_sign_change' | 'no_root';

/** Picks the root closest to zero and sorts the list. */
export function rateFromRoots(roots: number[], signChanges: number): RateResult {
  if (roots.length === 0) return { ok: false, code: 'no_root', signChanges };
  const sorted = [...roots].sort((a, b) => a - b);
  const rate = sorted.reduce((best, r) => (Math.abs(r) < Math.abs(best) ? r : best));
  return { ok: true, rate, roots: sorted, signChanges };
}
