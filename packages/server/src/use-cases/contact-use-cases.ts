import type { AsWritten, ContactInput, EvidenceSummary, StoredContact } from '@shangan/contract';
import type { Contact } from '@shangan/core';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../repositories/actor.js';
import { touchCase } from '../repositories/case-repository.js';
import { insertContact, listContactRows } from '../repositories/contact-repository.js';
import { requireDebt } from '../repositories/debt-access.js';
import {
  type EvidenceFile,
  insertEvidence,
  listEvidenceRows,
  readEvidenceRow,
} from '../repositories/evidence-repository.js';
import { withCase } from './with-case.js';

/** Logs one contact of a debt; acknowledged only after commit. A contact may restart limitation,
 * so it is part of the case file: the case gets a new revision. */
export async function logContact(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  contact: AsWritten<ContactInput, Contact>,
): Promise<StoredContact> {
  return withCase(db, actor, caseId, 'write_contact', async (tx) => {
    await requireDebt(tx, caseId, debtId);
    const id = await insertContact(tx, caseId, debtId, contact.parsed.at, contact.written);
    await touchCase(tx, caseId);
    return { id, debtId, contact: contact.written, evidence: [] };
  });
}

/** The case's contacts in case-file order, each with the evidence attached to it. */
export async function listContacts(db: Database, actor: Actor, caseId: string): Promise<StoredContact[]> {
  return withCase(db, actor, caseId, 'read_contacts', async (tx) => {
    const rows = await listContactRows(tx, caseId);
    const files = await listEvidenceRows(tx, caseId);
    return rows.map((row) => ({ ...row, evidence: files.filter((file) => file.contactId === row.id) }));
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
): Promise<EvidenceSummary> {
  return withCase(db, actor, caseId, 'write_evidence', (tx) => insertEvidence(tx, caseId, file));
}

export async function readEvidence(
  db: Database,
  actor: Actor,
  caseId: string,
  evidenceId: string,
): Promise<EvidenceSummary & { content: Uint8Array }> {
  return withCase(db, actor, caseId, { action: 'download_evidence', evidenceId }, (tx) =>
    readEvidenceRow(tx, caseId, evidenceId),
  );
}
