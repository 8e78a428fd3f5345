import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  date,
  daysInMonth,
  fromDayNumber,
  parseCalendarDate,
  toDayNumber,
  toParts,
} from './calendar-date.js';
import { addDays, addMonths, addYears, daysBetween } from './date-arithmetic.js';

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = Date.UTC(1900, 0, 1) / MS_PER_DAY;
const LAST_DAY = Date.UTC(2200, 11, 31) / MS_PER_DAY;

/** Any date in 1950–2150, so that fifty years either way stays within the parseable 1900–2200. */
const anyDate = fc
  .integer({ min: Date.UTC(1950, 0, 1) / MS_PER_DAY, max: Date.UTC(2150, 11, 31) / MS_PER_DAY })
  .map(fromDayNumber);
/** Dates on the days that clamp: the 28th to the 31st. */
const monthEnd = fc
  .record({ year: fc.integer({ min: 1950, max: 2150 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc
      .integer({ min: 28, max: daysInMonth(year, month) })
      .map((day) => date(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)),
  );
const monthsUpToFiftyYears = fc.integer({ min: -600, max: 600 });
const monthIndex = (text: string) => {
  const { year, month } = toParts(date(text));
  return year * 12 + (month - 1);
};

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2000-01-01', -1, '1999-12-31'],
    ['2024-01-01', 0, '2024-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2026-03-01', 7, '2026-03-08'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-01-31', 30, '2024-03-01'],
  ])('%s %+d days = %s', (from, days, expected) => {
    expect(addDays(date(from), days)).toBe(expected);
  });

  it('rejects a fractional or non-finite number of days', () => {
    for (const days of [0.5, -1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addDays(date('2024-01-01'), days)).toThrow(RangeError);
    }
  });

  it('daysBetween(a, addDays(a, n)) = n, and adding −n goes back', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -18_262, max: 18_262 }), (a, n) => {
        const b = addDays(a, n);
        expect(parseCalendarDate(b)).toBe(b);
        expect(daysBetween(a, b)).toBe(n);
        expect(addDays(b, -n)).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with Date arithmetic', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -18_262, max: 18_262 }), (a, n) => {
        const { year, month, day } = toParts(a);
        const expected = new Date(Date.UTC(year, month - 1, day + n)).toISOString().slice(0, 10);
        expect(addDays(a, n)).toBe(expected);
      }),
    );
  });

  it('is associative: (a + m) + n = a + (m + n)', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -5_000, max: 5_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        (a, m, n) => {
          expect(addDays(addDays(a, m), n)).toBe(addDays(a, m + n));
        },
      ),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-15', 1, '2024-02-15'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-05-31', -1, '2024-04-30'],
    ['2024-01-31', 12, '2025-01-31'],
    ['2024-01-31', -11, '2023-02-28'],
    ['2024-08-31', 1, '2024-09-30'],
    ['2024-01-01', 0, '2024-01-01'],
    ['2024-01-31', 0, '2024-01-31'],
    ['1999-12-31', 2, '2000-02-29'],
    ['2099-12-31', 2, '2100-02-28'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-01-10', -120, '2014-01-10'],
  ])('%s %+d months = %s', (from, months, expected) => {
    expect(addMonths(date(from), months)).toBe(expected);
  });

  it('anchored on the 31st, addMonths(anchor, k) returns to the 31st after February', () => {
    const anchor = date('2024-01-31');
    expect(Array.from({ length: 14 }, (_, k) => addMonths(anchor, k))).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
    ]);
  });

  it('chaining instead of anchoring drifts (why schedules must count from the anchor)', () => {
    const chained = addMonths(addMonths(date('2024-01-31'), 1), 1);
    expect(chained).toBe('2024-03-29');
    expect(addMonths(date('2024-01-31'), 2)).toBe('2024-03-31');
  });

  it('rejects a fractional or non-finite number of months', () => {
    for (const months of [0.5, 1.5, -0.25, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(() => addMonths(date('2024-01-31'), months)).toThrow(RangeError);
    }
  });

  it('always gives a valid date in exactly the intended month, clamped only when needed', () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, monthEnd), monthsUpToFiftyYears, (a, k) => {
        const result = addMonths(a, k);
        expect(parseCalendarDate(result)).toBe(result);
        expect(monthIndex(result)).toBe(monthIndex(a) + k);
        const from = toParts(a);
        const to = toParts(result);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with a Date-based oracle (target month by Date.UTC, then clamp)', () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, monthEnd), monthsUpToFiftyYears, (a, k) => {
        const { year, month, day } = toParts(a);
        const firstOfTarget = new Date(Date.UTC(year, month - 1 + k, 1));
        const lastOfTarget = new Date(Date.UTC(year, month + k, 0));
        const expected = new Date(
          Date.UTC(
            firstOfTarget.getUTCFullYear(),
            firstOfTarget.getUTCMonth(),
            Math.min(day, lastOfTarget.getUTCDate()),
          ),
        );
        expect(addMonths(a, k)).toBe(expected.toISOString().slice(0, 10));
      }),
    );
  });

  it('strictly increases with the number of months', () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, monthEnd), monthsUpToFiftyYears, monthsUpToFiftyYears, (a, j, k) => {
        if (j === k) return;
        const [low, high] = j < k ? [j, k] : [k, j];
        expect(daysBetween(addMonths(a, low), addMonths(a, high))).toBeGreaterThan(0);
      }),
    );
  });

  it('is undone by subtracting the same months when the day exists in every month', () => {
    const upTo28th = anyDate.filter((a) => toParts(a).day <= 28);
    fc.assert(
      fc.property(upTo28th, monthsUpToFiftyYears, (a, k) => {
        expect(addMonths(addMonths(a, k), -k)).toBe(a);
      }),
    );
  });
});

describe('addYears', () => {
  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2024-02-29', -4, '2020-02-29'],
    ['2096-02-29', 4, '2100-02-28'],
    ['2024-06-15', 10, '2034-06-15'],
  ])('%s %+d years = %s', (from, years, expected) => {
    expect(addYears(date(from), years)).toBe(expected);
  });

  it('is twelve months', () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, monthEnd), fc.integer({ min: -50, max: 50 }), (a, n) => {
        expect(addYears(a, n)).toBe(addMonths(a, 12 * n));
      }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['2025-01-01', '2024-01-01', -366],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-03-01', '2024-03-01', 0],
    ['2024-02-29', '2025-02-28', 365],
    ['1900-01-01', '2200-12-31', LAST_DAY - FIRST_DAY],
  ])('%s → %s = %d days', (from, to, days) => {
    expect(daysBetween(date(from), date(to))).toBe(days);
  });

  it('is antisymmetric, additive and agrees with Date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(daysBetween(b, a)).toBe(-daysBetween(a, b) + 0);
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
        const ms = (x: string) => Date.parse(`${x}T00:00:00Z`);
        expect(daysBetween(a, b)).toBe((ms(b) - ms(a)) / MS_PER_DAY);
        expect(daysBetween(a, b)).toBe(toDayNumber(b) - toDayNumber(a));
      }),
    );
  });
});
