import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { contacts, evidence } from '../db/schema.js';
import { caseSealer, sealJson } from './case-crypto.js';
import { chunkCountOf, writeChunks } from './evidence-chunks.js';

/**
 * At start, before the server listens, one row per transaction: seals contacts stored in the clear
 * before migration 0005, and moves evidence stored whole before migration 0006 (plain before 0005,
 * sealed whole after) into sealed chunks. From then on deleting their case shreds them like any
 * other; the plain copies that the old row versions left in the WAL and in freed pages are not
 * reached by this (ADR 0025): only "delete everything" removes those. Returns how many rows it
 * changed.
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
  const wholeEvidence = await db
    .select({ id: evidence.id, caseId: evidence.caseId })
    .from(evidence)
    .where(isNotNull(evidence.content));
  for (const { id, caseId } of wholeEvidence) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ content: evidence.content, sealed: evidence.sealed })
        .from(evidence)
        .where(and(eq(evidence.id, id), isNotNull(evidence.content)));
      if (!row?.content) return;
      const sealer = await caseSealer(tx, caseId);
      const plain = row.sealed ? await sealer.open(`evidence:${id}`, row.content) : row.content;
      await tx
        .update(evidence)
        .set({ content: null, sealed: true, chunkCount: chunkCountOf(plain.byteLength) })
        .where(eq(evidence.id, id));
      await writeChunks(tx, sealer, id, plain);
      sealed++;
    });
  }
  return sealed;
}
