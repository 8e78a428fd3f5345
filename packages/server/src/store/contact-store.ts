import { createHash, randomUUID } from 'node:crypto';
import { contactSchema, toValidationIssues, type ValidationIssue } from '@shangan/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { cases, contacts, debts, evidence } from '../db/schema.js';
import type { Actor } from './actor.js';
import { isUuid, requireCase } from './case-access.js';
import { NotFoundError } from './not-found.js';

type Json = Record<string, unknown>;

export interface StoredContact {
  id: string;
  debtId: string;
  contact: Json;
  evidence: EvidenceSummary[];
}

export interface EvidenceSummary {
  id: string;
  contactId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export type ContactResult = { ok: true; value: StoredContact } | { ok: false; issues: ValidationIssue[] };

async function requireDebt(db: Database, caseId: string, debtId: string) {
  const [row] = await db
    .select({ id: debts.id })
    .from(debts)
    .where(and(eq(debts.caseId, caseId), eq(debts.id, debtId)));
  if (!row) throw new NotFoundError('debt');
}

/** Logs one contact (validated like a case file's contact); acknowledged only after commit. */
export async function addContact(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  input: unknown,
): Promise<ContactResult> {
  await requireCase(db, actor, caseId, 'write_contact');
  await requireDebt(db, caseId, debtId);
  const parsed = contactSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error, input) };
  const id = randomUUID();
  const data = input as Json;
  await db.transaction(async (tx) => {
    await tx.insert(contacts).values({ id, caseId, debtId, at: parsed.data.at, data });
    // A contact is part of the case file (it may restart limitation): the case has a new revision.
    await tx.update(cases).set({ updatedAt: sql`clock_timestamp()` }).where(eq(cases.id, caseId));
  });
  return { ok: true, value: { id, debtId, contact: data, evidence: [] } };
}

export async function listContacts(db: Database, actor: Actor, caseId: string): Promise<StoredContact[]> {
  await requireCase(db, actor, caseId, 'read_contacts');
  // The same order as the exported case file, so an export can refer to a contact by its position.
  const rows = await db
    .select()
    .from(contacts)
    .where(eq(contacts.caseId, caseId))
    .orderBy(asc(contacts.at), asc(sql`${contacts.data}::text`));
  const files = await listEvidenceRows(db, caseId);
  return rows.map((row) => ({
    id: row.id,
    debtId: row.debtId,
    contact: row.data,
    evidence: files.filter((file) => file.contactId === row.id),
  }));
}

async function listEvidenceRows(db: Database, caseId: string): Promise<EvidenceSummary[]> {
  return db
    .select({
      id: evidence.id,
      contactId: evidence.contactId,
      fileName: evidence.fileName,
      mediaType: evidence.mediaType,
      sizeBytes: evidence.sizeBytes,
      sha256: evidence.sha256,
      uploadedAt: evidence.uploadedAt,
    })
    .from(evidence)
    .where(eq(evidence.caseId, caseId))
    .orderBy(asc(evidence.uploadedAt), asc(evidence.sha256));
}

export async function listEvidence(db: Database, actor: Actor, caseId: string): Promise<EvidenceSummary[]> {
  await requireCase(db, actor, caseId, 'read_evidence');
  return listEvidenceRows(db, caseId);
}

/** Stores an uploaded file with its SHA-256, linked to a contact of the same case when given. */
export async function addEvidence(
  db: Database,
  actor: Actor,
  caseId: string,
  file: {
    contactId: string | null;
    fileName: string;
    mediaType: string;
    content: Uint8Array;
    uploadedAt?: string;
  },
): Promise<EvidenceSummary> {
  await requireCase(db, actor, caseId, 'write_evidence');
  if (file.contactId !== null) {
    const [contact] = isUuid(file.contactId)
      ? await db
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.caseId, caseId), eq(contacts.id, file.contactId)))
      : [];
    if (!contact) throw new NotFoundError('contact');
  }
  const row = {
    id: randomUUID(),
    caseId,
    contactId: file.contactId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.content.byteLength,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
    ...(file.uploadedAt ? { uploadedAt: file.uploadedAt } : {}),
  };
  const [stored] = await db.insert(evidence).values(row).returning({ uploadedAt: evidence.uploadedAt });
  const { content: _content, caseId: _caseId, ...summary } = row;
  return { ...summary, uploadedAt: stored?.uploadedAt ?? '' };
}

export async function readEvidence(
  db: Database,
  actor: Actor,
  caseId: string,
  evidenceId: string,
): Promise<EvidenceSummary & { content: Uint8Array }> {
  await requireCase(db, actor, caseId, 'read_evidence');
  if (!isUuid(evidenceId)) throw new NotFoundError('evidence');
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.caseId, caseId), eq(evidence.id, evidenceId)));
  if (!row) throw new NotFoundError('evidence');
  const { caseId: _caseId, ...rest } = row;
  return rest;
}
