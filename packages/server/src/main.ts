import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { acceptedLanguage } from '@shangan/contract';
import { createLprTable } from '@shangan/core';
import { readConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { createApp } from './http/app.js';
import { errorBody } from './http/error-response.js';
import { loadWebAssets } from './http/web-assets.js';
import { ensureLocalUser } from './repositories/local-user.js';
import { sealLegacyRows } from './repositories/seal-legacy-rows.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** How long shutdown waits for requests in flight before closing the database anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** `npm start`: the API on 127.0.0.1:8787 (HOST, PORT), PGlite in ./data unless DATABASE_URL. */
async function main() {
  const config = readConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await ensureLocalUser(database.db);
  await sealLegacyRows(database.db);
  const web = loadWebAssets(config.webDir);
  // Made once the port is bound: with PORT=0 the system picks a free port, and local mode's
  // same-origin check must know the one it picked (`Host: 127.0.0.1:<port>`).
  let app: ReturnType<typeof createApp> | undefined;
  // Requests in flight are counted so that shutdown closes the database only after the last one
  // has committed; requests arriving on kept-alive connections during shutdown get a 503.
  let inFlight = 0;
  let draining = false;
  // `env` carries the socket, from which accounts mode reads the client address for login limits.
  const fetch = async (request: Request, env: unknown): Promise<Response> => {
    if (draining) {
      const lang = acceptedLanguage(request.headers.get('accept-language') ?? undefined);
      return Response.json(errorBody({ code: 'shutting_down', params: {} }, [], lang), {
        status: 503,
        headers: { Connection: 'close' },
      });
    }
    // Not reached in practice: the listening callback runs before the first connection is read.
    if (app === undefined) return Response.json({ error: { code: 'starting' } }, { status: 503 });
    inFlight++;
    try {
      return await app.fetch(request, env);
    } finally {
      inFlight--;
    }
  };
  const server = serve({ fetch, hostname: config.host, port: config.port }, (info) => {
    app = createApp({
      database,
      config: { ...config, port: info.port },
      lpr: createLprTable(),
      version,
      web,
    });
    console.log(`上岸 listening on http://${config.host}:${info.port} (db: ${database.kind})`);
  });
  // SIGTERM/SIGINT: stop accepting, let requests in flight finish, then close the database cleanly.
  const stop = async () => {
    draining = true;
    server.close();
    const deadline = Date.now() + SHUTDOWN_GRACE_MS;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`上岸 server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
