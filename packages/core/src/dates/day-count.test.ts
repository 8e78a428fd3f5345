import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToFen } from '../money/rounding.js';
import { date, fromDayNumber } from './calendar-date.js';
import { addDays, daysBetween } from './date-arithmetic.js';
import { type DayCount, DEFAULT_DAY_COUNT, daysPerYear, yearFraction } from './day-count.js';

const MS_PER_DAY = 86_400_000;
const anyDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / MS_PER_DAY, max: Date.UTC(2200, 11, 31) / MS_PER_DAY })
  .map(fromDayNumber);
const convention = fc.constantFrom<DayCount>('actual/365', 'actual/360');

describe('day-count conventions', () => {
  it('defaults to actual/365, as courts and the PBOC rule count', () => {
    expect(DEFAULT_DAY_COUNT).toBe('actual/365');
    expect(daysPerYear('actual/365')).toBe(365);
    expect(daysPerYear('actual/360')).toBe(360);
  });

  it.each([
    ['2023-01-01', '2024-01-01', 'actual/365', 1],
    ['2024-01-01', '2025-01-01', 'actual/365', 366 / 365],
    ['2024-01-01', '2025-01-01', 'actual/360', 366 / 360],
    ['2023-01-01', '2023-07-01', 'actual/365', 181 / 365],
    ['2024-01-01', '2024-07-01', 'actual/365', 182 / 365],
    ['2024-01-01', '2024-01-31', 'actual/360', 30 / 360],
    ['2024-02-29', '2025-02-28', 'actual/365', 1],
    ['2025-01-01', '2024-01-01', 'actual/365', -366 / 365],
    ['2024-06-15', '2024-06-15', 'actual/360', 0],
  ] as const)('%s → %s under %s is %d of a year', (from, to, dayCount, fraction) => {
    expect(yearFraction(date(from), date(to), dayCount)).toBe(fraction);
  });

  it('uses actual/365 when no convention is given', () => {
    expect(yearFraction(date('2024-01-01'), date('2025-01-01'))).toBe(366 / 365);
    expect(yearFraction(date('2024-01-01'), date('2024-01-31'))).toBe(30 / 365);
  });

  it('worked interest: 10,000 yuan at 24 % a year for 30 days', () => {
    const principal = 1_000_000; // fen
    const from = date('2026-03-01');
    const to = date('2026-03-31');
    // actual/365: 10,000 × 24 % × 30/365 = 197.2602… yuan → 197.26 yuan.
    expect(roundToFen(principal * 0.24 * yearFraction(from, to))).toBe(19_726);
    // actual/360: 10,000 × 24 % × 30/360 = 200 yuan exactly.
    expect(roundToFen(principal * 0.24 * yearFraction(from, to, 'actual/360'))).toBe(20_000);
  });

  it('a whole year of 365 days is exactly 1 under actual/365', () => {
    expect(yearFraction(date('2025-03-01'), date('2026-03-01'))).toBe(1);
    expect(yearFraction(date('2023-03-01'), date('2024-03-01'))).toBe(366 / 365);
  });
});

describe('day-count: properties', () => {
  it('is the actual day count divided by the year length', () => {
    fc.assert(
      fc.property(anyDate, anyDate, convention, (a, b, c) => {
        const fraction = yearFraction(a, b, c);
        expect(fraction).toBe(daysBetween(a, b) / daysPerYear(c));
        expect(Math.round(fraction * daysPerYear(c))).toBe(daysBetween(a, b));
      }),
    );
  });

  it('n days later is n/365 (or n/360) of a year, and the reverse is its negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1) / MS_PER_DAY, max: Date.UTC(2150, 0, 1) / MS_PER_DAY }),
        fc.integer({ min: -10_000, max: 10_000 }),
        convention,
        (dayNumber, n, c) => {
          const a = fromDayNumber(dayNumber);
          const b = addDays(a, n);
          expect(yearFraction(a, b, c)).toBe(n / (c === 'actual/360' ? 360 : 365));
          expect(yearFraction(b, a, c)).toBe(-yearFraction(a, b, c) + 0);
        },
      ),
    );
  });

  it('actual/360 is 365/360 times actual/365', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const ratio = yearFraction(a, b, 'actual/360') / yearFraction(a, b, 'actual/365');
        if (a !== b) expect(ratio).toBeCloseTo(365 / 360, 12);
      }),
    );
  });
});
