import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  compareDates,
  date,
  daysInMonth,
  fromDayNumber,
  fromParts,
  isLeapYear,
  maxDate,
  minDate,
  parseCalendarDate,
  toDayNumber,
  toParts,
} from './calendar-date.js';

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = Date.UTC(1900, 0, 1) / MS_PER_DAY; // 1900-01-01
const LAST_DAY = Date.UTC(2200, 11, 31) / MS_PER_DAY; // 2200-12-31

/** The UTC calendar date of a day number, by JavaScript's Date. */
const isoOfDayNumber = (dayNumber: number) => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

/** Any valid date in 1900–2200, built from parts. */
const validParts = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

describe('parseCalendarDate', () => {
  it.each([
    '2024-02-29',
    '2000-02-29',
    '2023-02-28',
    '2024-01-31',
    '2024-04-30',
    '2024-12-31',
    '1900-01-01',
    '2200-12-31',
  ])('accepts %s', (text) => {
    expect(parseCalendarDate(text)).toBe(text);
  });

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', '1900 is not a leap year (divisible by 100)'],
    ['2100-02-29', '2100 is not a leap year'],
    ['2024-02-30', 'February never has 30 days'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-06-31', 'June has 30 days'],
    ['2024-01-00', 'day 0'],
    ['2024-01-32', 'day 32'],
    ['2024-1-5', 'unpadded'],
    ['2024-01-5', 'unpadded day'],
    ['24-01-05', 'two-digit year'],
    ['02024-01-05', 'five-digit year'],
    ['2024/01/05', 'slashes'],
    ['20240105', 'no separators'],
    [' 2024-01-05', 'leading space'],
    ['2024-01-05 ', 'trailing space'],
    ['2024-01-05\n', 'trailing newline'],
    ['2024-01-05T00:00', 'a time'],
    ['1899-12-31', 'before 1900'],
    ['2201-01-01', 'after 2200'],
    ['', 'empty'],
    ['２０２４-０１-０５', 'full-width digits'],
    ['+2024-01-05', 'signed year'],
    ['abcd-ef-gh', 'letters'],
  ])('rejects %j (%s)', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });

  it('date() returns trusted literals and throws on bad ones', () => {
    expect(date('2024-02-29')).toBe('2024-02-29');
    expect(() => date('2023-02-29')).toThrow(RangeError);
    expect(() => date('2024-1-5')).toThrow(/2024-1-5/);
  });

  it('accepts exactly the dates JavaScript agrees exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2210 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const utc = new Date(Date.UTC(year, month - 1, day));
          const exists =
            month >= 1 &&
            month <= 12 &&
            day >= 1 &&
            utc.getUTCMonth() === month - 1 &&
            utc.getUTCDate() === day;
          const inRange = year >= 1900 && year <= 2200;
          expect(parseCalendarDate(text)).toBe(exists && inRange ? text : undefined);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
    [1996, true],
  ])('isLeapYear(%d) = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('gives the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('a year has 365 or 366 days, matching Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].reduce((a, m) => a + daysInMonth(year, m), 0);
        expect(days).toBe((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / MS_PER_DAY);
        expect(days).toBe(isLeapYear(year) ? 366 : 365);
      }),
    );
  });
});

describe('toParts / fromParts', () => {
  it('splits and joins with zero padding', () => {
    expect(toParts(date('2024-03-07'))).toEqual({ year: 2024, month: 3, day: 7 });
    expect(fromParts({ year: 2024, month: 3, day: 7 })).toBe('2024-03-07');
    expect(fromParts({ year: 1900, month: 12, day: 31 })).toBe('1900-12-31');
  });

  it('round-trips any valid date', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const text = fromParts(parts);
        expect(parseCalendarDate(text)).toBe(text);
        expect(toParts(text)).toEqual(parts);
      }),
    );
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11_016],
    ['2000-03-01', 11_017],
    ['2024-02-29', 19_782],
    ['2025-01-01', 20_089],
    ['1900-01-01', -25_567],
    ['1900-03-01', -25_508],
    ['2200-12-31', 84_370],
  ])('%s is day %d', (text, dayNumber) => {
    expect(toDayNumber(date(text))).toBe(dayNumber);
    expect(fromDayNumber(dayNumber)).toBe(text);
  });

  it('fromDayNumber then toDayNumber is the identity over 1900–2200, and agrees with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (dayNumber) => {
        const day = fromDayNumber(dayNumber);
        expect(parseCalendarDate(day)).toBe(day);
        expect(toDayNumber(day)).toBe(dayNumber);
        expect(day).toBe(isoOfDayNumber(dayNumber));
      }),
      { numRuns: 2000 },
    );
  });

  it('toDayNumber agrees with Date.UTC for any valid date', () => {
    fc.assert(
      fc.property(validParts, ({ year, month, day }) => {
        expect(toDayNumber(fromParts({ year, month, day }))).toBe(
          Date.UTC(year, month - 1, day) / MS_PER_DAY,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('also agrees with Date far outside 1900–2200 (years 1000–9999)', () => {
    const first = Date.UTC(1000, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(9999, 11, 31) / MS_PER_DAY;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (dayNumber) => {
        const day = fromDayNumber(dayNumber);
        expect(day).toBe(isoOfDayNumber(dayNumber));
        expect(toDayNumber(day)).toBe(dayNumber);
      }),
    );
  });

  it('every day number in 1900–2200 maps to the day after its predecessor', () => {
    let previous = fromDayNumber(FIRST_DAY - 1);
    expect(previous).toBe('1899-12-31');
    for (let n = FIRST_DAY; n <= LAST_DAY; n++) {
      const current = fromDayNumber(n);
      const p = toParts(previous);
      const c = toParts(current);
      const nextDay =
        p.day < daysInMonth(p.year, p.month)
          ? { ...p, day: p.day + 1 }
          : p.month < 12
            ? { year: p.year, month: p.month + 1, day: 1 }
            : { year: p.year + 1, month: 1, day: 1 };
      if (c.year !== nextDay.year || c.month !== nextDay.month || c.day !== nextDay.day) {
        expect(current).toBe(fromParts(nextDay));
      }
      previous = current;
    }
    expect(previous).toBe('2200-12-31');
  });
});

describe('comparing dates', () => {
  const a = date('2024-02-29');
  const b = date('2024-03-01');

  it('compares, takes max and min', () => {
    expect(compareDates(a, b)).toBe(-1);
    expect(compareDates(b, a)).toBe(1);
    expect(compareDates(a, date('2024-02-29'))).toBe(0);
    expect(maxDate(a, b)).toBe(b);
    expect(maxDate(b, a)).toBe(b);
    expect(minDate(a, b)).toBe(a);
    expect(minDate(b, a)).toBe(a);
  });

  it('orders dates as their day numbers', () => {
    const anyDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);
    fc.assert(
      fc.property(anyDate, anyDate, (x: CalendarDate, y: CalendarDate) => {
        expect(compareDates(x, y)).toBe(Math.sign(toDayNumber(x) - toDayNumber(y)));
        expect(toDayNumber(maxDate(x, y))).toBe(Math.max(toDayNumber(x), toDayNumber(y)));
        expect(toDayNumber(minDate(x, y))).toBe(Math.min(toDayNumber(x), toDayNumber(y)));
      }),
    );
  });
});
