import type { EvidenceSummary } from '@shangan/contract';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { contacts, evidence } from '../db/schema.js';
import { notFound } from '../errors/expected-error.js';
import { sha256Hex } from '../runtime/sha256.js';
import { isUuid } from './case-access.js';
import { caseSealer } from './case-crypto.js';
import { type ChunkedFile, chunkCountOf, writeChunks } from './evidence-chunks.js';

/** An evidence file to store: its bytes, and the contact of the same case it belongs to, if any. */
export interface EvidenceFile {
  contactId: string | null;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
  /** Kept on import; otherwise the time of writing. */
  uploadedAt?: string;
}

/**
 * Stores a file with its SHA-256, in sealed chunks written one statement at a time (see
 * evidence-chunks.ts); 404 'contact' unless the contact belongs to the case.
 */
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
    id: crypto.randomUUID(),
    caseId,
    contactId: file.contactId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.content.byteLength,
    // WebCrypto: off the event loop in Node (the thread pool), native in a browser.
    sha256: await sha256Hex(file.content),
    ...(file.uploadedAt ? { uploadedAt: file.uploadedAt } : {}),
  };
  const [stored] = await tx
    .insert(evidence)
    .values({ ...row, sealed: true, chunkCount: chunkCountOf(row.sizeBytes) })
    .returning({ uploadedAt: evidence.uploadedAt });
  // Sealed with the case's key: deleting the case leaves no readable copy (ADR 0025).
  await writeChunks(tx, await caseSealer(tx, caseId), row.id, file.content);
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

/** An evidence file ready to be read chunk by chunk (readChunks), with the case's key. */
export type EvidenceSource = EvidenceSummary & ChunkedFile;

/** One evidence file, not yet its bytes; 404 'evidence' unless it belongs to the case. */
export async function openEvidenceRow(
  tx: Transaction,
  caseId: string,
  evidenceId: string,
): Promise<EvidenceSource> {
  if (!isUuid(evidenceId)) throw notFound('evidence');
  const [row] = await tx
    .select({
      id: evidence.id,
      contactId: evidence.contactId,
      fileName: evidence.fileName,
      mediaType: evidence.mediaType,
      sizeBytes: evidence.sizeBytes,
      sha256: evidence.sha256,
      uploadedAt: evidence.uploadedAt,
      chunkCount: evidence.chunkCount,
    })
    .from(evidence)
    .where(and(eq(evidence.caseId, caseId), eq(evidence.id, evidenceId)));
  if (!row) throw notFound('evidence');
  const { chunkCount, ...summary } = row;
  // Rows from before migration 0006 are moved into chunks at start, before the server listens.
  if (chunkCount === null) throw new Error(`evidence ${row.id} is not in chunks yet (see sealLegacyRows)`);
  return { ...summary, chunkCount, sealer: await caseSealer(tx, caseId) };
}

/** The bytes of all the case's evidence files together. */
export async function sumEvidenceBytes(tx: Transaction, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ bytes: sql<string | null>`sum(${evidence.sizeBytes})` })
    .from(evidence)
    .where(eq(evidence.caseId, caseId));
  return Number(row?.bytes ?? 0);
}
