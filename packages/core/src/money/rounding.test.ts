import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUNDING, type RoundingRule, roundToFen } from './rounding.js';

const RULES: readonly RoundingRule[] = ['halfUp', 'halfEven', 'down', 'up'];

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** Rounds the exact rational numerator / denominator (denominator > 0) by a rule, in integers. */
function exactRound(numerator: bigint, denominator: bigint, rule: RoundingRule): number {
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const floor = n / denominator;
  const twiceRemainder = 2n * (n % denominator);
  let rounded: bigint;
  switch (rule) {
    case 'halfUp':
      rounded = twiceRemainder >= denominator ? floor + 1n : floor;
      break;
    case 'halfEven':
      rounded =
        twiceRemainder > denominator || (twiceRemainder === denominator && floor % 2n === 1n)
          ? floor + 1n
          : floor;
      break;
    case 'down':
      rounded = floor;
      break;
    case 'up':
      rounded = twiceRemainder === 0n ? floor : floor + 1n;
      break;
  }
  return Number(negative ? -rounded : rounded) + 0;
}

describe('roundToFen: worked examples', () => {
  it.each([
    // value, halfUp, halfEven, down, up
    [2.5, 3, 2, 2, 3],
    [3.5, 4, 4, 3, 4],
    [0.5, 1, 0, 0, 1],
    [1.5, 2, 2, 1, 2],
    [2.4, 2, 2, 2, 3],
    [2.6, 3, 3, 2, 3],
    [2.49, 2, 2, 2, 3],
    [2.51, 3, 3, 2, 3],
    [2, 2, 2, 2, 2],
    [0, 0, 0, 0, 0],
    [0.01, 0, 0, 0, 1],
    [0.99, 1, 1, 0, 1],
    [-2.5, -3, -2, -2, -3],
    [-3.5, -4, -4, -3, -4],
    [-2.4, -2, -2, -2, -3],
    [-2.6, -3, -3, -2, -3],
    [-0.4, 0, 0, 0, -1],
    [-0.5, -1, 0, 0, -1],
    [1_234.5, 1_235, 1_234, 1_234, 1_235],
  ])('%d → halfUp %d, halfEven %d, down %d, up %d', (value, halfUp, halfEven, down, up) => {
    expect(roundToFen(value, 'halfUp')).toBe(halfUp);
    expect(roundToFen(value, 'halfEven')).toBe(halfEven);
    expect(roundToFen(value, 'down')).toBe(down);
    expect(roundToFen(value, 'up')).toBe(up);
  });

  it('rounds half up (四舍五入) by default', () => {
    expect(DEFAULT_ROUNDING).toBe('halfUp');
    expect(roundToFen(2.5)).toBe(3);
    expect(roundToFen(-2.5)).toBe(-3);
    expect(roundToFen(2.4999)).toBe(2);
  });

  it('never returns negative zero', () => {
    for (const rule of RULES) {
      for (const value of [-0, -0.4, -1e-9, -0.00000001]) {
        const rounded = roundToFen(value, rule);
        if (rounded === 0) expect(Object.is(rounded, -0)).toBe(false);
      }
    }
  });

  it('rejects NaN and infinities', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => roundToFen(value)).toThrow(RangeError);
    }
  });
});

describe('roundToFen: binary noise', () => {
  it('treats a value a hair below .5 as exactly .5 (1.005 yuan = 100.49999999999999 fen)', () => {
    expect(1.005 * 100).toBe(100.49999999999999);
    expect(roundToFen(1.005 * 100)).toBe(101);
    expect(roundToFen(1234.4999999999998)).toBe(1235);
    expect(roundToFen(-1234.4999999999998)).toBe(-1235);
    expect(roundToFen(1234.4999999999998, 'halfEven')).toBe(1234);
    expect(roundToFen(1235.5000000000002, 'halfEven')).toBe(1236);
    expect(roundToFen(2.5000000000000004, 'halfEven')).toBe(2);
  });

  it('down and up do not move a value that is an integer up to noise', () => {
    // 1.15 yuan × 100 = 114.99999999999999; 0.07 × 100 = 7.000000000000001.
    expect(roundToFen(1.15 * 100, 'down')).toBe(115);
    expect(roundToFen(0.07 * 100, 'up')).toBe(7);
    expect(roundToFen(-(1.15 * 100), 'down')).toBe(-115);
    expect(roundToFen(-(0.07 * 100), 'up')).toBe(-7);
  });

  it('is not lenient beyond noise', () => {
    expect(roundToFen(1234.4999)).toBe(1234);
    expect(roundToFen(1234.49999)).toBe(1234);
    expect(roundToFen(2.50001, 'halfEven')).toBe(3);
    expect(roundToFen(2.00001, 'up')).toBe(3);
    expect(roundToFen(2.99999, 'down')).toBe(2);
    expect(roundToFen(639_994_351.49)).toBe(639_994_351);
    expect(roundToFen(1e12 + 0.49)).toBe(1e12);
    expect(roundToFen(1e12 + 0.51, 'down')).toBe(1e12);
  });

  it('also absorbs noise on large amounts (one unit in the last place exceeds 1e-7 fen above 2^29 fen)', () => {
    // 39,650,406.25 yuan at 18.96 % a year for 261 days by daily rate: exactly 5,375,682.585 yuan.
    const interest = 3_965_040_625 * (0.1896 / 365) * 261;
    expect(interest).toBe(537_568_258.4999999);
    expect(roundToFen(interest)).toBe(537_568_259);
    expect(roundToFen(interest, 'halfEven')).toBe(537_568_258);
    expect(roundToFen(25_109_359_463.499996)).toBe(25_109_359_464);
    expect(roundToFen(-25_109_359_463.499996)).toBe(-25_109_359_464);
  });
});

