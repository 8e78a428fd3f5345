import { createHash, randomUUID } from 'node:crypto';
import type { EvidenceSummary } from '@shangan/contract';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { contacts, evidence } from '../db/schema.js';
import { notFound } from '../errors/expected-error.js';
import { isUuid } from './case-access.js';
import { openForCase, sealForCase } from './case-crypto.js';

/** An evidence file to store: its bytes, and the contact of the same case it belongs to, if any. */
export interface EvidenceFile {
  contactId: string | null;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
  /** Kept on import; otherwise the time of writing. */
  uploadedAt?: string;
}

/** Stores a file with its SHA-256; 404 'contact' unless the contact belongs to the case. */
export async function insertEvidence(
  tx: Transaction,
  caseId: string,
  file: EvidenceFile,
): Promise<EvidenceSummary> {
  if (file.contactId !== null) {
    const [contact] = isUuid(file.contactId)
      ? await tx
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.caseId, caseId), eq(contacts.id, file.contactId)))
      : [];
    if (!contact) throw notFound('contact');
  }
  const row = {
    id: randomUUID(),
    caseId,
    contactId: file.contactId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.content.byteLength,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    ...(file.uploadedAt ? { uploadedAt: file.uploadedAt } : {}),
  };
  // Sealed with the case's key: deleting the case leaves no readable copy (ADR 0025).
  const content = await sealForCase(tx, caseId, `evidence:${row.id}`, file.content);
  const [stored] = await tx
    .insert(evidence)
    .values({ ...row, content, sealed: true })
    .returning({ uploadedAt: evidence.uploadedAt });
  const { caseId: _caseId, ...summary } = row;
  return { ...summary, uploadedAt: stored?.uploadedAt ?? '' };
}

/** The case's evidence files without their bytes, oldest first. */
export async function listEvidenceRows(tx: Transaction, caseId: string): Promise<EvidenceSummary[]> {
  return tx
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

/** One evidence file with its (plain) bytes; 404 'evidence' unless it belongs to the case. */
export async function readEvidenceRow(
  tx: Transaction,
  caseId: string,
  evidenceId: string,
): Promise<EvidenceSummary & { content: Uint8Array }> {
  if (!isUuid(evidenceId)) throw notFound('evidence');
  const [row] = await tx
    .select()
    .from(evidence)
    .where(and(eq(evidence.caseId, caseId), eq(evidence.id, evidenceId)));
  if (!row) throw notFound('evidence');
  const { caseId: _caseId, sealed, content, ...rest } = row;
  return {
    ...rest,
    content: sealed ? await openForCase(tx, caseId, `evidence:${row.id}`, content) : content,
  };
}

/** The bytes of all the case's evidence files together. */
export async function sumEvidenceBytes(tx: Transaction, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ bytes: sql<string | null>`sum(${evidence.sizeBytes})` })
    .from(evidence)
    .where(eq(evidence.caseId, caseId));
  return Number(row?.bytes ?? 0);
}
