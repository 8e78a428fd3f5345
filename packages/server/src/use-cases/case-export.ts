import { maskCaseFileText } from '@shangan/core';
import { strToU8, zipSync } from 'fflate';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../repositories/actor.js';
import { readCaseFile } from '../repositories/case-repository.js';
import { listContactRows } from '../repositories/contact-repository.js';
import { listEvidenceRows, readEvidenceRow } from '../repositories/evidence-repository.js';
import { readCaseLog } from './case-log.js';
import { withCase } from './with-case.js';

/** Zip entries carry this fixed time, so the same case always exports to the same bytes. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

/** The manifest's format name; an import refuses any other. */
export const EXPORT_FORMAT = 'shangan-case-export-1';

/**
 * The whole case as a zip: case.json in the case-file format (what `shangan` reads), the evidence
 * files, manifest.json with each file's SHA-256 and the contact it belongs to, and log.json with
 * the negotiation history and the agreements (see case-log.ts). Phone and ID numbers are left out
 * (and the address), and masked wherever they were typed into text, unless `reveal` (a complete
 * backup is something the person asks for; an advisor needs the owner's grant for it, and every
 * such export is audited).
 */
export async function exportCase(
  db: Database,
  actor: Actor,
  caseId: string,
  reveal: boolean,
): Promise<Uint8Array> {
  const use = { action: reveal ? 'export_case_revealed' : 'export_case', reveal } as const;
  const files = await withCase(db, actor, caseId, use, async (tx, theCase) => {
    const caseFile = reveal
      ? await readCaseFile(tx, caseId)
      : maskCaseFileText(await readCaseFile(tx, caseId));
    if (!reveal && caseFile.person) {
      const { phone: _phone, idNumber: _idNumber, address: _address, ...rest } = caseFile.person;
      caseFile.person = rest;
    }
    const contactIndex = new Map<string, { debtId: string; index: number }>();
    const seen = new Map<string, number>();
    for (const contact of await listContactRows(tx, caseId)) {
      const index = seen.get(contact.debtId) ?? 0;
      contactIndex.set(contact.id, { debtId: contact.debtId, index });
      seen.set(contact.debtId, index + 1);
    }
    const entries: Record<string, Uint8Array> = {};
    const evidence = [];
    for (const [position, summary] of (await listEvidenceRows(tx, caseId)).entries()) {
      const file = `evidence/${String(position + 1).padStart(4, '0')}-${summary.fileName}`;
      entries[file] = (await readEvidenceRow(tx, caseId, summary.id)).content;
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
      format: EXPORT_FORMAT,
      title: theCase.title,
      sensitive: reveal ? 'included' : 'left_out',
      evidence,
    };
    entries['case.json'] = strToU8(`${JSON.stringify(caseFile, null, 2)}\n`);
    entries['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
    entries['log.json'] = strToU8(`${JSON.stringify(await readCaseLog(tx, caseId), null, 2)}\n`);
    return entries;
  });
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: FIXED_MTIME }]])),
  );
}
