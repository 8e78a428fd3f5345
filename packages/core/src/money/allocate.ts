import { type Fen, fen } from './fen.js';

/**
 * Splits `total` in proportion to `weights` so that the shares add up to `total` exactly
 * (largest-remainder method: every share gets the floor of its exact part, and the fen left over
 * go one each to the largest remainders, ties to the earlier weight). This is what a pro-rata
 * offer to several creditors needs: no fen created or lost.
 *
 * The arithmetic is exact: every finite double is an integer times a power of two, so the weights
 * are scaled to integers and the parts and remainders are computed with BigInt. Floating-point
 * division would misplace a fen when a part lies within rounding noise of an integer, break ties
 * by noise instead of by position, and overflow for very large weights.
 */
export function allocate(total: Fen, weights: readonly number[]): Fen[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  if (weights.some((w) => !Number.isFinite(w) || w < 0))
    throw new RangeError('weights must be finite and ≥ 0');
  const scaled = toScaledIntegers(weights);
  const weightSum = scaled.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw new RangeError('weights must not all be zero');
  const sign = total < 0 ? -1 : 1;
  const magnitude = BigInt(Math.abs(total));
  const shares = scaled.map((w) => (magnitude * w) / weightSum);
  let leftover = magnitude - shares.reduce((a, b) => a + b, 0n);
  // Σ remainders = leftover × weightSum and each remainder < weightSum, so leftover is smaller
  // than the number of positive weights: one pass hands out every fen left over.
  const order = scaled
    .map((w, index) => ({ index, w, remainder: (magnitude * w) % weightSum }))
    .filter(({ w }) => w > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return shares.map((share) => fen(sign * Number(share) + 0));
}

/** Exact integers proportional to the weights: each weight × 2^k for one common k. */
function toScaledIntegers(weights: readonly number[]): bigint[] {
  const parts = weights.map(binaryParts);
  const minExponent = parts.reduce((min, { exponent }) => Math.min(min, exponent), Number.POSITIVE_INFINITY);
  return parts.map(({ mantissa, exponent }) => mantissa << BigInt(exponent - minExponent));
}

/** A finite, non-negative double as mantissa × 2^exponent with an integer mantissa. */
function binaryParts(value: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  // Subnormals (biased exponent 0) have no implicit leading 1 and the exponent of the smallest normal.
  return biasedExponent === 0
    ? { mantissa: fraction, exponent: -1074 }
    : { mantissa: fraction | (1n << 52n), exponent: biasedExponent - 1075 };
}
