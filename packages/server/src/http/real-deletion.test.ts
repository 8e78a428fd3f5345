import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLprTable } from '@shangan/core';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { KEY_FILE } from '../db/file-keyring.js';
import { type OpenDatabase, openDatabase } from '../db/open-database.js';
import { ensureLocalUser } from '../repositories/local-user.js';
import { createApp } from './app.js';

// What is deleted cannot be read back from the data directory: not from the tables, not from
// pg_wal, not from freed pages. Each test greps every file under DATA_DIR for marker bytes.

const EXAMPLE = readFileSync(new URL('../../../../examples/five-loans-80k.json', import.meta.url), 'utf8');
const TITLE_MARKER = 'SHRED-TITLE-41d0';
const NOTE_MARKER = 'SHRED-NOTE-7f3a';
const EVIDENCE_MARKER = 'SHRED-EVIDENCE-9b2c';
/** Creating a PGlite cluster in a directory takes seconds, more on a busy machine. */
const SLOW = 120_000;

const dirs: string[] = [];
const open: OpenDatabase[] = [];
afterEach(async () => {
  for (const database of open.splice(0)) await database.close().catch(() => {});
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` that holds `marker`, as paths relative to it. */
function filesHolding(dir: string, marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (readFileSync(path).includes(needle)) found.push(path.slice(dir.length + 1));
    }
  };
  walk(dir);
  return found;
}

async function localApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'shangan-shred-'));
  dirs.push(dataDir);
  const database = await openDatabase({ dataDir });
  open.push(database);
  await ensureLocalUser(database.db);
  const config = readConfig({ DATA_DIR: dataDir });
  const app = createApp({ database, config, lpr: createLprTable(), version: 'test', log: () => {} });
  const call = (method: string, path: string, body?: string | Uint8Array, type = 'application/json') =>
    app.request(path, {
      method,
      headers: { host: `127.0.0.1:${config.port}`, ...(body === undefined ? {} : { 'content-type': type }) },
      ...(body === undefined ? {} : { body }),
    });
  return { dataDir, database, call };
}

/** A case titled with a marker, a contact whose note holds one, an evidence file that holds one. */
async function caseWithMarkers(call: Awaited<ReturnType<typeof localApp>>['call']): Promise<string> {
  const created = await call('POST', `/api/import?title=${TITLE_MARKER}`, EXAMPLE);
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const contact = await call(
    'POST',
    `/api/cases/${id}/debts/bank-10k/contacts`,
    JSON.stringify({
      at: '2026-11-06T09:30',
      channel: 'phone',
      direction: 'incoming',
      theySaid: `说要上门 ${NOTE_MARKER}`,
    }),
  );
  expect(contact.status).toBe(201);
  const screenshot = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    Buffer.from(EVIDENCE_MARKER),
  ]);
  const upload = await call('POST', `/api/cases/${id}/evidence?fileName=shot.png`, screenshot, 'image/png');
  expect(upload.status).toBe(201);
  // Through the API the case reads back whole: the markers are stored, only not in the clear.
  const contacts = await (await call('GET', `/api/cases/${id}/contacts`)).text();
  expect(contacts).toContain(NOTE_MARKER);
  const { id: evidenceId } = (await upload.json()) as { id: string };
  const download = Buffer.from(
    await (await call('GET', `/api/cases/${id}/evidence/${evidenceId}`)).arrayBuffer(),
  );
  expect(download.includes(Buffer.from(EVIDENCE_MARKER))).toBe(true);
  return id;
}

/** Everything PostgreSQL keeps in memory goes to the files, and the files are closed. */
async function flushAndClose(database: OpenDatabase) {
  await database.db.execute(sql`CHECKPOINT`);
  await database.close();
}

describe('real deletion in a PGlite data directory', () => {
  it(
    'leaves the contact note and the evidence bytes of a deleted case unreadable, pg_wal included',
    async () => {
      const { dataDir, database, call } = await localApp();
      const caseId = await caseWithMarkers(call);
      await database.db.execute(sql`CHECKPOINT`);
      // The grep does see what PostgreSQL writes in the clear: the title (a case-file text, which
      // only "delete everything" removes; ADR 0025).
      expect(filesHolding(dataDir, TITLE_MARKER).length).toBeGreaterThan(0);

      const keyFile = join(dataDir, KEY_FILE);
      expect(readFileSync(keyFile, 'utf8')).toContain(caseId);
      expect((await call('DELETE', `/api/cases/${caseId}`)).status).toBe(204);
      // The key is gone: what the WAL still holds of the case's contacts and evidence is noise.
      expect(readFileSync(keyFile, 'utf8')).not.toContain(caseId);
      await flushAndClose(database);
      expect(filesHolding(dataDir, NOTE_MARKER)).toEqual([]);
      expect(filesHolding(dataDir, EVIDENCE_MARKER)).toEqual([]);
    },
    SLOW,
  );

  it(
    '"delete everything" leaves nothing readable, keeps serving, and lets requests in flight finish',
    async () => {
      const { dataDir, database, call } = await localApp();
      const caseId = await caseWithMarkers(call);
      // Requests before and after the wipe, all at once: none fails, each sees one database.
      const reads = () => Array.from({ length: 4 }, () => call('GET', `/api/cases/${caseId}`));
      const answers = await Promise.all([...reads(), call('DELETE', '/api/data'), ...reads()]);
      const statuses = answers.map((answer) => answer.status);
      expect(statuses[4]).toBe(204);
      expect(statuses.filter((status) => status !== 200 && status !== 404 && status !== 204)).toEqual([]);

      expect(await (await call('GET', '/api/cases')).json()).toEqual({ cases: [] });
      expect((await call('GET', `/api/cases/${caseId}`)).status).toBe(404);
      const again = await call('POST', '/api/import?title=after', EXAMPLE);
      expect(again.status).toBe(201);

      await flushAndClose(database);
      for (const marker of [TITLE_MARKER, NOTE_MARKER, EVIDENCE_MARKER]) {
        expect(filesHolding(dataDir, marker), marker).toEqual([]);
      }
    },
    SLOW,
  );
});
