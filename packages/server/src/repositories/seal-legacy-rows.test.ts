import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkedCaseFile } from '@shangan/contract';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/open-database.js';
import { contacts, evidence, evidenceChunks } from '../db/schema.js';
import { readEvidenceRow } from '../test-support/read-evidence.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { LOCAL_ACTOR } from './actor.js';
import { sealForCase } from './case-crypto.js';
import { insertCase } from './case-repository.js';
import { listContactRows } from './contact-repository.js';
import { sealLegacyRows } from './seal-legacy-rows.js';

const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../../../examples/five-loans-80k.json', import.meta.url), 'utf8'),
) as unknown;

describe.each(databaseKinds())('rows from before migrations 0005 and 0006 on %s', (kind) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  }, 60_000);
  afterAll(() => database.close());

  it('are sealed in chunks at start and read back the same', async () => {
    const note = { at: '2026-11-01T08:00', channel: 'phone', direction: 'incoming', theySaid: '旧记录' };
    const bytes = new Uint8Array([1, 2, 3, 4]);
    // Sealed whole, as a server between 0005 and 0006 wrote it; larger than a chunk.
    const large = new Uint8Array(600 * 1024).map((_, index) => index % 251);
    const largeId = crypto.randomUUID();
    const caseId = await database.db.transaction(async (tx) => {
      const id = await insertCase(tx, LOCAL_ACTOR.userId, 'legacy', checkedCaseFile.parse(EXAMPLE));
      // As a server before 0005 wrote them: plain jsonb, plain bytes.
      await tx
        .insert(contacts)
        .values({ id: crypto.randomUUID(), caseId: id, debtId: 'bank-10k', at: note.at, data: note });
      await tx.insert(evidence).values({
        id: crypto.randomUUID(),
        caseId: id,
        contactId: null,
        fileName: 'old.png',
        mediaType: 'image/png',
        sizeBytes: 4,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: bytes,
      });
      await tx.insert(evidence).values({
        id: largeId,
        caseId: id,
        contactId: null,
        fileName: 'sealed-whole.m4a',
        mediaType: 'audio/mp4',
        sizeBytes: large.byteLength,
        sha256: createHash('sha256').update(large).digest('hex'),
        content: await sealForCase(tx, id, `evidence:${largeId}`, large),
        sealed: true,
      });
      return id;
    });
    expect(await sealLegacyRows(database.db)).toBe(3);
    expect(await sealLegacyRows(database.db)).toBe(0);
    const rows = await database.db.select().from(contacts).where(eq(contacts.caseId, caseId));
    expect(rows.every((row) => row.data === null && row.sealed !== null)).toBe(true);
    await database.db.transaction(async (tx) => {
      expect((await listContactRows(tx, caseId)).map((row) => row.contact)).toContainEqual(note);
      const stored = await tx.select().from(evidence).where(eq(evidence.caseId, caseId));
      expect(stored.map((row) => [row.content, row.sealed, row.chunkCount])).toEqual(
        expect.arrayContaining([
          [null, true, 1],
          [null, true, 3],
        ]),
      );
      const plain = stored.find((row) => row.id !== largeId);
      const chunk = await tx
        .select()
        .from(evidenceChunks)
        .where(eq(evidenceChunks.evidenceId, plain?.id ?? ''));
      expect(Buffer.from(chunk[0]?.sealed ?? []).includes(Buffer.from(bytes))).toBe(false);
      expect((await readEvidenceRow(tx, caseId, plain?.id ?? '')).content).toEqual(bytes);
      expect((await readEvidenceRow(tx, caseId, largeId)).content).toEqual(large);
    });
  });
});
