import type { AsWritten, ContactInput, ContactList, EvidenceSummary, StoredContact } from '@shangan/contract';
import type { Contact } from '@shangan/core';
import type { Database } from '../db/open-database.js';
import { notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { isUuid } from '../repositories/case-access.js';
import { touchCase } from '../repositories/case-repository.js';
import { deleteContactRow, insertContact, listContactRows } from '../repositories/contact-repository.js';
import { requireDebt } from '../repositories/debt-access.js';
import { chunkStream } from '../repositories/evidence-chunks.js';
import {
  type EvidenceFile,
  insertEvidence,
  listEvidenceRows,
  openEvidenceRow,
} from '../repositories/evidence-repository.js';
import { type CaseLimits, readCaseUsage, requireContactRoom, requireEvidenceRoom } from './case-limits.js';
import { withCase } from './with-case.js';

/** Logs one contact of a debt; acknowledged only after commit. A contact may restart limitation,
 * so it is part of the case file: the case gets a new revision. */
export async function logContact(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  contact: AsWritten<ContactInput, Contact>,
  limits: CaseLimits,
): Promise<StoredContact> {
  return withCase(db, actor, caseId, 'write_contact', async (tx) => {
    await requireDebt(tx, caseId, debtId);
    await requireContactRoom(tx, caseId, limits);
    const id = await insertContact(tx, caseId, debtId, contact.parsed.at, contact.written);
    await touchCase(tx, caseId);
    return { id, debtId, contact: contact.written, evidence: [] };
  });
}

/**
 * The case's contacts in case-file order, each with the evidence attached to it, and how much of
 * the case's limits is used (the web warns before one is reached).
 */
export async function listContacts(
  db: Database,
  actor: Actor,
  caseId: string,
  limits: CaseLimits,
): Promise<ContactList> {
  return withCase(db, actor, caseId, 'read_contacts', async (tx) => {
    const rows = await listContactRows(tx, caseId);
    const files = await listEvidenceRows(tx, caseId);
    return {
      contacts: rows.map((row) => ({ ...row, evidence: files.filter((file) => file.contactId === row.id) })),
      usage: await readCaseUsage(tx, caseId, limits),
    };
  });
}

/**
 * Deletes one logged contact, whatever the case's limits (deleting is how a full case makes room).
 * Its evidence stays, unlinked. The contact was part of the case file, so the case gets a new
 * revision.
 */
export async function deleteContact(
  db: Database,
  actor: Actor,
  caseId: string,
  contactId: string,
): Promise<void> {
  await withCase(db, actor, caseId, 'delete_contact', async (tx) => {
    if (!isUuid(contactId) || !(await deleteContactRow(tx, caseId, contactId))) throw notFound('contact');
    await touchCase(tx, caseId);
  });
}

export async function listEvidence(db: Database, actor: Actor, caseId: string): Promise<EvidenceSummary[]> {
  return withCase(db, actor, caseId, 'read_evidence', (tx) => listEvidenceRows(tx, caseId));
}

/** Stores an uploaded file, linked to a contact of the same case when one is named. */
export async function addEvidence(
  db: Database,
  actor: Actor,
  caseId: string,
  file: EvidenceFile,
  limits: CaseLimits,
): Promise<EvidenceSummary> {
  return withCase(db, actor, caseId, 'write_evidence', async (tx) => {
    await requireEvidenceRoom(tx, caseId, limits, file.content.byteLength);
    return insertEvidence(tx, caseId, file);
  });
}

/**
 * One evidence file: the access check, the audit row and the file's row in one transaction, then
 * its bytes as a stream, one chunk per short query, so a large download does not hold the database
 * (on PGlite, the event loop) for longer than a chunk at a time.
 */
export async function readEvidence(
  db: Database,
  actor: Actor,
  caseId: string,
  evidenceId: string,
): Promise<EvidenceSummary & { content: ReadableStream<Uint8Array> }> {
  const source = await withCase(db, actor, caseId, { action: 'download_evidence', evidenceId }, (tx) =>
    openEvidenceRow(tx, caseId, evidenceId),
  );
  const { chunkCount: _chunkCount, sealer: _sealer, ...summary } = source;
  return { ...summary, content: await chunkStream(db, source) };
}
