import { and, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/open-database.js';
import { evidence, evidenceChunks } from '../db/schema.js';
import { notFound } from '../errors/expected-error.js';
import { nextTurn } from '../runtime/next-turn.js';
import { sha256Stream } from '../runtime/sha256.js';
import { type CaseSealer, SealedDataError, type SealedPart } from './case-crypto.js';

/**
 * The most plain bytes one chunk holds, so the most one statement moves. PGlite runs each statement
 * on the server's event loop at about 20 MB/s (a 20 MB row held it for a second), so a chunk costs
 * other requests about 13 ms; fewer, larger chunks would pass the 100 ms health target (ADR 0021).
 */
export const CHUNK_BYTES = 256 * 1024;

/** How many chunks a file of this size is stored in; an empty file is one empty chunk. */
export function chunkCountOf(sizeBytes: number): number {
  return Math.max(1, Math.ceil(sizeBytes / CHUNK_BYTES));
}

/**
 * A chunk's additional data: its file, its place and the file's number of chunks, so a chunk read
 * at another place, in another file or in a file cut short or lengthened does not open.
 */
export function chunkPart(evidenceId: string, seq: number, count: number): SealedPart {
  return `evidence:${evidenceId}:${seq}:${count}`;
}

/** A file as it is stored: what is needed to read and check its chunks. */
export interface ChunkedFile {
  id: string;
  chunkCount: number;
  sizeBytes: number;
  sha256: string;
  sealer: CaseSealer;
}

/**
 * Writes a file's chunks, sealed, one statement each with a turn of the event loop between them
 * (PGlite answers as promises only, so without it the whole file would still run as one chain).
 * The evidence row must exist with chunk_count = chunkCountOf(content.byteLength).
 */
export async function writeChunks(
  tx: Transaction,
  sealer: CaseSealer,
  evidenceId: string,
  content: Uint8Array,
): Promise<void> {
  const count = chunkCountOf(content.byteLength);
  for (let seq = 0; seq < count; seq++) {
    const plain = content.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES);
    const sealed = await sealer.seal(chunkPart(evidenceId, seq, count), plain);
    await tx.insert(evidenceChunks).values({ evidenceId, seq, sealed });
    await nextTurn();
  }
}

/**
 * A file's plain bytes, one chunk per short query, checked as they come: each chunk against its
 * place (GCM), and at the end the size and SHA-256 against the evidence row. A file deleted
 * meanwhile ends in 404 'evidence'; a chunk missing from a file that is still there, or bytes that
 * do not open or do not add up, in SealedDataError, so nothing unchecked is ever handed out whole.
 */
export async function* readChunks(db: Database | Transaction, file: ChunkedFile): AsyncGenerator<Uint8Array> {
  const hash = sha256Stream();
  let size = 0;
  for (let seq = 0; seq < file.chunkCount; seq++) {
    const part = chunkPart(file.id, seq, file.chunkCount);
    const [row] = await db
      .select({ sealed: evidenceChunks.sealed })
      .from(evidenceChunks)
      .where(and(eq(evidenceChunks.evidenceId, file.id), eq(evidenceChunks.seq, seq)));
    if (!row) {
      const [stillThere] = await db
        .select({ id: evidence.id })
        .from(evidence)
        .where(eq(evidence.id, file.id));
      if (!stillThere) throw notFound('evidence');
      throw new SealedDataError(part, 'missing');
    }
    const plain = await file.sealer.open(part, row.sealed);
    hash.update(plain);
    size += plain.byteLength;
    yield plain;
    await nextTurn();
  }
  if (size !== file.sizeBytes || hash.hex() !== file.sha256) {
    throw new SealedDataError(`evidence:${file.id}`, 'size or SHA-256 differs from the stored one');
  }
}

/**
 * A file's bytes as a stream (readChunks, pulled as the response is sent). The first chunk is read
 * before the stream is handed out, so a file that is gone or does not open fails before an answer
 * has begun rather than as a download cut short.
 */
export async function chunkStream(db: Database, file: ChunkedFile): Promise<ReadableStream<Uint8Array>> {
  const chunks = readChunks(db, file);
  let pending: IteratorResult<Uint8Array> | undefined = await chunks.next();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = pending ?? (await chunks.next());
      pending = undefined;
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * Chunks a case deletion removes per statement: 32 × 256 KB = 8 MB, about 15 ms on PGlite, where
 * letting ON DELETE CASCADE remove 160 MB of chunks in one statement held the event loop 280 ms.
 */
const DELETE_BATCH = 32;

/** Deletes a case's evidence chunks a batch per statement, with a turn of the event loop between. */
export async function deleteCaseChunks(tx: Transaction, caseId: string): Promise<void> {
  for (;;) {
    const batch = tx
      .select({ evidenceId: evidenceChunks.evidenceId, seq: evidenceChunks.seq })
      .from(evidenceChunks)
      .innerJoin(evidence, eq(evidence.id, evidenceChunks.evidenceId))
      .where(eq(evidence.caseId, caseId))
      .limit(DELETE_BATCH);
    const gone = await tx
      .delete(evidenceChunks)
      .where(sql`(${evidenceChunks.evidenceId}, ${evidenceChunks.seq}) in ${batch}`)
      .returning({ seq: evidenceChunks.seq });
    if (gone.length < DELETE_BATCH) return;
    await nextTurn();
  }
}
