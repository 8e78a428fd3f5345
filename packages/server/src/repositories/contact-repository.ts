import { randomUUID } from 'node:crypto';
import type { ContactInput } from '@shangan/contract';
import { asc, eq, sql } from 'drizzle-orm';
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
