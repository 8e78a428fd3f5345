import { type Fen, fen, type PlanReportJson, yuan } from '@shangan/core';
import { neededTotal } from './strategy-facts';

/** The monthly slider moves in 50 元 steps, the lump sum in 500 元: fine enough to find a plan that works. */
export const MONTHLY_STEP = yuan(50);
export const LUMP_SUM_STEP = yuan(500);

/**
 * At this monthly amount every debt is cleared within about six months: more would change little, so
 * the slider stops there — or at three times the budget's capacity, to show what a raise would do.
 */
const MONTHS_AT_MAX = 6;
const BUDGET_MULTIPLE = 3;

export interface SliderRange {
  max: Fen;
  step: Fen;
}

/** Rounds up to a whole number of steps, so the slider's last position is its maximum. */
function ceilToStep(amount: number, step: Fen): Fen {
  return fen(Math.ceil(amount / step) * step);
}

/** The nearest slider position (a whole number of steps) to an amount, e.g. the budget's exact figure. */
export function snapToStep(amount: Fen, range: SliderRange): Fen {
  return fen(Math.min(range.max, Math.round(amount / range.step) * range.step));
}

/**
 * The sliders' ranges, from the plan on the budget's figures (so they stay put while sliding): the
 * monthly amount up to the larger of 3 × the budget's capacity and the total owed / 6; the lump sum
 * up to the total owed. Never below the budget's own figures or one step.
 */
export function sliderRanges(budgetPlan: PlanReportJson): { monthly: SliderRange; lumpSum: SliderRange } {
  const needed = Math.max(0, ...budgetPlan.strategies.map(neededTotal));
  const monthly = yuan(budgetPlan.capacity.monthly);
  const lumpSum = yuan(budgetPlan.capacity.lumpSum);
  return {
    monthly: {
      max: ceilToStep(
        Math.max(BUDGET_MULTIPLE * monthly, Math.ceil(needed / MONTHS_AT_MAX), MONTHLY_STEP),
        MONTHLY_STEP,
      ),
      step: MONTHLY_STEP,
    },
    lumpSum: {
      max: ceilToStep(Math.max(needed, lumpSum, LUMP_SUM_STEP), LUMP_SUM_STEP),
      step: LUMP_SUM_STEP,
    },
  };
}
