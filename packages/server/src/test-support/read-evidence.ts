import type { EvidenceSummary } from '@shangan/contract';
import type { Transaction } from '../db/open-database.js';
import { readChunks } from '../repositories/evidence-chunks.js';
import { openEvidenceRow } from '../repositories/evidence-repository.js';

/**
 * For tests: one evidence file with its plain bytes, whole; the server itself only streams them
 * (openEvidenceRow and readChunks). 404 'evidence' unless it belongs to the case.
 */
export async function readEvidenceRow(
  tx: Transaction,
  caseId: string,
  evidenceId: string,
): Promise<EvidenceSummary & { content: Uint8Array }> {
  const source = await openEvidenceRow(tx, caseId, evidenceId);
  const chunks: Uint8Array[] = [];
  for await (const chunk of readChunks(tx, source)) chunks.push(chunk);
  const { chunkCount: _chunkCount, sealer: _sealer, ...summary } = source;
  const whole = Buffer.concat(chunks);
  return { ...summary, content: new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength) };
}
