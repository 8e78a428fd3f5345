import type { Reminder } from '@shangan/core';
import { type IcsEvent, writeCalendar } from './ics.js';

/**
 * The case's reminders as an iCalendar file. Each UID is built from the case, the kind, the debt and
 * the date — no randomness — so re-downloading or re-subscribing updates the same events instead of
 * adding copies. Two reminders that share all four (two contacts with the same follow-up day) are
 * told apart by their position among such twins.
 */
export function reminderCalendar(caseId: string, title: string, reminders: readonly Reminder[]): string {
  const seen = new Map<string, number>();
  const events: IcsEvent[] = reminders.map((reminder) => {
    const key = `${caseId}-${reminder.kind}-${reminder.debtId}-${reminder.date.replaceAll('-', '')}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return {
      uid: `${count === 1 ? key : `${key}-${count}`}@shangan`,
      date: reminder.date,
      summary: reminder.title,
      description: reminder.detail,
    };
  });
  return writeCalendar({ name: `上岸：${title}`, events });
}
