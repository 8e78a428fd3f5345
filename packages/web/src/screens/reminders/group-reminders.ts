import { addDays, type CalendarDate, type Reminder } from '@shangan/core';

export type ReminderGroup = 'overdue' | 'this_week' | 'later';

/** The groups in the order they are shown. */
export const REMINDER_GROUPS: readonly ReminderGroup[] = ['overdue', 'this_week', 'later'];

/**
 * Overdue: before today. This week: today and the 6 days after it (a rolling week, so a Sunday
 * still sees the next Saturday). Later: everything after. The server sends them sorted by date,
 * and each group keeps that order.
 */
export function groupReminders(
  reminders: readonly Reminder[],
  today: CalendarDate,
): Record<ReminderGroup, Reminder[]> {
  const weekEnd = addDays(today, 6);
  const groups: Record<ReminderGroup, Reminder[]> = { overdue: [], this_week: [], later: [] };
  for (const reminder of reminders) {
    const group = reminder.date < today ? 'overdue' : reminder.date <= weekEnd ? 'this_week' : 'later';
    groups[group].push(reminder);
  }
  return groups;
}
