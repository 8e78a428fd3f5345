import type { CalendarDate } from '../dates/calendar-date.js';
import { addDays, addMonths } from '../dates/date-arithmetic.js';
import type { Frequency } from './schedule-types.js';

/** The date `count` periods after `anchor` (months clamp to month end, counted from the anchor). */
export function addPeriods(anchor: CalendarDate, count: number, frequency: Frequency): CalendarDate {
  switch (frequency) {
    case 'monthly':
      return addMonths(anchor, count);
    case 'weekly':
      return addDays(anchor, 7 * count);
    case 'daily':
      return addDays(anchor, count);
  }
}

/**
 * Due dates of `periods` instalments: from `firstDueDate` when known, else one period after
 * `startDate`; null when neither is known (a schedule of amounts only).
 */
export function dueDates(
  periods: number,
  frequency: Frequency,
  anchors: { startDate?: CalendarDate | undefined; firstDueDate?: CalendarDate | undefined },
): (CalendarDate | null)[] {
  return Array.from({ length: periods }, (_, index) => {
    if (anchors.firstDueDate) return addPeriods(anchors.firstDueDate, index, frequency);
    if (anchors.startDate) return addPeriods(anchors.startDate, index + 1, frequency);
    return null;
  });
}
