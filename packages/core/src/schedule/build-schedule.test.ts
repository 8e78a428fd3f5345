import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date } from '../dates/calendar-date.js';
import { fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import { annualizeCompound, annualizeSimple } from '../rates/annualize.js';
import { irr } from '../rates/irr.js';
import { buildSchedule } from './build-schedule.js';
import { REPAYMENT_METHODS, type ScheduleTerms } from './schedule-types.js';

const base: ScheduleTerms = {
  method: 'equal_installment',
  principal: yuan(100_000),
  periods: 12,
  frequency: 'monthly',
  periodicRate: 0.005,
  startDate: date('2024-01-31'),
};

describe('buildSchedule', () => {
  it('等额本息 100,000 at 0.5 % a month over 12: payment 8,606.64, last period clears exactly', () => {
    const schedule = buildSchedule(base);
    expect(schedule.payment).toBe(yuan('8606.64'));
    const [first] = schedule.rows;
    expect(first).toMatchObject({
      interest: yuan(500),
      principal: yuan('8106.64'),
      balance: yuan('91893.36'),
    });
    expect(schedule.rows.at(-1)?.balance).toBe(0);
    expect(schedule.totals.principal).toBe(yuan(100_000));
    expect(schedule.totals.payment - schedule.totals.interest).toBe(yuan(100_000));
  });

  it('dates clamp to month end and return to the anchor day: Jan 31 → Feb 29 → Mar 31', () => {
    const dates = buildSchedule(base).rows.map((r) => r.date);
    expect(dates.slice(0, 3)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30']);
    expect(dates.at(-1)).toBe('2025-01-31');
  });

  it('firstDueDate anchors the instalments', () => {
    const dates = buildSchedule({ ...base, firstDueDate: date('2024-03-10') }).rows.map((r) => r.date);
    expect(dates[0]).toBe('2024-03-10');
    expect(dates[11]).toBe('2025-02-10');
  });

  it('等额本金: equal principal, interest on the falling balance', () => {
    const schedule = buildSchedule({
      ...base,
      method: 'equal_principal',
      principal: yuan(12_000),
      periodicRate: 0.01,
    });
    expect(schedule.rows.map((r) => r.principal)).toEqual(Array(12).fill(yuan(1000)));
    expect(schedule.rows[0]?.interest).toBe(yuan(120));
    expect(schedule.rows[11]?.interest).toBe(yuan(10));
    expect(schedule.totals.interest).toBe(yuan(780));
  });

  it('先息后本: interest only, principal with the last instalment', () => {
    const schedule = buildSchedule({
      ...base,
      method: 'interest_only',
      principal: yuan(50_000),
      periods: 6,
      periodicRate: 0.01,
    });
    expect(schedule.rows.slice(0, 5).every((r) => r.payment === yuan(500) && r.principal === 0)).toBe(true);
    expect(schedule.rows[5]).toMatchObject({ principal: yuan(50_000), payment: yuan(50_500), balance: 0 });
  });

  it('到期一次还本付息 with a daily rate: 10,000 at 0.05 % a day for 30 days → 10,150 on day 30', () => {
    const schedule = buildSchedule({
      method: 'bullet',
      principal: yuan(10_000),
      periods: 30,
      frequency: 'daily',
      periodicRate: 0.0005,
      startDate: date('2024-02-15'),
    });
    expect(schedule.rows).toHaveLength(1);
    expect(schedule.rows[0]).toMatchObject({
      date: '2024-03-16',
      payment: yuan(10_150),
      interest: yuan(150),
    });
  });

  it('flat fee (信用卡分期): 12,000 over 12 at 0.6 % → 1,072 a period, 13.03 % / 13.84 %', () => {
    const schedule = buildSchedule({
      ...base,
      method: 'flat_fee',
      principal: yuan(12_000),
      periodicRate: 0.006,
    });
    expect(schedule.rows.every((r) => r.payment === yuan(1072) && r.fee === yuan(72))).toBe(true);
    const result = irr([12_000, ...schedule.rows.map((r) => -r.payment / 100)]);
    if (!result.ok) throw new Error(result.code);
    expect(annualizeSimple(result.rate, 12).toFixed(4)).toBe('0.1303');
    expect(annualizeCompound(result.rate, 12).toFixed(4)).toBe('0.1384');
  });

  it('adds a per-period fee on top of every instalment', () => {
    const schedule = buildSchedule({ ...base, perPeriodFee: yuan(50) });
    expect(schedule.rows.every((r) => r.fee === yuan(50))).toBe(true);
    expect(schedule.payment).toBe(yuan('8656.64'));
  });

  it('a zero rate splits the principal evenly', () => {
    const schedule = buildSchedule({ ...base, principal: fen(100), periods: 3, periodicRate: 0 });
    expect(schedule.rows.map((r) => r.payment)).toEqual([33, 33, 34]);
  });

  it('property: every schedule ends at zero balance, principal sums to the loan, payments are whole fen', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPAYMENT_METHODS),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 360 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (method, principal, periods, periodicRate) => {
          const schedule = buildSchedule({
            ...base,
            method,
            principal: fen(principal),
            periods,
            periodicRate,
          });
          const last = schedule.rows.at(-1);
          return (
            last?.balance === 0 &&
            schedule.totals.principal === principal &&
            schedule.rows.every((r) => Number.isSafeInteger(r.payment) && r.principal >= 0 && r.balance >= 0)
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
