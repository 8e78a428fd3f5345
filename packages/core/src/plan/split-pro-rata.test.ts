import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen } from '../money/fen.js';
import { splitProRata } from './split-pro-rata.js';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const split = (amount: number, weights: readonly number[], limits: readonly number[]): number[] =>
  splitProRata(fen(amount), weights, limits.map(fen));

describe('splitProRata: worked examples', () => {
  it('shares in proportion to the weights when no limit binds', () => {
    expect(split(1_000, [1, 3], [10_000, 10_000])).toEqual([250, 750]);
    expect(split(100_000, [1_000_000, 3_000_000], [1_000_000, 3_000_000])).toEqual([25_000, 75_000]);
  });

  it('hands out the odd fen by largest remainder, ties to the earlier debt', () => {
    expect(split(100, [1, 1, 1], [1_000, 1_000, 1_000])).toEqual([34, 33, 33]);
    expect(split(1, [1, 1], [5, 5])).toEqual([1, 0]);
  });

  it('fills a capped debt and shares what it cannot take among the others', () => {
    // Exact parts 500 / 500, but the first is owed only 100: the other 400 go to the second.
    expect(split(1_000, [1, 1], [100, 10_000])).toEqual([100, 900]);
    // Caps cascade: 300 / 300 / 300 first, the first takes its 50; then 425 / 425, the second takes
    // its 400; the third takes the remaining 450.
    expect(split(900, [1, 1, 1], [50, 400, 10_000])).toEqual([50, 400, 450]);
    // Both capped in the same round.
    expect(split(900, [1, 1, 1], [50, 200, 10_000])).toEqual([50, 200, 650]);
  });

  it('a share exactly equal to its limit counts as capped and is filled', () => {
    expect(split(1_000, [1, 1], [500, 10_000])).toEqual([500, 500]);
  });

  it('pays every limit in full when the amount covers them all', () => {
    expect(split(10_000, [1, 2, 3], [100, 200, 300])).toEqual([100, 200, 300]);
    expect(split(600, [1, 2, 3], [100, 200, 300])).toEqual([100, 200, 300]);
  });

  it('gives nothing to a debt with nothing left to pay', () => {
    expect(split(1_000, [1, 1, 1], [0, 10_000, 10_000])).toEqual([0, 500, 500]);
    expect(split(1_000, [5, 1], [0, 10_000])).toEqual([0, 1_000]);
  });

  it('zero weights get nothing while a weighted debt can still take the money', () => {
    expect(split(1_000, [0, 1], [10_000, 10_000])).toEqual([0, 1_000]);
  });

  it('zero-weight debts share equally once they are all that is left to pay', () => {
    expect(split(1_000, [0, 1, 0], [10_000, 100, 10_000])).toEqual([450, 100, 450]);
    expect(split(1_000, [0, 0], [10_000, 10_000])).toEqual([500, 500]);
    expect(split(1_001, [0, 0], [10_000, 10_000])).toEqual([501, 500]);
  });

  it('an amount of zero and an empty list give zeros', () => {
    expect(split(0, [1, 2], [100, 200])).toEqual([0, 0]);
    expect(split(1_000, [], [])).toEqual([]);
    expect(split(1_000, [1, 1], [0, 0])).toEqual([0, 0]);
  });
});

describe('splitProRata: properties', () => {
  const amount = fc.integer({ min: 0, max: 100_000_000 });
  /** Weights like debts in fen, some zero; limits like what is still owed, some zero. */
  const case_ = fc.integer({ min: 1, max: 15 }).chain((n) =>
    fc.record({
      amount,
      weights: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000_000 })), {
        minLength: n,
        maxLength: n,
      }),
      limits: fc.array(
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: 1, max: 1_000 }),
          fc.integer({ min: 1, max: 100_000_000 }),
        ),
        { minLength: n, maxLength: n },
      ),
    }),
  );

  it('shares add up exactly to min(amount, Σ limits)', () => {
    fc.assert(
      fc.property(case_, ({ amount: a, weights, limits }) => {
        const shares = split(a, weights, limits);
        expect(shares).toHaveLength(limits.length);
        expect(sum(shares)).toBe(Math.min(a, sum(limits)));
      }),
      { numRuns: 500 },
    );
  });

  it('no share is negative or above its limit, and every share is a whole number of fen', () => {
    fc.assert(
      fc.property(case_, ({ amount: a, weights, limits }) => {
        split(a, weights, limits).forEach((share, i) => {
          expect(Number.isSafeInteger(share)).toBe(true);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(limits[i] ?? 0);
          expect(Object.is(share, -0)).toBe(false);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('a zero-weight debt gets nothing while the weighted debts still owe more than they are given', () => {
    fc.assert(
      fc.property(case_, ({ amount: a, weights, limits }) => {
        const shares = split(a, weights, limits);
        const weightedStillOwing = limits.some(
          (limit, i) => (weights[i] ?? 0) > 0 && limit > 0 && (shares[i] ?? 0) < limit,
        );
        if (!weightedStillOwing) return;
        weights.forEach((w, i) => {
          if (w === 0) expect(shares[i]).toBe(0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('with no limit binding, each share is within one fen of amount·w/Σw (checked in exact integers)', () => {
    const unbound = fc.integer({ min: 1, max: 15 }).chain((n) =>
      fc.record({
        amount,
        weights: fc
          .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000_000 })), {
            minLength: n,
            maxLength: n,
          })
          .filter((weights) => weights.some((w) => w > 0)),
      }),
    );
    fc.assert(
      fc.property(unbound, ({ amount: a, weights }) => {
        const limits = weights.map(() => a + 1);
        const shares = split(a, weights, limits);
        const weightSum = weights.reduce((total, w) => total + BigInt(w), 0n);
        shares.forEach((share, i) => {
          // |share − a·w/W| < 1  ⇔  |share·W − a·w| < W
          const difference = BigInt(share) * weightSum - BigInt(a) * BigInt(weights[i] ?? 0);
          expect(difference < 0n ? -difference : difference).toBeLessThan(weightSum);
        });
        expect(sum(shares)).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it('with all weights zero, the shares are equal within one fen among the debts still owing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 12 }), (a, n) => {
        const shares = split(
          a,
          Array.from({ length: n }, () => 0),
          Array.from({ length: n }, () => a + 1),
        );
        expect(sum(shares)).toBe(a);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
