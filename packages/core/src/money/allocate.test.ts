import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate.js';
import { type Fen, fen } from './fen.js';

const sum = (shares: readonly number[]) => shares.reduce((a, b) => a + b, 0);
const split = (total: number, weights: readonly number[]): number[] => allocate(fen(total), weights);

describe('allocate: worked examples', () => {
  it('splits 1 yuan three ways as 34 / 33 / 33 fen, the odd fen to the first', () => {
    expect(split(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(split(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('pro-rata offer: 10,000 yuan over debts of 30,000 / 50,000 / 20,000 yuan', () => {
    expect(split(1_000_000, [3_000_000, 5_000_000, 2_000_000])).toEqual([300_000, 500_000, 200_000]);
  });

  it('pro-rata offer with remainders: 1,000.00 yuan over 1,234.56 / 2,345.67 / 3,456.78 yuan', () => {
    // Exact parts 17,543.81… / 33,333.33… / 49,122.85…: the floors sum to 99,998 and the two fen
    // left over go to the largest remainders, .85 (third) and .81 (first).
    expect(split(100_000, [123_456, 234_567, 345_678])).toEqual([17_544, 33_333, 49_123]);
  });

  it('gives nothing to a zero weight', () => {
    expect(split(5, [0, 1, 0])).toEqual([0, 5, 0]);
    expect(split(7, [0, 1, 1])).toEqual([0, 4, 3]);
    expect(split(1, [0, 0, 1])).toEqual([0, 0, 1]);
  });

  it('breaks exact ties in favour of the earlier weight', () => {
    expect(split(1, [1, 1])).toEqual([1, 0]);
    expect(split(2, [1, 1, 1])).toEqual([1, 1, 0]);
    // Exact parts 4/3, 1/3, 1/3: all three remainders are exactly 1/3, so the fen goes to the first.
    expect(split(2, [4, 1, 1])).toEqual([2, 0, 0]);
    expect(split(-2, [4, 1, 1])).toEqual([-2, 0, 0]);
    expect(split(3, [2, 1, 1, 2])).toEqual([1, 1, 0, 1]);
  });

  it('splits zero into zeros, never -0', () => {
    const shares = split(0, [1, 2, 3]);
    expect(shares).toEqual([0, 0, 0]);
    expect(shares.some((share) => Object.is(share, -0))).toBe(false);
    expect(split(-1, [1, 1]).some((share) => Object.is(share, -0))).toBe(false);
  });

  it('a single weight takes everything', () => {
    expect(split(12_345, [0.001])).toEqual([12_345]);
    expect(split(-12_345, [7])).toEqual([-12_345]);
  });

  it('uses the exact values of fractional weights', () => {
    expect(split(1_000, [0.1, 0.2, 0.7])).toEqual([100, 200, 700]);
    expect(split(2, [0.1, 0.3])).toEqual([1, 1]);
    expect(split(3, [1 / 3, 1 / 3, 1 / 3])).toEqual([1, 1, 1]);
  });

  it('handles very large and very small weights without overflow', () => {
    expect(split(100, [Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([50, 50]);
    expect(split(101, [Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([51, 50]);
    expect(split(100, [Number.MIN_VALUE, Number.MIN_VALUE])).toEqual([50, 50]);
    expect(split(100, [1e300, 1e-300])).toEqual([100, 0]);
    expect(split(100, [Number.MAX_VALUE, Number.MIN_VALUE])).toEqual([100, 0]);
  });

  it('works at the largest safe amount', () => {
    const shares = split(Number.MAX_SAFE_INTEGER, [1, 1]);
    expect(shares).toEqual([4_503_599_627_370_496, 4_503_599_627_370_495]);
    expect(sum(shares)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects missing, negative, non-finite or all-zero weights', () => {
    expect(() => split(100, [])).toThrow(RangeError);
    expect(() => split(100, [1, -1])).toThrow(RangeError);
    expect(() => split(100, [1, Number.NaN])).toThrow(RangeError);
    expect(() => split(100, [1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => split(100, [0, 0])).toThrow(RangeError);
    expect(() => split(100, [-0])).toThrow(RangeError);
  });
});

describe('allocate: properties', () => {
  const total = fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 });
  /** Integer weights such as debts in fen, with some zeros, not all zero. */
  const integerWeights = fc
    .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000_000_000 })), {
      minLength: 1,
      maxLength: 12,
    })
    .filter((weights) => weights.some((w) => w > 0));

  it('shares add up to the total exactly', () => {
    fc.assert(
      fc.property(total, integerWeights, (t, weights) => {
        const shares = split(t, weights);
        expect(shares).toHaveLength(weights.length);
        expect(sum(shares)).toBe(t);
      }),
    );
  });

  it('each share is within one fen of its exact proportional part (checked in exact integers)', () => {
    fc.assert(
      fc.property(total, integerWeights, (t, weights) => {
        const shares = split(t, weights);
        const weightSum = weights.reduce((a, w) => a + BigInt(w), 0n);
        shares.forEach((share, i) => {
          // |share − t·w/W| < 1  ⇔  |share·W − t·w| < W
          const difference = BigInt(share) * weightSum - BigInt(t) * BigInt(weights[i] ?? 0);
          expect(difference < 0n ? -difference : difference).toBeLessThan(weightSum);
        });
      }),
    );
  });

  it('is exactly the largest-remainder method, ties to the earlier weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), integerWeights, (t, weights) => {
        const shares = split(t, weights);
        const weightSum = weights.reduce((a, w) => a + BigInt(w), 0n);
        const parts = weights.map((w) => ({
          floor: (BigInt(t) * BigInt(w)) / weightSum,
          remainder: (BigInt(t) * BigInt(w)) % weightSum,
        }));
        const extra = shares.map((share, i) => BigInt(share) - (parts[i]?.floor ?? 0n));
        for (const e of extra) expect(e === 0n || e === 1n).toBe(true);
        // Whoever got a fen left over had a larger remainder (or an equal one and came first)
        // than any positive weight that did not.
        parts.forEach((winner, i) => {
          if (extra[i] !== 1n) return;
          parts.forEach((loser, j) => {
            if (extra[j] !== 0n || (weights[j] ?? 0) === 0) return;
            expect(
              winner.remainder > loser.remainder || (winner.remainder === loser.remainder && i < j),
            ).toBe(true);
          });
        });
      }),
    );
  });

  it('zero weights get nothing and every share has the sign of the total', () => {
    fc.assert(
      fc.property(total, integerWeights, (t, weights) => {
        split(t, weights).forEach((share, i) => {
          if (weights[i] === 0) expect(share).toBe(0);
          expect(Object.is(share, -0)).toBe(false);
          if (t > 0) expect(share).toBeGreaterThanOrEqual(0);
          if (t < 0) expect(share).toBeLessThanOrEqual(0);
        });
      }),
    );
  });

  it('a larger weight never gets a smaller share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), integerWeights, (t, weights) => {
        const shares = split(t, weights);
        weights.forEach((wi, i) => {
          weights.forEach((wj, j) => {
            if (wi > wj) expect(shares[i] ?? 0).toBeGreaterThanOrEqual(shares[j] ?? 0);
          });
        });
      }),
    );
  });

  it('negating the total negates every share', () => {
    fc.assert(
      fc.property(total, integerWeights, (t, weights) => {
        expect(split(-t, weights)).toEqual(split(t, weights).map((share) => -share + 0));
      }),
    );
  });

  it('scaling all weights by the same factor changes nothing', () => {
    fc.assert(
      fc.property(total, integerWeights, fc.integer({ min: 2, max: 1_000 }), (t, weights, factor) => {
        expect(
          split(
            t,
            weights.map((w) => w * factor),
          ),
        ).toEqual(split(t, weights));
        expect(
          split(
            t,
            weights.map((w) => w / 1_024),
          ),
        ).toEqual(split(t, weights));
      }),
    );
  });

  it('fractional weights: exact sum, and each share within one fen of its part', () => {
    const doubleWeights = fc
      .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 })
      .filter((weights) => weights.some((w) => w > 1e-3));
    fc.assert(
      fc.property(total, doubleWeights, (t, weights) => {
        const shares: Fen[] = allocate(fen(t), weights);
        expect(sum(shares)).toBe(t);
        const weightSum = sum(weights);
        shares.forEach((share, i) => {
          const part = (t * (weights[i] ?? 0)) / weightSum;
          expect(Math.abs(share - part)).toBeLessThan(1 + Math.abs(t) * 1e-12);
        });
      }),
    );
  });
});
