import type { Reminder, ReminderKind } from '@shangan/core';
import { type IcsEvent, writeCalendar } from './ics.js';

/** 09:00 the day before and on the day (relative to the all-day event's midnight). */
const DAY_BEFORE_AND_ON_THE_DAY = ['-PT15H', 'PT9H'];

/**
 * When each kind of reminder rings: instalments the day before and on the day; a court deadline
 * 3 days and 1 day before (there is still time to file); other dates on the day.
 */
const ALARMS: Record<ReminderKind, readonly string[]> = {
  payment_order_objection: ['-P2DT15H', '-PT15H'],
  instalment_due: DAY_BEFORE_AND_ON_THE_DAY,
  certificate_follow_up: ['PT9H'],
  credit_report_check: ['PT9H'],
  contact_follow_up: ['PT9H'],
};

export interface CalendarOptions {
  /** Titles that name no lender and no amount: what a lock screen may show. */
  discreet: boolean;
  /** When the file is made (DTSTAMP). */
  stamp: string;
}

/**
 * The case's reminders as an iCalendar file. Each UID is built from the case, the kind, the debt and
 * the date — no randomness — so re-downloading or re-subscribing updates the same events instead of
 * adding copies. Two reminders that share all four (two contacts with the same follow-up day) are
 * told apart by their position among such twins.
 */
export function reminderCalendar(
  caseId: string,
  title: string,
  reminders: readonly Reminder[],
  options: CalendarOptions,
): string {
  const seen = new Map<string, number>();
  const events: IcsEvent[] = reminders.map((reminder) => {
    const key = `${caseId}-${reminder.kind}-${reminder.debtId}-${reminder.date.replaceAll('-', '')}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return {
      uid: `${count === 1 ? key : `${key}-${count}`}@shangan`,
      date: reminder.date,
      summary: options.discreet ? '上岸：1项待办' : reminder.title,
      description: options.discreet ? '打开上岸查看这一项。' : reminder.detail,
      alarms: ALARMS[reminder.kind],
    };
  });
  return writeCalendar({ name: options.discreet ? '上岸' : `上岸：${title}`, events, stamp: options.stamp });
}
