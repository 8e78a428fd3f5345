import { createHash } from 'node:crypto';
import {
  type CheckedCaseFile,
  checkedCaseFile,
  EVIDENCE_MEDIA_TYPES,
  evidenceFileName,
  toApiIssues,
} from '@shangan/contract';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import type { Database } from '../db/open-database.js';
import { invalidInput } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { insertCase } from '../repositories/case-repository.js';
import { listContactRows } from '../repositories/contact-repository.js';
import { insertEvidence } from '../repositories/evidence-repository.js';
import { findUnstorableText } from '../repositories/storable-text.js';
import { EXPORT_FORMAT } from './case-export.js';
import { type CaseLimits, requireArchiveWithinLimits, requireCaseFileWithinLimits } from './case-limits.js';
import { parseCaseLog, restoreCaseLog } from './case-log.js';
import { isInstantText } from './is-instant-text.js';
import { issueInFile } from './issue-in-file.js';

const manifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  title: z.string().trim().min(1).max(200),
  sensitive: z.enum(['included', 'left_out']),
  evidence: z.array(
    z.object({
      file: z.string(),
      // What an upload would accept: a name (never a path, it becomes a zip entry), a known type.
      fileName: evidenceFileName,
      mediaType: z.string().regex(EVIDENCE_MEDIA_TYPES),
      sizeBytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      uploadedAt: z.string().refine(isInstantText),
      contact: z.object({ debtId: z.string(), index: z.number().int().nonnegative() }).nullable(),
    }),
  ),
});

/** A new case of the actor's from a checked case file (POST /api/import with a JSON body). */
export async function importCaseFile(
  db: Database,
  actor: Actor,
  title: string,
  caseFile: CheckedCaseFile,
  limits: CaseLimits,
): Promise<string> {
  requireCaseFileWithinLimits(caseFile.parsed, limits);
  return db.transaction((tx) => insertCase(tx, actor.userId, title, caseFile));
}

/**
 * Restores an export made by exportCase as a new case: the case file, the evidence, the links, the
 * negotiation history and agreements (with their original times). Everything is checked first and
 * written in one transaction, so a bad archive leaves no half-imported case behind.
 */
export async function importArchive(
  db: Database,
  actor: Actor,
  zip: Uint8Array,
  limits: CaseLimits,
): Promise<string> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    throw invalidInput([{ path: '', code: 'invalid_zip', params: {} }]);
  }
  const readJsonEntry = (name: string): unknown => {
    const entry = entries[name];
    if (!entry) return undefined;
    try {
      return JSON.parse(strFromU8(entry));
    } catch {
      return null;
    }
  };
  // Text PostgreSQL cannot store (NUL, an unpaired surrogate) is refused before anything is written.
  for (const name of ['manifest.json', 'case.json', 'log.json']) {
    const unstorable = findUnstorableText(readJsonEntry(name));
    if (unstorable) throw invalidInput([issueInFile(name, unstorable)]);
  }
  const manifest = manifestSchema.safeParse(readJsonEntry('manifest.json'));
  if (!manifest.success) {
    throw invalidInput([{ path: 'manifest.json', code: 'invalid_manifest', params: {} }]);
  }
  const caseJson = readJsonEntry('case.json');
  const caseFile = checkedCaseFile.safeParse(caseJson);
  if (!caseFile.success) {
    throw invalidInput(toApiIssues(caseFile.error, caseJson).map((issue) => issueInFile('case.json', issue)));
  }
  for (const item of manifest.data.evidence) {
    const content = entries[item.file];
    if (!content) throw invalidInput([{ path: item.file, code: 'file_missing', params: {} }]);
    if (createHash('sha256').update(content).digest('hex') !== item.sha256) {
      throw invalidInput([{ path: item.file, code: 'hash_mismatch', params: {} }]);
    }
  }
  const log = parseCaseLog(
    readJsonEntry('log.json'),
    new Set(caseFile.data.parsed.debts.map((debt) => debt.id)),
  );
  if (!log.ok) throw invalidInput(log.issues);
  requireArchiveWithinLimits(caseFile.data.parsed, manifest.data.evidence, limits);
  return db.transaction(async (tx) => {
    const id = await insertCase(tx, actor.userId, manifest.data.title, caseFile.data);
    const contacts = await listContactRows(tx, id);
    for (const item of manifest.data.evidence) {
      const linked = item.contact
        ? contacts.filter((contact) => contact.debtId === item.contact?.debtId)[item.contact.index]
        : undefined;
      await insertEvidence(tx, id, {
        contactId: linked?.id ?? null,
        fileName: item.fileName,
        mediaType: item.mediaType,
        content: entries[item.file] ?? new Uint8Array(),
        uploadedAt: item.uploadedAt,
      });
    }
    await restoreCaseLog(tx, id, log.value);
    return id;
  });
}
