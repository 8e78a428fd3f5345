import { type CalendarDate, parseCalendarDate } from '@shangan/core';

/** China Standard Time is UTC+8 all year: no daylight saving since 1991. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar day in China of an instant ('2026-11-20T17:30:00Z' is the 21st in Beijing): the day a
 * person would say an event happened, whatever time zone the server runs in.
 */
export function chinaDate(instant: string): CalendarDate {
  const time = Date.parse(instant);
  const day = Number.isNaN(time)
    ? undefined
    : parseCalendarDate(new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10));
  if (day === undefined) throw new RangeError(`not an instant: ${instant}`);
  return day;
}
