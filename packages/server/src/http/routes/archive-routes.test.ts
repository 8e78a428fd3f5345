import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLprTable } from '@shangan/core';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveHeadroom, caseFileEntryLimit } from '../../archive/archive-limits.js';
import { readConfig } from '../../config.js';
import type { OpenDatabase } from '../../db/open-database.js';
import { deflatedZeros, handmadeZip } from '../../test-support/handmade-zip.js';
import { openTestDatabase } from '../../test-support/test-database.js';
import { createApp } from '../app.js';

const MB = 1024 * 1024;
const exampleText = readFileSync(
  new URL('../../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
// Small limits keep the archives of these tests small: 1 MB per file, 14 MB per archive (the least
// the configuration accepts with 1 MB files: evidence plus the headroom of JSON and zip structure).
// Small limits: the archive limit follows from them (a case at its limits always re-imports).
const config = readConfig({ MAX_EVIDENCE_MB: '1', MAX_CASE_EVIDENCE_MB: '3', MAX_CONTACTS_PER_CASE: '10' });

type Issue = { path: string; code: string; params: Record<string, unknown> };

/** The highest resident memory of this process so far: a spike cannot hide between two samples. */
const peakRssBytes = () => process.resourceUsage().maxRSS * 1024;

describe('archive import and export with bounds', () => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  const call = (path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: { host: `127.0.0.1:${config.port}`, ...(init.headers as Record<string, string>) },
    });
  const importZip = (zip: Uint8Array | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    call('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/zip', ...headers },
      body: zip,
      ...(zip instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
  const issuesOf = async (response: Response) =>
    ((await response.json()) as { error: { issues: Issue[] } }).error.issues;
  const caseCount = async () => ((await (await call('/api/cases')).json()) as unknown[]).length;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = createApp({ database, config, lpr: createLprTable(), version: 'test', log: () => {} });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function caseWithEvidence(files: { name: string; bytes: number }[]): Promise<string> {
    const created = await call('/api/import?title=bounds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exampleText,
    });
    const { id } = (await created.json()) as { id: string };
    for (const file of files) {
      const uploaded = await call(`/api/cases/${id}/evidence?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'content-type': 'audio/mp4' },
        body: randomBytes(file.bytes),
      });
      expect(uploaded.status).toBe(201);
    }
    return id;
  }

  it('refuses a ~256 KB zip that expands to 256 MB from its directory, memory bounded, health answering', async () => {
    const bomb = await deflatedZeros(256);
    expect(bomb.byteLength).toBeLessThan(300 * 1024);
    const before = await caseCount();
    for (const [name, limit] of [
      ['case.json', caseFileEntryLimit(config.maxContactsPerCase)],
      ['evidence/0001-bomb.txt', config.maxEvidenceBytes],
    ] as const) {
      const peakBefore = peakRssBytes();
      const [refused, health] = await Promise.all([
        importZip(handmadeZip([{ name, data: bomb, method: 8, declaredSize: 256 * MB }])),
        call('/api/health'),
      ]);
      expect(health.status).toBe(200);
      expect(refused.status).toBe(400);
      expect(await issuesOf(refused)).toEqual([
        expect.objectContaining({ path: name, code: 'entry_too_large', params: { limitBytes: limit } }),
      ]);
      expect(peakRssBytes() - peakBefore).toBeLessThan(64 * MB);
    }
    expect(await caseCount()).toBe(before);
  });

  it('stops inflating an entry at its declared size when the directory lies', async () => {
    const bomb = await deflatedZeros(256);
    const peakBefore = peakRssBytes();
    const [refused, health] = await Promise.all([
      importZip(handmadeZip([{ name: 'case.json', data: bomb, method: 8, declaredSize: MB }])),
      call('/api/health'),
    ]);
    expect(health.status).toBe(200);
    expect(refused.status).toBe(400);
    expect(await issuesOf(refused)).toEqual([
      expect.objectContaining({
        path: 'case.json',
        code: 'entry_size_mismatch',
        params: { declaredBytes: MB },
      }),
    ]);
    expect(peakRssBytes() - peakBefore).toBeLessThan(64 * MB);
  });

  it('refuses entries whose declared sizes add up to more than the archive limit, inflating none', async () => {
    // Each file within the 1 MB limit, 15 MB together; the data is not even deflate: never read.
    const entries = Array.from({ length: 15 }, (_, n) => ({
      name: `evidence/${String(n + 1).padStart(4, '0')}-part.m4a`,
      data: new Uint8Array(16),
      method: 8 as const,
      declaredSize: MB,
    }));
    const refused = await importZip(handmadeZip(entries));
    expect(refused.status).toBe(400);
    expect(await issuesOf(refused)).toEqual([
      expect.objectContaining({
        path: '',
        code: 'archive_too_large',
        params: { limitBytes: config.maxArchiveBytes },
      }),
    ]);
  });

  it('answers 413 to an upload over the archive limit before reading it all', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 64 * MB) return controller.close();
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const refused = await importZip(endless);
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too_large');
    expect(pulled).toBeLessThan(config.maxArchiveBytes + MB);
    // A declared length over the limit is refused without reading a byte.
    let touched = false;
    const declared = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          touched = true;
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const early = await importZip(declared, { 'content-length': String(config.maxArchiveBytes + 1) });
    expect(early.status).toBe(413);
    expect(touched).toBe(false);
  });

  it('streams an export, reading each evidence file only when the stream reaches it', async () => {
    // 1 MB: four chunks, so the stream is still inside the first file when the case is deleted.
    const id = await caseWithEvidence([
      { name: 'a.m4a', bytes: MB },
      { name: 'b.m4a', bytes: MB },
      { name: 'c.m4a', bytes: MB },
    ]);
    const response = await call(`/api/cases/${id}/export?reveal=true`);
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    chunks.push(first.value as Uint8Array);
    // Deleted while the stream is in its first file: that file stops where the deletion found it
    // and is not listed, the files not read yet are left out, and the manifest lists only whole
    // files. A zip built whole beforehand would hold all three.
    expect((await call(`/api/cases/${id}`, { method: 'DELETE' })).status).toBeLessThan(300);
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as {
      evidence: { file: string }[];
    };
    expect(manifest.evidence).toEqual([]);
    expect(Object.keys(entries).filter((name) => name.startsWith('evidence/'))).toEqual([
      'evidence/0001-a.m4a',
    ]);
    expect(entries['evidence/0001-a.m4a']?.byteLength).toBeLessThan(MB);
  });

  it('re-imports the export of a case at the limits: evidence up to the archive limit less the headroom', async () => {
    // Longest file names (196 bytes of UTF-8, near the 200-byte limit), random (incompressible) bytes, and as much
    // evidence as the archive limit leaves after the headroom: the largest export a case can make.
    const budget = config.maxArchiveBytes - archiveHeadroom(caseFileEntryLimit(config.maxContactsPerCase));
    const longName = (letter: string) => `${letter.repeat(64)}.m4a`;
    const count = Math.ceil(budget / config.maxEvidenceBytes);
    const id = await caseWithEvidence(
      Array.from({ length: count }, (_, index) => ({
        name: longName('录音证据'[index % 4] ?? '录'),
        bytes: index < count - 1 ? config.maxEvidenceBytes : budget - (count - 1) * config.maxEvidenceBytes,
      })),
    );
    const exported = new Uint8Array(await (await call(`/api/cases/${id}/export?reveal=true`)).arrayBuffer());
    expect(exported.byteLength).toBeLessThanOrEqual(config.maxArchiveBytes);
    const imported = await importZip(exported);
    expect([imported.status, imported.status === 201 ? '' : await imported.text()]).toEqual([201, '']);
    const { id: copy } = (await imported.json()) as { id: string };
    const again = new Uint8Array(await (await call(`/api/cases/${copy}/export?reveal=true`)).arrayBuffer());
    expect(Buffer.from(again).equals(Buffer.from(exported))).toBe(true);
  });
});
