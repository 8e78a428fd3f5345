import { addDays, type CalendarDate, type Reminder } from '@shangan/core';

export type ReminderGroup = 'overdue' | 'this_week' | 'this_month' | 'later';

/** The groups in the order they are shown. */
export const REMINDER_GROUPS: readonly ReminderGroup[] = ['overdue', 'this_week', 'this_month', 'later'];

/**
 * Overdue: before today. This week: today and the 6 days after it (a rolling week, so a Sunday
 * still sees the next Saturday). This month: the rest of the 30 days from today (rolling too: on
 * the 28th the next month's first instalment is still "this month"). Later: everything after.
 * The server sends them sorted by date, and each group keeps that order.
 */
export function groupReminders(
  reminders: readonly Reminder[],
  today: CalendarDate,
): Record<ReminderGroup, Reminder[]> {
  const weekEnd = addDays(today, 6);
  const monthEnd = addDays(today, 29);
  const groups: Record<ReminderGroup, Reminder[]> = { overdue: [], this_week: [], this_month: [], later: [] };
  for (const reminder of reminders) {
    const group =
      reminder.date < today
        ? 'overdue'
        : reminder.date <= weekEnd
          ? 'this_week'
          : reminder.date <= monthEnd
            ? 'this_month'
            : 'later';
    groups[group].push(reminder);
  }
  return groups;
}
