import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built server (`npm test` builds before vitest runs) as a real process on PGlite in a data
// directory: every write it acknowledged survives `kill -9`, and SIGTERM shuts it down cleanly.

const MAIN = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));
const EXAMPLE = readFileSync(new URL('../examples/five-loans-80k.json', import.meta.url), 'utf8');
const DEBT_IDS = ['bank-10k', 'xiaojin-12k', 'xiaodai-10k', 'friend-8k', 'app-10k'];
const WRITES = 200;
/** PGlite creates its database on first start: seconds, more on a busy machine. */
const START_DEADLINE_MS = 45_000;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface RunningServer {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: RunningServer[] = [];
const dataDirs: string[] = [];

afterAll(async () => {
  for (const server of started) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shangan-crash-'));
  dataDirs.push(dir);
  return dir;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `node packages/server/dist/main.js` and waits until /api/health answers. */
async function startServer(dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.AUTH;
  delete env.MAX_EVIDENCE_MB;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const server: RunningServer = { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
  started.push(server);

  const deadline = Date.now() + START_DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited before answering: ${output}`);
    }
    try {
      const response = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        expect(await response.json()).toMatchObject({ ok: true, db: 'pglite' });
        return server;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`no answer from /api/health in time: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function exitWithin(server: RunningServer, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const result = await Promise.race([server.exited, timeout]);
  clearTimeout(timer);
  return result;
}

async function postJson(server: RunningServer, path: string, body: unknown) {
  const response = await fetch(`${server.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.base },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function importExample(server: RunningServer): Promise<string> {
  const created = await postJson(server, '/api/import?title=crash', EXAMPLE);
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describe('the server process', () => {
  it(`keeps all ${WRITES} acknowledged contacts and evidence files through kill -9`, async () => {
    const dataDir = newDataDir();
    const first = await startServer(dataDir);
    const caseId = await importExample(first);

    const acknowledged = new Map<
      string,
      { debtId: string; at: string; evidenceId: string; sha256: string }
    >();
    for (let index = 0; index < WRITES; index++) {
      const debtId = DEBT_IDS[index % DEBT_IDS.length] as string;
      // Unique times: day 1–28, hour 0–7, minute 0–59.
      const at = `2026-10-${String(1 + (index % 28)).padStart(2, '0')}T0${Math.floor(index / 28)}:${String(index % 60).padStart(2, '0')}`;
      const contact = await postJson(first, `/api/cases/${caseId}/debts/${debtId}/contacts`, {
        at,
        channel: 'phone',
        direction: 'incoming',
        theySaid: `第 ${index} 次来电`,
      });
      expect(contact.status).toBe(201);
      const contactId = contact.body.id as string;

      const content = new Uint8Array(randomBytes(1 + ((index * 7919) % 16_384)));
      const upload = await fetch(
        `${first.base}/api/cases/${caseId}/evidence?fileName=call-${index}.m4a&contactId=${contactId}`,
        { method: 'POST', headers: { 'content-type': 'audio/mp4', origin: first.base }, body: content },
      );
      expect(upload.status).toBe(201);
      const stored = (await upload.json()) as { id: string; sha256: string; sizeBytes: number };
      expect(stored.sha256).toBe(sha256(content));
      expect(stored.sizeBytes).toBe(content.byteLength);
      acknowledged.set(contactId, { debtId, at, evidenceId: stored.id, sha256: stored.sha256 });
    }

    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const second = await startServer(dataDir);
    const contacts = (await (await fetch(`${second.base}/api/cases/${caseId}/contacts`)).json()) as {
      contacts: {
        id: string;
        debtId: string;
        contact: { at: string };
        evidence: { id: string; sha256: string }[];
      }[];
    };
    expect(contacts.contacts).toHaveLength(WRITES);
    for (const entry of contacts.contacts) {
      const expected = acknowledged.get(entry.id);
      expect(expected, entry.id).toBeDefined();
      expect(entry.debtId).toBe(expected?.debtId);
      expect(entry.contact.at).toBe(expected?.at);
      expect(entry.evidence.map(({ id, sha256: hash }) => ({ id, hash }))).toEqual([
        { id: expected?.evidenceId, hash: expected?.sha256 },
      ]);
    }
    for (const { evidenceId, sha256: expected } of acknowledged.values()) {
      const download = await fetch(`${second.base}/api/cases/${caseId}/evidence/${evidenceId}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('x-content-sha256')).toBe(expected);
      expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(expected);
    }

    second.child.kill('SIGTERM');
    expect(await exitWithin(second, 10_000)).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('shuts down cleanly on SIGTERM and starts again with its data', async () => {
    const dataDir = newDataDir();
    const first = await startServer(dataDir);
    const caseId = await importExample(first);
    first.child.kill('SIGTERM');
    expect(await exitWithin(first, 5_000)).toEqual({ code: 0, signal: null });
    expect(first.output()).not.toMatch(/error|could not/i);

    const second = await startServer(dataDir);
    const found = await fetch(`${second.base}/api/cases/${caseId}`);
    expect(found.status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await exitWithin(second, 5_000)).toEqual({ code: 0, signal: null });
  }, 120_000);
});
