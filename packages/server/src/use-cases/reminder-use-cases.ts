import { deriveReminders, type Reminder, type ReminderNegotiation } from '@shangan/core';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../repositories/actor.js';
import { chinaDate } from '../repositories/china-date.js';
import { negotiationLog } from '../repositories/negotiation-repository.js';
import { withCase } from './with-case.js';

/** A stored case's reminders, from its case file (agreements and payments included) and negotiation history, through the core. */
export async function caseReminders(
  db: Database,
  actor: Actor,
  caseId: string,
): Promise<{ title: string; reminders: Reminder[] }> {
  return withCase(db, actor, caseId, 'read_reminders', async (tx, theCase) => {
    const { parsed } = await theCase.caseFile();
    const events = new Map<string, ReminderNegotiation['events'][number][]>();
    for (const event of await negotiationLog(tx, caseId)) {
      const list = events.get(event.debtId) ?? [];
      // The day the person recorded it, in China: that is the day they would put in a diary.
      list.push({ state: event.state, on: chinaDate(event.at) });
      events.set(event.debtId, list);
    }
    const negotiation = [...events].map(([debtId, list]): ReminderNegotiation => ({ debtId, events: list }));
    return {
      title: theCase.title,
      reminders: deriveReminders({ caseFile: parsed, negotiation }),
    };
  });
}
