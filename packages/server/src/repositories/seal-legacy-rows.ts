import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { contacts, evidence } from '../db/schema.js';
import { sealForCase, sealJson } from './case-crypto.js';

/**
 * Seals contacts and evidence stored in the clear before migration 0005, at start, one row per
 * transaction. From then on deleting their case shreds them like any other; the plain copies that
 * the old row versions left in the WAL and in freed pages are not reached by this (ADR 0025):
 * only "delete everything" removes those. Returns how many rows it sealed.
 */
export async function sealLegacyRows(db: Database): Promise<number> {
  let sealed = 0;
  const plainContacts = await db
    .select({ id: contacts.id, caseId: contacts.caseId })
    .from(contacts)
    .where(isNull(contacts.sealed));
  for (const { id, caseId } of plainContacts) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ data: contacts.data })
        .from(contacts)
        .where(and(eq(contacts.id, id), isNull(contacts.sealed)));
      if (!row) return;
      const box = await sealJson(tx, caseId, `contact:${id}`, row.data);
      await tx.update(contacts).set({ sealed: box, data: null }).where(eq(contacts.id, id));
      sealed++;
    });
  }
  const plainEvidence = await db
    .select({ id: evidence.id, caseId: evidence.caseId })
    .from(evidence)
    .where(eq(evidence.sealed, false));
  for (const { id, caseId } of plainEvidence) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ content: evidence.content })
        .from(evidence)
        .where(and(eq(evidence.id, id), eq(evidence.sealed, false)));
      if (!row) return;
      const box = await sealForCase(tx, caseId, `evidence:${id}`, row.content);
      await tx.update(evidence).set({ content: box, sealed: true }).where(eq(evidence.id, id));
      sealed++;
    });
  }
  return sealed;
}
