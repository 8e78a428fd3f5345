import {
  type CheckedCaseFile,
  checkedCaseFile,
  EVIDENCE_MEDIA_TYPES,
  evidenceFileName,
  toApiIssues,
} from '@shangan/contract';
import { strFromU8 } from 'fflate';
import { z } from 'zod';
import type { ArchiveLimits } from '../archive/archive-limits.js';
import { checkedDirectory } from '../archive/checked-directory.js';
import { readZipEntry } from '../archive/read-zip-entry.js';
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
 * written in one transaction, so a bad archive leaves no half-imported case behind. Sizes are
 * checked from the zip directory before anything is inflated, and inflating is bounded by them and
 * runs off the event loop (ADR 0021).
 */
export async function importArchive(
  db: Database,
  actor: Actor,
  zip: Uint8Array,
  limits: ArchiveLimits,
  caseLimits: CaseLimits,
): Promise<string> {
  const entries = checkedDirectory(zip, limits);
  const readJsonEntry = async (name: string): Promise<unknown> => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    const { content } = await readZipEntry(zip, entry);
    try {
      return JSON.parse(strFromU8(content));
    } catch {
      return null;
    }
  };
  const [manifestJson, caseJson, logJson] = [
    await readJsonEntry('manifest.json'),
    await readJsonEntry('case.json'),
    await readJsonEntry('log.json'),
  ];
  // Text PostgreSQL cannot store (NUL, an unpaired surrogate) is refused before anything is written.
  for (const [name, value] of [
    ['manifest.json', manifestJson],
    ['case.json', caseJson],
    ['log.json', logJson],
  ] as const) {
    const unstorable = findUnstorableText(value);
    if (unstorable) throw invalidInput([issueInFile(name, unstorable)]);
  }
  const manifest = manifestSchema.safeParse(manifestJson);
  if (!manifest.success) {
    throw invalidInput([{ path: 'manifest.json', code: 'invalid_manifest', params: {} }]);
  }
  const caseFile = checkedCaseFile.safeParse(caseJson);
  if (!caseFile.success) {
    throw invalidInput(toApiIssues(caseFile.error, caseJson).map((issue) => issueInFile('case.json', issue)));
  }
  const contents = new Map<string, Uint8Array>();
  for (const item of manifest.data.evidence) {
    // Each listed file is read once; one entry listed many times would multiply the bytes stored.
    if (contents.has(item.file)) {
      throw invalidInput([{ path: 'manifest.json', code: 'invalid_manifest', params: {} }]);
    }
    const entry = entries.get(item.file);
    if (!entry) throw invalidInput([{ path: item.file, code: 'file_missing', params: {} }]);
    const { content, sha256 } = await readZipEntry(zip, entry);
    if (sha256 !== item.sha256) {
      throw invalidInput([{ path: item.file, code: 'hash_mismatch', params: {} }]);
    }
    contents.set(item.file, content);
  }
  const log = parseCaseLog(logJson, new Set(caseFile.data.parsed.debts.map((debt) => debt.id)));
  if (!log.ok) throw invalidInput(log.issues);
  requireArchiveWithinLimits(caseFile.data.parsed, manifest.data.evidence, caseLimits);
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
        content: contents.get(item.file) ?? new Uint8Array(),
        uploadedAt: item.uploadedAt,
      });
    }
    await restoreCaseLog(tx, id, log.value);
    return id;
  });
}
