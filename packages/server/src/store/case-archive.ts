import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import type { Database } from '../db/open-database.js';
import type { Actor } from './actor.js';
import { parseCaseLog, readCaseLog, restoreCaseLog } from './case-log.js';
import { caseTitle, createCase, readCaseFile, validateCaseFile } from './case-store.js';
import { addEvidence, listContacts, listEvidence, readEvidence } from './contact-store.js';
import { EVIDENCE_MEDIA_TYPES, evidenceFileName, isInstantText } from './evidence-rules.js';
import { findUnstorableText } from './storable-text.js';

type Json = Record<string, unknown>;

/** Zip entries carry this fixed time, so the same case always exports to the same bytes. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

const manifestSchema = z.object({
  format: z.literal('shangan-case-export-1'),
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

/**
 * The whole case as a zip: case.json in the case-file format (what `shangan` reads), the evidence
 * files, manifest.json with each file's SHA-256 and the contact it belongs to, and log.json with
 * the negotiation history and the agreements (see case-log.ts). Phone and ID numbers and the
 * address are left out unless `reveal` (a complete backup is something the person asks for).
 */
export async function exportCase(
  db: Database,
  actor: Actor,
  caseId: string,
  reveal: boolean,
): Promise<Uint8Array> {
  const caseFile = await readCaseFile(db, actor, caseId);
  if (!reveal && caseFile.person) {
    const { phone: _phone, idNumber: _idNumber, address: _address, ...rest } = caseFile.person as Json;
    caseFile.person = rest;
  }
  const contactIndex = new Map<string, { debtId: string; index: number }>();
  const seen = new Map<string, number>();
  for (const contact of await listContacts(db, actor, caseId)) {
    const index = seen.get(contact.debtId) ?? 0;
    contactIndex.set(contact.id, { debtId: contact.debtId, index });
    seen.set(contact.debtId, index + 1);
  }
  const files: Record<string, Uint8Array> = {};
  const evidence = [];
  for (const [position, summary] of (await listEvidence(db, actor, caseId)).entries()) {
    const file = `evidence/${String(position + 1).padStart(4, '0')}-${summary.fileName}`;
    const stored = await readEvidence(db, actor, caseId, summary.id);
    files[file] = stored.content;
    evidence.push({
      file,
      fileName: summary.fileName,
      mediaType: summary.mediaType,
      sizeBytes: summary.sizeBytes,
      sha256: summary.sha256,
      uploadedAt: summary.uploadedAt,
      contact: summary.contactId === null ? null : (contactIndex.get(summary.contactId) ?? null),
    });
  }
  const manifest = {
    format: 'shangan-case-export-1',
    title: await caseTitle(db, caseId),
    sensitive: reveal ? 'included' : 'left_out',
    evidence,
  };
  files['case.json'] = strToU8(`${JSON.stringify(caseFile, null, 2)}\n`);
  files['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  files['log.json'] = strToU8(`${JSON.stringify(await readCaseLog(db, caseId), null, 2)}\n`);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: FIXED_MTIME }]])),
  );
}

export type ImportResult =
  | { ok: true; id: string }
  | { ok: false; issues: { path: string; message: string }[] };

/**
 * Restores an export made by exportCase as a new case: the case file, the evidence, the links, the
 * negotiation history and agreements (with their original times). Everything is checked first and
 * written in one transaction, so a bad archive leaves no half-imported case behind.
 */
export async function importArchive(db: Database, actor: Actor, zip: Uint8Array): Promise<ImportResult> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    return { ok: false, issues: [{ path: '(zip)', message: '不是有效的 zip 文件 (not a valid zip file)' }] };
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
    if (unstorable) return { ok: false, issues: [{ ...unstorable, path: `${name}: ${unstorable.path}` }] };
  }
  const manifest = manifestSchema.safeParse(readJsonEntry('manifest.json'));
  if (!manifest.success) {
    return {
      ok: false,
      issues: [{ path: 'manifest.json', message: '缺少或无效的 manifest.json (missing or invalid)' }],
    };
  }
  const caseFile = validateCaseFile(readJsonEntry('case.json'));
  if (!caseFile.ok)
    return { ok: false, issues: caseFile.issues.map((i) => ({ ...i, path: `case.json: ${i.path}` })) };
  for (const item of manifest.data.evidence) {
    const content = entries[item.file];
    if (!content) return { ok: false, issues: [{ path: item.file, message: '文件缺失 (file missing)' }] };
    if (createHash('sha256').update(content).digest('hex') !== item.sha256) {
      return {
        ok: false,
        issues: [
          { path: item.file, message: '文件的 SHA-256 与清单不符，文件可能已损坏或被改动 (hash mismatch)' },
        ],
      };
    }
  }
  const debtIds = new Set(
    ((caseFile.value.debts as Json[] | undefined) ?? []).map((debt) => String(debt.id)),
  );
  const log = parseCaseLog(readJsonEntry('log.json'), debtIds);
  if (!log.ok) return { ok: false, issues: log.issues };
  const id = await db.transaction(async (tx) => {
    const id = await createCase(tx, actor, manifest.data.title, caseFile.value);
    const contacts = await listContacts(tx, actor, id);
    for (const item of manifest.data.evidence) {
      const linked = item.contact
        ? contacts.filter((contact) => contact.debtId === item.contact?.debtId)[item.contact.index]
        : undefined;
      await addEvidence(tx, actor, id, {
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
  return { ok: true, id };
}
