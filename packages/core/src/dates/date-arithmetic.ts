import {
  type CalendarDate,
  daysInMonth,
  fromDayNumber,
  fromParts,
  toDayNumber,
  toParts,
} from './calendar-date.js';

export function addDays(value: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(value) + days);
}

/**
 * Adds whole months, clamping to the end of the target month: 01-31 + 1 month = 02-28 (02-29 in a
 * leap year). Always count from the original anchor (addMonths(anchor, k)), never chain, so that a
 * schedule anchored on the 31st returns to the 31st after February.
 */
export function addMonths(value: CalendarDate, months: number): CalendarDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const { year, month, day } = toParts(value);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return fromParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

export function addYears(value: CalendarDate, years: number): CalendarDate {
  return addMonths(value, years * 12);
}

/** Actual days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
