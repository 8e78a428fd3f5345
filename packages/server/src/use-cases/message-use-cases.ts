import type { AsWritten, ContactInput, StoredContact } from '@shangan/contract';
import {
  type CalendarDate,
  type Contact,
  importMessages,
  type Lang,
  type MessagesReportJson,
  messagesReportJson,
} from '@shangan/core';
import type { Database } from '../db/open-database.js';
import { invalidInput } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { touchCase } from '../repositories/case-repository.js';
import { insertContact } from '../repositories/contact-repository.js';
import { requireDebt } from '../repositories/debt-access.js';
import { type CaseLimits, requireContactRoom } from './case-limits.js';
import { withCase } from './with-case.js';

/**
 * Pasted collection messages read against the case, as `shangan message CASE.json --json` reads
 * them: each with its fields and flags, linked to a debt, as a draft contact; nothing is written.
 */
export async function readMessages(
  db: Database,
  actor: Actor,
  caseId: string,
  request: { text: string; today: CalendarDate; debtId?: string | undefined },
  lang: Lang,
): Promise<MessagesReportJson> {
  return withCase(db, actor, caseId, 'read_contacts', async (_tx, theCase) => {
    const { parsed } = await theCase.caseFile();
    const result = importMessages({ ...request, caseFile: parsed });
    if (!result.ok) throw invalidInput(result.issues);
    return messagesReportJson(result.value, lang);
  });
}

/** The confirmed drafts, logged in one transaction: all of them or, on any problem, none. */
export async function logMessages(
  db: Database,
  actor: Actor,
  caseId: string,
  entries: readonly { debtId: string; contact: AsWritten<ContactInput, Contact> }[],
  limits: CaseLimits,
): Promise<StoredContact[]> {
  return withCase(db, actor, caseId, 'write_contact', async (tx) => {
    const stored: StoredContact[] = [];
    for (const { debtId, contact } of entries) {
      await requireDebt(tx, caseId, debtId);
      await requireContactRoom(tx, caseId, limits);
      const id = await insertContact(tx, caseId, debtId, contact.parsed.at, contact.written);
      stored.push({ id, debtId, contact: contact.written, evidence: [] });
    }
    await touchCase(tx, caseId);
    return stored;
  });
}