describe('roundToFen: properties', () => {
  const rule = fc.constantFrom(...RULES);

  it('integers are fixed points of every rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), rule, (n, r) => {
        expect(roundToFen(n, r)).toBe(n + 0);
      }),
    );
  });

  it('lands on an integer less than one fen away, on the correct side for down and up', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), rule, (value, r) => {
        const rounded = roundToFen(value, r);
        expect(Number.isInteger(rounded)).toBe(true);
        expect(Math.abs(rounded - value)).toBeLessThan(1);
        const noise = Math.max(1e-7, Math.abs(value) * 1e-14);
        if (r === 'down') expect(Math.abs(rounded)).toBeLessThanOrEqual(Math.abs(value) + noise);
        if (r === 'up') expect(Math.abs(rounded)).toBeGreaterThanOrEqual(Math.abs(value) - noise);
        if (r === 'halfUp' || r === 'halfEven')
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 + noise);
      }),
    );
  });

  it('is symmetric about zero and never returns -0', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), rule, (value, r) => {
        const rounded = roundToFen(value, r);
        expect(Object.is(rounded, -0)).toBe(false);
        expect(roundToFen(-value, r)).toBe(-rounded + 0);
      }),
    );
  });

  it('matches exact rounding on quarters, which binary floating point holds exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4e13, max: 4e13 }), rule, (quarters, r) => {
        expect(roundToFen(quarters / 4, r)).toBe(exactRound(BigInt(quarters), 4n, r));
      }),
    );
  });

  it('matches exact rounding of fen × rate with a four-decimal rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 99_999 }),
        rule,
        (amount, rate, r) => {
          expect(roundToFen(amount * (rate / 10_000), r)).toBe(
            exactRound(BigInt(amount) * BigInt(rate), 10_000n, r),
          );
        },
      ),
    );
  });

  it('rounds daily interest that is exactly half a fen as a calculator would, at any balance', () => {
    // balance × (rate / 365) × days, built so that the exact result is an odd number of half fen.
    const halfFenInterest = fc
      .record({
        ratePerTenThousand: fc.integer({ min: 1, max: 3_650 }),
        days: fc.integer({ min: 1, max: 400 }),
      })
      .map(({ ratePerTenThousand, days }) => {
        const twiceRateDays = 2n * BigInt(ratePerTenThousand) * BigInt(days);
        const common = gcd(3_650_000n, twiceRateDays);
        return { ratePerTenThousand, days, step: 3_650_000n / common, need: twiceRateDays / common };
      })
      // balance = step × odd makes balance × rate × days / 3,650,000 = need × odd / 2: half a fen when need is odd.
      .filter(({ need }) => need % 2n === 1n)
      .chain(({ ratePerTenThousand, days, step }) =>
        fc
          .bigInt({ min: 0n, max: (100_000_000_000n / step - 1n) / 2n })
          .map((n) => ({ ratePerTenThousand, days, balance: step * (2n * n + 1n) })),
      );
    fc.assert(
      fc.property(halfFenInterest, rule, ({ ratePerTenThousand, days, balance }, r) => {
        const exactNumerator = balance * BigInt(ratePerTenThousand) * BigInt(days);
        const interest = Number(balance) * (ratePerTenThousand / 10_000 / 365) * days;
        expect(roundToFen(interest, r)).toBe(exactRound(exactNumerator, 3_650_000n, r));
      }),
      { numRuns: 3_000 },
    );
  });
});
