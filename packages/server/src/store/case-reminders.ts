import {
  caseFileSchema,
  deriveReminders,
  type Reminder,
  type ReminderNegotiation,
  toValidationIssues,
  type ValidationIssue,
} from '@shangan/core';
import type { Database } from '../db/open-database.js';
import type { Actor } from './actor.js';
import { agreementRecords } from './agreement-store.js';
import { readCaseFile } from './case-store.js';
import { chinaDate } from './china-date.js';
import { negotiationLog } from './negotiation-store.js';

export type RemindersResult = { ok: true; value: Reminder[] } | { ok: false; issues: ValidationIssue[] };

/** The reminders of a stored case: its case file, agreements and negotiation history, through the core. */
export async function caseReminders(db: Database, actor: Actor, caseId: string): Promise<RemindersResult> {
  const caseFile = await readCaseFile(db, actor, caseId);
  const parsed = caseFileSchema.safeParse(caseFile);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error, caseFile) };
  const events = new Map<string, ReminderNegotiation['events'][number][]>();
  for (const event of await negotiationLog(db, caseId)) {
    const list = events.get(event.debtId) ?? [];
    // The day the person recorded it, in China: that is the day they would put in a diary.
    list.push({ state: event.state, on: chinaDate(event.at) });
    events.set(event.debtId, list);
  }
  const negotiation = [...events].map(([debtId, list]): ReminderNegotiation => ({ debtId, events: list }));
  const agreements = (await agreementRecords(db, caseId)).map((record) => ({
    debtId: record.debtId,
    certificateDays: record.terms.certificateDays,
    instalments: record.instalments,
  }));
  return { ok: true, value: deriveReminders({ caseFile: parsed.data, agreements, negotiation }) };
}
