import { says } from '@shangan/core';
import { z } from 'zod';
import type { ContractIssueFacts } from '../errors/api-issue.js';

/** The longest evidence file name, in characters. */
export const MAX_EVIDENCE_FILE_NAME_LENGTH = 200;

/** Media types accepted as evidence: recordings, screenshots and photos, PDFs, plain text. */
export const EVIDENCE_MEDIA_TYPES =
  /^(audio\/[\w.+-]+|image\/(png|jpeg|gif|webp|heic)|application\/pdf|text\/plain)$/;

/** A file name, never a path: it becomes part of a zip entry's name in an export. */
export const evidenceFileName = z
  .string()
  .trim()
  .min(1)
  .max(MAX_EVIDENCE_FILE_NAME_LENGTH)
  .regex(/^[^/\\\0]+$/, says<ContractIssueFacts>({ code: 'file_name_is_path', params: {} }));

/** POST /api/cases/:caseId/evidence: the file is the raw body; its name and contact are the query. */
export const evidenceQuery = z.strictObject({
  fileName: evidenceFileName,
  contactId: z.string().optional(),
});
