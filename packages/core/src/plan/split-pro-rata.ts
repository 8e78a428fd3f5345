import { allocate } from '../money/allocate.js';
import { type Fen, fen } from '../money/fen.js';

/**
 * Shares `amount` in proportion to `weights`, no share above its `limit` (what is still owed):
 * whatever a capped share cannot take is shared again among the others, so the shares add up to
 * exactly min(amount, Σ limits). Rounding is largest-remainder (see allocate), so no fen is lost.
 */
export function splitProRata(amount: Fen, weights: readonly number[], limits: readonly Fen[]): Fen[] {
  const shares = limits.map(() => 0);
  let open = limits.map((_, index) => index).filter((index) => (limits[index] ?? 0) > 0);
  let left: number = amount;
  while (left > 0 && open.length > 0) {
    const openWeights = open.map((index) => weights[index] ?? 0);
    // A debt with nothing to weigh still gets a share when it is all that is left to pay.
    const parts = allocate(
      fen(left),
      openWeights.some((w) => w > 0) ? openWeights : openWeights.map(() => 1),
    );
    const capped = open.filter((index, k) => (parts[k] ?? 0) >= (limits[index] ?? 0));
    if (capped.length === 0) {
      open.forEach((index, k) => {
        shares[index] = (shares[index] ?? 0) + (parts[k] ?? 0);
      });
      left = 0;
      break;
    }
    // Fill the capped debts completely and share the rest again among the others.
    for (const index of capped) {
      shares[index] = limits[index] ?? 0;
      left -= shares[index] ?? 0;
    }
    open = open.filter((index) => !capped.includes(index));
  }
  return shares.map((share) => fen(share));
}
