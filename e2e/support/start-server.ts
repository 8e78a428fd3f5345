import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
/** PGlite creates its database on first start: seconds, more on a busy machine. */
const START_DEADLINE_MS = 60_000;
/** SIGTERM lets the server close its database; after this long it is killed. */
const STOP_GRACE_MS = 10_000;

export interface RunningServer {
  /** `http://127.0.0.1:<port>`: the app's own origin. */
  base: string;
  auth: 'local' | 'accounts';
  /** What the server printed so far (stdout and stderr), for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * A port nothing listens on right now. PORT=0 would not do: local mode accepts only requests whose
 * Host names the configured port (security.ts), so the server must know its port up front.
 */
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

/**
 * Starts the built server (`node packages/server/dist/main.js`) on 127.0.0.1, a free port and a
 * fresh data directory, and resolves once `/api/health` answers. `stop()` ends it and removes the data.
 */
export async function startServer(options: { auth?: 'local' | 'accounts' } = {}): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first.`);
  const auth = options.auth ?? 'local';
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'shangan-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    AUTH: auth,
  };
  delete env.DATABASE_URL;
  delete env.WEB_DIR;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: RunningServer = {
    base: `http://127.0.0.1:${port}`,
    auth,
    output: () => output,
    stop: async () => {
      await stopChild(child, exited);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForHealth(server, child);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), STOP_GRACE_MS);
  });
  if ((await Promise.race([exited, late])) === 'late') {
    child.kill('SIGKILL');
    await exited;
  }
  clearTimeout(timer);
}

/** Polls /api/health until it answers, the process exits, or the deadline passes. */
async function waitForHealth(server: RunningServer, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited before answering /api/health:\n${server.output()}`);
    }
    try {
      const response = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(`no answer from /api/health within ${START_DEADLINE_MS} ms:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Imports `examples/<name>` through the API (as the import screen would); resolves to the case id. */
export async function importExample(server: RunningServer, name: string, title = name): Promise<string> {
  const response = await fetch(`${server.base}/api/import?title=${encodeURIComponent(title)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: readFileSync(join(EXAMPLES, name), 'utf8'),
  });
  const body = (await response.json()) as { id?: string; error?: { message: string } };
  if (response.status !== 201 || body.id === undefined) {
    throw new Error(`importing ${name} failed (${response.status}): ${body.error?.message ?? ''}`);
  }
  return body.id;
}
