import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// One server process per PGlite data directory: PGlite is a single PostgreSQL backend inside the
// process, so a second process on the same files would silently overwrite the first's writes.
// The built server (`npm test` builds before vitest runs) is started as a real process.

const MAIN = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));
const EXAMPLE = readFileSync(new URL('../examples/five-loans-80k.json', import.meta.url), 'utf8');
/** PGlite creates its database on first start: seconds, more on a busy machine. */
const START_DEADLINE_MS = 45_000;
/** The second process must give up before it opens anything: well under a cluster's start. */
const REFUSAL_DEADLINE_MS = 15_000;

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: Server[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const server of children) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

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

async function spawnServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.AUTH;
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
  const server = { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
  children.push(server);
  return server;
}

async function startServer(dataDir: string): Promise<Server> {
  const server = await spawnServer(dataDir);
  const deadline = Date.now() + START_DEADLINE_MS;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`the server exited: ${server.output()}`);
    try {
      const response = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`no answer from /api/health in time: ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function importCase(server: Server): Promise<number> {
  const response = await fetch(`${server.base}/api/import?title=lock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.base },
    body: EXAMPLE,
  });
  return response.status;
}

async function exitWithin(server: Server, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const result = await Promise.race([server.exited, timeout]);
  clearTimeout(timer);
  return result;
}

describe('the data directory lock', () => {
  it('refuses a second process at once, naming the directory and the PID holding it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shangan-lock-'));
    dirs.push(dataDir);
    const first = await startServer(dataDir);
    expect(readFileSync(join(dataDir, 'shangan.lock'), 'utf8').trim()).toBe(String(first.child.pid));

    const second = await spawnServer(dataDir);
    expect(await exitWithin(second, REFUSAL_DEADLINE_MS)).toEqual({ code: 1, signal: null });
    expect(second.output()).toContain(`the data directory ${dataDir} is in use by another 上岸 process`);
    expect(second.output()).toContain(`PID ${first.child.pid}`);

    // The first one never noticed.
    expect(await importCase(first)).toBe(201);
    const cases = (await (await fetch(`${first.base}/api/cases`)).json()) as { cases: unknown[] };
    expect(cases.cases).toHaveLength(1);
    first.child.kill('SIGTERM');
    expect(await exitWithin(first, 10_000)).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'shangan.lock'))).toBe(false);
  }, 120_000);

  it('takes over the lock of a process that was killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shangan-lock-'));
    dirs.push(dataDir);
    const killed = await startServer(dataDir);
    expect(await importCase(killed)).toBe(201);
    killed.child.kill('SIGKILL');
    await killed.exited;
    // kill -9 runs no exit handler: the lock file is left behind with a dead PID.
    expect(readFileSync(join(dataDir, 'shangan.lock'), 'utf8').trim()).toBe(String(killed.child.pid));

    const next = await startServer(dataDir);
    expect(readFileSync(join(dataDir, 'shangan.lock'), 'utf8').trim()).toBe(String(next.child.pid));
    const cases = (await (await fetch(`${next.base}/api/cases`)).json()) as { cases: unknown[] };
    expect(cases.cases).toHaveLength(1);
    next.child.kill('SIGTERM');
    expect(await exitWithin(next, 10_000)).toEqual({ code: 0, signal: null });
  }, 120_000);
});
