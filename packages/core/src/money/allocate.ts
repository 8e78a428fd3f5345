import { type Fen, fen } from './fen.js';

/**
 * Splits `total` in proportion to `weights` so that the shares add up to `total` exactly
 * (largest-remainder method: every share gets the floor of its exact part, and the fen left over
 * go one each to the largest remainders, ties to the earlier weight). This is what a pro-rata
 * offer to several creditors needs: no fen created or lost.
 */
export function allocate(total: Fen, weights: readonly number[]): Fen[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  if (weights.some((w) => !Number.isFinite(w) || w < 0))
    throw new RangeError('weights must be finite and ≥ 0');
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) throw new RangeError('weights must not all be zero');
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const exact = weights.map((w) => (magnitude * w) / weightSum);
  const shares = exact.map((x) => Math.floor(x));
  let leftover = magnitude - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, index) => ({ index, remainder: x - Math.floor(x) }))
    .filter(({ index }) => (weights[index] ?? 0) > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; leftover > 0; i = (i + 1) % order.length, leftover--) {
    const target = order[i];
    if (target) shares[target.index] = (shares[target.index] ?? 0) + 1;
  }
  return shares.map((share) => fen(sign * share + 0));
}
