import type { EvidenceSummary } from '@shangan/contract';
import { type CaseFileInput, maskCaseFileText } from '@shangan/core';
import { strToU8 } from 'fflate';
import { type ZipSource, zipStream } from '../archive/zip-stream.js';
import type { Database } from '../db/open-database.js';
import { ExpectedError } from '../errors/expected-error.js';
import { MAX_JSON_BYTES } from '../http/read-body.js';
import type { Actor } from '../repositories/actor.js';
import { readCaseFile } from '../repositories/case-repository.js';
import { listContactRows } from '../repositories/contact-repository.js';
import { readChunks } from '../repositories/evidence-chunks.js';
import { listEvidenceRows, openEvidenceRow } from '../repositories/evidence-repository.js';
import { readCaseLog } from './case-log.js';
import { withCase } from './with-case.js';

/** Zip entries carry this fixed time, so the same case always exports to the same bytes. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

/** The manifest's format name; an import refuses any other. */
export const EXPORT_FORMAT = 'shangan-case-export-1';

type ContactRef = { debtId: string; index: number } | null;

/**
 * The case file as it leaves the server: phone and ID numbers and the address are left out, and
 * masked wherever they were typed into text, unless `reveal` (a complete backup is something the
 * person asks for; an advisor needs the owner's grant for it, and every such export is audited).
 */
function exportedCaseFile(caseFile: CaseFileInput, reveal: boolean): CaseFileInput {
  if (reveal) return caseFile;
  const masked = maskCaseFileText(caseFile);
  if (!masked.person) return masked;
  const { phone: _phone, idNumber: _idNumber, address: _address, ...rest } = masked.person;
  return { ...masked, person: rest };
}

/**
 * A JSON entry: indented for people, unless indenting would take it past the import's 2 MB limit
 * for JSON entries; then compact, so that the export still re-imports.
 */
function jsonEntry(name: string, value: unknown): ZipSource {
  const indented = strToU8(`${JSON.stringify(value, null, 2)}\n`);
  const data = indented.byteLength <= MAX_JSON_BYTES ? indented : strToU8(`${JSON.stringify(value)}\n`);
  return { name, pieces: [data], deflate: true };
}

/**
 * The whole case as a zip stream: the evidence files (stored, one chunk read at a time), case.json in
 * the case-file format (what `shangan` reads), manifest.json with each file's SHA-256 and the
 * contact it belongs to, and log.json with the negotiation history and the agreements (see
 * case-log.ts). The access check, the audit row and everything but the evidence bytes are one
 * transaction; the bytes are read piece by piece as the stream is consumed, and a file deleted
 * meanwhile is left out of the manifest.
 */
export async function exportCase(
  db: Database,
  actor: Actor,
  caseId: string,
  reveal: boolean,
): Promise<ReadableStream<Uint8Array>> {
  const use = { action: reveal ? 'export_case_revealed' : 'export_case', reveal } as const;
  const snapshot = await withCase(db, actor, caseId, use, async (tx, theCase) => {
    const contactIndex = new Map<string, ContactRef>();
    const seen = new Map<string, number>();
    for (const contact of await listContactRows(tx, caseId)) {
      const index = seen.get(contact.debtId) ?? 0;
      contactIndex.set(contact.id, { debtId: contact.debtId, index });
      seen.set(contact.debtId, index + 1);
    }
    const evidence = (await listEvidenceRows(tx, caseId)).map((summary) => ({
      summary,
      contact: summary.contactId === null ? null : (contactIndex.get(summary.contactId) ?? null),
    }));
    return {
      title: theCase.title,
      caseFile: exportedCaseFile(await readCaseFile(tx, caseId), reveal),
      log: await readCaseLog(tx, caseId),
      evidence,
    };
  });
  async function* sources(): AsyncGenerator<ZipSource> {
    const listed = [];
    for (const [position, { summary, contact }] of snapshot.evidence.entries()) {
      const file = evidenceFile(db, caseId, summary);
      const first = await file.pieces.next();
      if (first.done) continue;
      const name = `evidence/${String(position + 1).padStart(4, '0')}-${summary.fileName}`;
      yield { name, pieces: prepend(first.value, file.pieces), deflate: false };
      // Deleted while being streamed: the part written stays, unlisted, and an import ignores it.
      if (!file.complete()) continue;
      const { fileName, mediaType, sizeBytes, sha256, uploadedAt } = summary;
      listed.push({ file: name, fileName, mediaType, sizeBytes, sha256, uploadedAt, contact });
    }
    const manifest = {
      format: EXPORT_FORMAT,
      title: snapshot.title,
      sensitive: reveal ? 'included' : 'left_out',
      evidence: listed,
    };
    yield jsonEntry('case.json', snapshot.caseFile);
    yield jsonEntry('manifest.json', manifest);
    yield jsonEntry('log.json', snapshot.log);
  }
  return zipStream(sources(), FIXED_MTIME);
}

/**
 * One file's bytes as pieces, its chunks (evidence-chunks.ts), each read by a short query of its
 * own when the stream reaches it; none, or the first part only, if it is deleted meanwhile.
 */
function evidenceFile(db: Database, caseId: string, summary: EvidenceSummary) {
  let read = 0;
  async function* pieces(): AsyncGenerator<Uint8Array> {
    try {
      const source = await db.transaction((tx) => openEvidenceRow(tx, caseId, summary.id));
      for await (const chunk of readChunks(db, source)) {
        read += chunk.byteLength;
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ExpectedError && error.facts.code === 'not_found') return;
      throw error;
    }
  }
  return { pieces: pieces(), complete: () => read === summary.sizeBytes };
}

async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}
