import { fen, formatYuan, STRATEGIES, yuan } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { planInBrowser } from './browser-plan';
import { defaultStrategy, monthlyGap, neededTotal } from './strategy-facts';
import { EXAMPLE_CASES, expectedPlan } from './test-examples';

const overextended = EXAMPLE_CASES.find(([name]) => name === 'overextended-three-loans')?.[1];

describe('monthlyGap', () => {
  it('null for a strategy that works', () => {
    for (const strategy of expectedPlan('five-loans-80k').strategies) expect(monthlyGap(strategy)).toBeNull();
  });

  it('the shortfall over 60 months, rounded up to the fen', () => {
    // (121,222.92 − 12,000.00) / 60 = 1,820.382 → 1,820.39.
    const [proRata] = expectedPlan('overextended-three-loans').strategies;
    if (proRata === undefined) throw new Error('no strategy');
    expect(formatYuan(monthlyGap(proRata) ?? yuan(-1))).toBe('1820.39');
    expect(formatYuan(neededTotal(proRata))).toBe('121222.92');
  });

  it('paying the gap more each month makes every strategy work; one fen less does not', () => {
    if (overextended === undefined) throw new Error('no example');
    const budget = planInBrowser(overextended, 'zh', {});
    if (!budget.ok) throw new Error('does not plan');
    const gap = Math.max(...budget.value.strategies.map((strategy) => monthlyGap(strategy) ?? 0));
    const tryMonthly = (extra: number) => {
      const result = planInBrowser(overextended, 'zh', {
        monthly: fen(yuan(budget.value.capacity.monthly) + extra),
      });
      if (!result.ok) throw new Error('does not plan');
      return result.value.strategies.map((strategy) => strategy.feasible);
    };
    expect(tryMonthly(gap)).toEqual(STRATEGIES.map(() => true));
    expect(tryMonthly(gap - 1)).toContain(false);
  });
});

describe('defaultStrategy', () => {
  const plan = expectedPlan('five-loans-80k');
  const onlyFeasible = (name: string) => ({
    ...plan,
    strategies: plan.strategies.map((strategy) => ({ ...strategy, feasible: strategy.name === name })),
  });

  it('pro rata when it works', () => {
    expect(defaultStrategy(plan)).toBe('pro_rata');
  });

  it('otherwise the first that works, and pro rata when none does', () => {
    expect(defaultStrategy(onlyFeasible('settlement_first'))).toBe('settlement_first');
    expect(defaultStrategy(onlyFeasible('none'))).toBe('pro_rata');
  });
});
