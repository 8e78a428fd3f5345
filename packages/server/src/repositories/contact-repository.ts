import type { ContactInput } from '@shangan/contract';
import { and, count, eq } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { contacts } from '../db/schema.js';
import { openJson, sealJson } from './case-crypto.js';

/** A contact row: its id, its debt, and the contact as the person wrote it. */
export interface ContactRow {
  id: string;
  debtId: string;
  contact: ContactInput;
}

/** One contact to store: its debt, its time (kept in clear for ordering) and what was written. */
export interface NewContact {
  debtId: string;
  at: string;
  contact: Record<string, unknown>;
}

/**
 * Stores contacts of one case, each sealed with the case's key (ADR 0025): notes, names and
 * numbers a person types about a call are unreadable once the case is deleted. Returns their ids.
 */
export async function insertContactRows(
  tx: Transaction,
  caseId: string,
  list: readonly NewContact[],
): Promise<string[]> {
  if (list.length === 0) return [];
  const rows = await Promise.all(
    list.map(async ({ debtId, at, contact }) => {
      const id = crypto.randomUUID();
      return { id, caseId, debtId, at, sealed: await sealJson(tx, caseId, `contact:${id}`, contact) };
    }),
  );
  await tx.insert(contacts).values(rows);
  return rows.map((row) => row.id);
}

/** Appends one contact to a debt's log (the debt was checked by the caller); returns its id. */
export async function insertContact(
  tx: Transaction,
  caseId: string,
  debtId: string,
  at: string,
  contact: ContactInput,
): Promise<string> {
  const [id] = await insertContactRows(tx, caseId, [
    { debtId, at, contact: contact as Record<string, unknown> },
  ]);
  return id as string;
}

/**
 * The case's contacts in the order of its case file (time, then content), which exports refer to.
 * The content is sealed, so the database cannot order by it: the rows are opened, then sorted.
 */
export async function listContactRows(tx: Transaction, caseId: string): Promise<ContactRow[]> {
  const rows = await tx.select().from(contacts).where(eq(contacts.caseId, caseId));
  const opened = await Promise.all(
    rows.map(async (row) => {
      // Rows written before migration 0005 are plain.
      const contact = (
        row.sealed === null ? row.data : await openJson(tx, caseId, `contact:${row.id}`, row.sealed)
      ) as ContactInput;
      return { id: row.id, debtId: row.debtId, at: row.at, contact, order: canonicalJson(contact) };
    }),
  );
  opened.sort((a, b) => compare(a.at, b.at) || compare(a.order, b.order) || compare(a.id, b.id));
  return opened.map(({ id, debtId, contact }) => ({ id, debtId, contact }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with object keys sorted: the same contact always gives the same text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    part !== null && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => compare(a, b)))
      : part,
  );
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
