import { randomUUID } from 'node:crypto';
import type { ContactInput } from '@shangan/contract';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { contacts } from '../db/schema.js';

/** A contact row: its id, its debt, and the contact as the person wrote it. */
export interface ContactRow {
  id: string;
  debtId: string;
  contact: ContactInput;
}

/** Appends one contact to a debt's log (the debt was checked by the caller); returns its id. */
export async function insertContact(
  tx: Transaction,
  caseId: string,
  debtId: string,
  at: string,
  contact: ContactInput,
): Promise<string> {
  const id = randomUUID();
  await tx.insert(contacts).values({ id, caseId, debtId, at, data: contact as Record<string, unknown> });
  return id;
}

/** The case's contacts in the order of its case file (time, then content), which exports refer to. */
export async function listContactRows(tx: Transaction, caseId: string): Promise<ContactRow[]> {
  const rows = await tx
    .select()
    .from(contacts)
    .where(eq(contacts.caseId, caseId))
    .orderBy(asc(contacts.at), asc(sql`${contacts.data}::text`));
  // Every row was written from a contact the core's schema accepted.
  return rows.map((row) => ({ id: row.id, debtId: row.debtId, contact: row.data as ContactInput }));
}

/** How many contacts the case has logged. */
export async function countContacts(tx: Transaction, caseId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(contacts).where(eq(contacts.caseId, caseId));
  return Number(row?.n ?? 0);
}

/**
 * Deletes one contact of the case; false when the case has no such contact. Its evidence files
 * stay, unlinked (evidence.contact_id is ON DELETE SET NULL): a recording is never lost with a
 * log entry.
 */
export async function deleteContactRow(tx: Transaction, caseId: string, contactId: string): Promise<boolean> {
  const deleted = await tx
    .delete(contacts)
    .where(and(eq(contacts.caseId, caseId), eq(contacts.id, contactId)))
    .returning({ id: contacts.id });
  return deleted.length > 0;
}
