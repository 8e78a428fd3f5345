import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

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

/** What main.ts prints once bound; with PORT=0 it names the port the system picked. */
const LISTENING = /listening on http:\/\/127\.0\.0\.1:(\d+)/;

/**
 * Starts the built server (`node packages/server/dist/main.js`) on 127.0.0.1, a port the system
 * picks (PORT=0; the server prints it) and a fresh data directory, and resolves once `/api/health`
 * answers. The data directory starts as a copy of an empty migrated one. `stop()` ends the server
 * and removes the data.
 */
export async function startServer(
  options: {
    auth?: 'local' | 'accounts';
    /** Runs on the data directory before the server opens it (an operator's `shangan admin …`). */
    prepare?: (env: NodeJS.ProcessEnv) => void;
  } = {},
): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first.`);
  const auth = options.auth ?? 'local';
  const dataDir = mkdtempSync(join(tmpdir(), 'shangan-e2e-'));
  // A copy of the run's migrated template (data-template.ts): no initdb for every server.
  cpSync(inject('e2eDataTemplate'), dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    AUTH: auth,
  };
  delete env.DATABASE_URL;
  delete env.WEB_DIR;
  options.prepare?.(env);
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: RunningServer = {
    base: '',
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

/**
 * Waits for the port in the server's output (setting `server.base`), then polls /api/health until
 * it answers, the process exits, or the deadline passes.
 */
async function waitForHealth(server: RunningServer, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited before answering /api/health:\n${server.output()}`);
    }
    const port = LISTENING.exec(server.output())?.[1];
    if (server.base === '' && port !== undefined) server.base = `http://127.0.0.1:${port}`;
    if (server.base !== '') {
      try {
        const response = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // Not answering yet.
      }
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
