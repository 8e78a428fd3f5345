import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import { roundToFen } from '../money/rounding.js';
import { irregularCostLines, monthlyEquivalent } from './irregular-costs.js';

describe('monthlyEquivalent', () => {
  it('worked examples: a yearly fee, school fees each term, a half fen rounds up', () => {
    expect(monthlyEquivalent(yuan(1_200), 12)).toBe(yuan(100));
    expect(monthlyEquivalent(yuan(1_000), 12)).toBe(yuan('83.33'));
    expect(monthlyEquivalent(yuan(3_000), 6)).toBe(yuan(500));
    // 7.5 fen: half up to 8 (half-even would give 8 too; 2.5 fen shows the difference: 3, not 2).
    expect(monthlyEquivalent(fen(30), 4)).toBe(fen(8));
    expect(monthlyEquivalent(fen(5), 2)).toBe(fen(3));
    expect(monthlyEquivalent(fen(1), 3)).toBe(fen(0));
    expect(monthlyEquivalent(yuan(500), 1)).toBe(yuan(500));
    expect(monthlyEquivalent(fen(0), 12)).toBe(fen(0));
  });

  it('refuses a number of months that is not a whole number from 1 (a bug, not bad input)', () => {
    expect(() => monthlyEquivalent(yuan(100), 0)).toThrow(RangeError);
    expect(() => monthlyEquivalent(yuan(100), 1.5)).toThrow(RangeError);
  });

  it('property: the monthly equivalent is the amount ÷ months rounded half up, within half a fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        (amount, every) => {
          const monthly = monthlyEquivalent(fen(amount), every);
          // |monthly·every − amount| ≤ every/2, and an exact half goes up: in integers,
          // 2·amount − every < 2·monthly·every ≤ 2·amount + every.
          expect(2 * monthly * every).toBeGreaterThan(2 * amount - every);
          expect(2 * monthly * every).toBeLessThanOrEqual(2 * amount + every);
          expect(monthly).toBe(roundToFen(amount / every, 'halfUp'));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('property: paid every month it is the amount itself; more often never costs less per month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 59 }),
        (amount, every) => {
          expect(monthlyEquivalent(fen(amount), 1)).toBe(amount);
          expect(monthlyEquivalent(fen(amount), every)).toBeGreaterThanOrEqual(
            monthlyEquivalent(fen(amount), every + 1),
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('irregularCostLines', () => {
  it('keeps each cost as typed and adds its monthly equivalent', () => {
    expect(
      irregularCostLines([
        { name: '春节回家', amount: yuan(2_400), every: 12 },
        { name: '学费', amount: yuan(3_000), every: 6, category: 'children' },
      ]),
    ).toEqual([
      { name: '春节回家', amount: yuan(2_400), every: 12, category: null, monthly: yuan(200) },
      { name: '学费', amount: yuan(3_000), every: 6, category: 'children', monthly: yuan(500) },
    ]);
  });
});
