import { yuan } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { balanceSeries } from './balance-series';
import { EXAMPLE_CASES, expectedPlan } from './test-examples';

describe('balanceSeries', () => {
  it.each(EXAMPLE_CASES)('%s: from the total down to 0, month by month', (name) => {
    for (const strategy of expectedPlan(name).strategies) {
      const series = balanceSeries(strategy);
      if (!strategy.feasible) {
        expect(series).toEqual([]);
        continue;
      }
      expect(series).toHaveLength(strategy.months + 1);
      expect(series[0]).toEqual({ month: 0, date: null, balance: yuan(strategy.totalPaid) });
      expect(series.at(-1)?.balance).toBe(0);
      expect(series.map((point) => point.date)).toEqual([null, ...strategy.schedule.map((m) => m.date)]);
      series.slice(1).forEach((point, index) => {
        expect(point.balance).toBeLessThan(series[index]?.balance ?? 0);
      });
    }
  });

  it('subtracts exactly what each month pays', () => {
    const strategy = expectedPlan('five-loans-80k').strategies[0];
    if (strategy === undefined) throw new Error('no strategy');
    const [start, first] = balanceSeries(strategy);
    const paid = strategy.schedule[0]?.payments.reduce((sum, payment) => sum + yuan(payment.amount), 0) ?? 0;
    expect((start?.balance ?? 0) - (first?.balance ?? 0)).toBe(paid);
  });
});
