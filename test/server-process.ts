import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built server (`npm test` builds before vitest runs). */
const MAIN = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));
/** Migrations and a first start take seconds, more on a busy machine. */
const START_DEADLINE_MS = 45_000;

export interface ServerProcess {
  child: ChildProcess;
  /** http://host:port as the "listening on" line says. */
  base: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then waits for the exit. */
  stop: () => Promise<void>;
}

/**
 * Runs `node packages/server/dist/main.js` with this environment (on top of the test's, less the
 * server's own variables) and waits for its "listening on http://HOST:PORT" line, so PORT=0 works.
 * Rejects with the output when the process exits first or says nothing in time.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const inherited = { ...process.env };
  for (const name of ['DATABASE_URL', 'AUTH', 'HOST', 'PORT', 'DATA_DIR', 'TRUST_PROXY', 'MAX_EVIDENCE_MB'])
    delete inherited[name];
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "listening on" line in time: ${output}`));
    }, START_DEADLINE_MS);
    const read = (chunk: unknown) => {
      output += String(chunk);
      const listening = / listening on (http:\/\/\S+:\d+) /.exec(output);
      if (listening?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({ child, base: listening[1], output: () => output, exited, stop });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before listening: ${output}`));
    });
  });
}
