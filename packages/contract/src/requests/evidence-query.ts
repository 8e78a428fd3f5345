import { z } from 'zod';
import { sanitizeFileName } from './file-name.js';

/** Media types accepted as evidence: recordings, screenshots and photos, PDFs, plain text. */
export const EVIDENCE_MEDIA_TYPES =
  /^(audio\/[\w.+-]+|image\/(png|jpeg|gif|webp|heic)|application\/pdf|text\/plain)$/;

/**
 * An evidence file's name, upload and import alike: any text, made safe by sanitizeFileName
 * (never a path; it becomes part of a zip entry's name in an export). Cleaned, never refused.
 */
export const evidenceFileName = z.string().transform(sanitizeFileName);

/** POST /api/cases/:caseId/evidence: the file is the raw body; its name and contact are the query. */
export const evidenceQuery = z.strictObject({
  fileName: evidenceFileName,
  contactId: z.string().optional(),
});
