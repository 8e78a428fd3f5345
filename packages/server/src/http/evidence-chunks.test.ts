import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLprTable } from '@shangan/core';
import { and, asc, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { evidenceChunks } from '../db/schema.js';
import { SealedDataError } from '../repositories/case-crypto.js';
import { CHUNK_BYTES } from '../repositories/evidence-chunks.js';
import { readEvidenceRow } from '../test-support/read-evidence.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

// Evidence is stored in sealed chunks of at most CHUNK_BYTES, so no statement moves a whole file
// (on PGlite each statement runs on the event loop), and a chunk out of place does not open.

const exampleText = readFileSync(
  new URL('../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
const config = readConfig({});
const FILE_BYTES = 5 * 1024 * 1024;

describe.each(databaseKinds())('evidence in chunks on %s', (kind) => {
  let database: OpenDatabase;
  let call: (path: string, init?: RequestInit) => Promise<Response>;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const app = createApp({ database, config, lpr: createLprTable(), version: 'test', log: () => {} });
    call = async (path, init = {}) =>
      app.request(path, {
        ...init,
        headers: { host: `127.0.0.1:${config.port}`, ...(init.headers as Record<string, string>) },
      });
  }, 60_000);
  afterAll(() => database.close());

  async function caseWithFile(content: Uint8Array): Promise<{ caseId: string; evidenceId: string }> {
    const created = await call('/api/import?title=chunks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exampleText,
    });
    const { id: caseId } = (await created.json()) as { id: string };
    const uploaded = await call(`/api/cases/${caseId}/evidence?fileName=recording.m4a`, {
      method: 'POST',
      headers: { 'content-type': 'audio/mp4' },
      body: content,
    });
    expect(uploaded.status).toBe(201);
    const { id: evidenceId } = (await uploaded.json()) as { id: string };
    return { caseId, evidenceId };
  }

  const chunksOf = (evidenceId: string) =>
    database.db
      .select()
      .from(evidenceChunks)
      .where(eq(evidenceChunks.evidenceId, evidenceId))
      .orderBy(asc(evidenceChunks.seq));

  it('stores a 5 MB file in sealed chunks that round-trip through download, export and import', async () => {
    const content = randomBytes(FILE_BYTES);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const { caseId, evidenceId } = await caseWithFile(content);

    const chunks = await chunksOf(evidenceId);
    expect(chunks.length).toBeGreaterThanOrEqual(20);
    expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_, seq) => seq));
    // Each chunk is the ciphertext of at most CHUNK_BYTES plus format byte, nonce and tag.
    expect(Math.max(...chunks.map((chunk) => chunk.sealed.byteLength))).toBeLessThanOrEqual(CHUNK_BYTES + 29);
    const probe = content.subarray(1000, 1064);
    expect(chunks.some((chunk) => Buffer.from(chunk.sealed).includes(probe))).toBe(false);

    const download = await call(`/api/cases/${caseId}/evidence/${evidenceId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-length')).toBe(String(FILE_BYTES));
    expect(download.headers.get('x-content-sha256')).toBe(sha256);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);

    const exported = await call(`/api/cases/${caseId}/export?reveal=true`);
    expect(exported.status).toBe(200);
    const zip = new Uint8Array(await exported.arrayBuffer());
    const entries = unzipSync(zip);
    expect(Buffer.from(entries['evidence/0001-recording.m4a'] ?? []).equals(content)).toBe(true);

    const imported = await call('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: zip,
    });
    expect(imported.status).toBe(201);
    const { id: copyId } = (await imported.json()) as { id: string };
    const listed = (await (await call(`/api/cases/${copyId}/evidence`)).json()) as {
      evidence: { id: string; sha256: string }[];
    };
    expect(listed.evidence.map((item) => item.sha256)).toEqual([sha256]);
    const copyEvidenceId = listed.evidence[0]?.id ?? '';
    // The import writes through the same chunked writer.
    expect((await chunksOf(copyEvidenceId)).length).toBe(chunks.length);
    const again = await call(`/api/cases/${copyId}/evidence/${copyEvidenceId}`);
    expect(Buffer.from(await again.arrayBuffer()).equals(content)).toBe(true);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as {
      evidence: { sha256: string }[];
    };
    expect(manifest.evidence.map((item) => item.sha256)).toEqual([sha256]);

    // Deleting a case removes its chunks a batch at a time (here 40 chunks, more than one batch).
    const second = await call(`/api/cases/${copyId}/evidence?fileName=second.m4a`, {
      method: 'POST',
      headers: { 'content-type': 'audio/mp4' },
      body: content,
    });
    const { id: secondId } = (await second.json()) as { id: string };
    for (const id of [caseId, copyId]) {
      expect((await call(`/api/cases/${id}`, { method: 'DELETE' })).status).toBe(204);
    }
    for (const id of [evidenceId, copyEvidenceId, secondId]) expect(await chunksOf(id)).toEqual([]);
  });

  it('refuses a chunk altered, swapped with another, moved from another file or dropped', async () => {
    const content = randomBytes(3 * CHUNK_BYTES);
    const damaged = async (damage: (ids: { caseId: string; evidenceId: string }) => Promise<void>) => {
      const ids = await caseWithFile(content);
      await damage(ids);
      const download = await call(`/api/cases/${ids.caseId}/evidence/${ids.evidenceId}`);
      const body = await download.arrayBuffer().then(
        () => 'whole',
        () => 'cut short',
      );
      const whole = await database.db
        .transaction((tx) => readEvidenceRow(tx, ids.caseId, ids.evidenceId))
        .then(
          () => new Error('opened'),
          (error: Error) => error,
        );
      return { status: download.status, body, whole };
    };
    const setChunk = (evidenceId: string, seq: number, sealed: Uint8Array) =>
      database.db
        .update(evidenceChunks)
        .set({ sealed })
        .where(and(eq(evidenceChunks.evidenceId, evidenceId), eq(evidenceChunks.seq, seq)));

    const altered = await damaged(async ({ evidenceId }) => {
      const [first] = await chunksOf(evidenceId);
      const bytes = Buffer.from(first?.sealed ?? []);
      bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
      await setChunk(evidenceId, 0, bytes);
    });
    expect(altered.status).toBe(500);
    expect(altered.whole).toBeInstanceOf(SealedDataError);
    expect(altered.whole.message).toMatch(/cannot be opened: altered, out of place/);

    const swapped = await damaged(async ({ evidenceId }) => {
      const [first, second] = await chunksOf(evidenceId);
      await setChunk(evidenceId, 0, second?.sealed ?? new Uint8Array());
      await setChunk(evidenceId, 1, first?.sealed ?? new Uint8Array());
    });
    expect(swapped.status).toBe(500);
    expect(swapped.whole).toBeInstanceOf(SealedDataError);

    const other = await caseWithFile(content);
    const [foreign] = await chunksOf(other.evidenceId);
    const moved = await damaged(async ({ evidenceId }) => {
      await setChunk(evidenceId, 0, foreign?.sealed ?? new Uint8Array());
    });
    expect(moved.status).toBe(500);
    expect(moved.whole).toBeInstanceOf(SealedDataError);

    const dropped = await damaged(async ({ evidenceId }) => {
      await database.db
        .delete(evidenceChunks)
        .where(and(eq(evidenceChunks.evidenceId, evidenceId), eq(evidenceChunks.seq, 2)));
    });
    expect(dropped.whole.message).toMatch(/cannot be opened: missing/);
    // The first chunk opened, so the download had begun: it is cut short, never completed.
    expect([dropped.status, dropped.body]).toEqual([200, 'cut short']);
  });
});
