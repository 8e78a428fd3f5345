import { type Fen, formatYuan, yuan } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { LUMP_SUM_STEP, MONTHLY_STEP, sliderRanges, snapToStep } from './slider-bounds';
import { EXAMPLE_CASES, expectedPlan } from './test-examples';

const inYuan = (range: { max: Fen }) => formatYuan(range.max);

describe('sliderRanges', () => {
  it('five loans: monthly up to the total / 6 (above 3 × 2,575), lump sum up to the total', () => {
    // Total owed 53,081.14: / 6 = 8,846.86 → 8,850 (50 元 steps); 3 × 2,575 = 7,725 is less.
    const ranges = sliderRanges(expectedPlan('five-loans-80k'));
    expect(inYuan(ranges.monthly)).toBe('8850.00');
    expect(inYuan(ranges.lumpSum)).toBe('53500.00');
    expect(ranges.monthly.step).toBe(MONTHLY_STEP);
    expect(ranges.lumpSum.step).toBe(LUMP_SUM_STEP);
  });

  it('three times the budget when that is more than the total / 6', () => {
    // 3 × 4,150 = 12,450 > 54,087.47 / 6 = 9,014.58.
    expect(inYuan(sliderRanges(expectedPlan('private-loan-36-percent')).monthly)).toBe('12450.00');
  });

  it('an infeasible case reaches far enough to find a plan that works', () => {
    // Needs 121,222.92 in all: 60 months × 2,020.39 would do; the slider goes to 20,250.
    const ranges = sliderRanges(expectedPlan('overextended-three-loans'));
    expect(inYuan(ranges.monthly)).toBe('20250.00');
    expect(inYuan(ranges.lumpSum)).toBe('121500.00');
  });

  it.each(EXAMPLE_CASES)('%s: whole steps, never below the budget figures', (name) => {
    const plan = expectedPlan(name);
    const ranges = sliderRanges(plan);
    for (const [range, budget] of [
      [ranges.monthly, plan.capacity.monthly],
      [ranges.lumpSum, plan.capacity.lumpSum],
    ] as const) {
      expect(range.max % range.step).toBe(0);
      expect(range.max).toBeGreaterThanOrEqual(Math.max(yuan(budget), range.step));
    }
  });

  it('with nothing owed and no budget, each slider still has one step to move', () => {
    const plan = expectedPlan('five-loans-80k');
    const empty = {
      ...plan,
      capacity: { ...plan.capacity, monthly: '0.00', lumpSum: '0.00' },
      strategies: plan.strategies.map((strategy) => ({ ...strategy, totalPaid: '0.00', schedule: [] })),
    };
    const ranges = sliderRanges(empty);
    expect(ranges.monthly.max).toBe(MONTHLY_STEP);
    expect(ranges.lumpSum.max).toBe(LUMP_SUM_STEP);
  });
});

describe('snapToStep', () => {
  const range = { max: yuan(8900), step: MONTHLY_STEP };
  it('the nearest whole step (half up), within the range', () => {
    expect(snapToStep(yuan('2575'), range)).toBe(yuan(2600));
    expect(snapToStep(yuan('2574.99'), range)).toBe(yuan(2550));
    expect(snapToStep(yuan('0'), range)).toBe(yuan(0));
    expect(snapToStep(yuan('99999'), range)).toBe(yuan(8900));
  });
});
