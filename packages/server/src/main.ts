import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createLprTable } from '@shangan/core';
import { readConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { createApp } from './http/app.js';
import { ensureLocalUser } from './store/local-user.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** `npm start`: the API on 127.0.0.1:8787 (HOST, PORT), PGlite in ./data unless DATABASE_URL. */
async function main() {
  const config = readConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await ensureLocalUser(database.db);
  const app = createApp({ database, config, lpr: createLprTable(), version });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    console.log(`上岸 listening on http://${config.host}:${info.port} (db: ${database.kind})`);
  });
  // SIGTERM/SIGINT: stop accepting, let requests in flight finish, then close the database cleanly.
  const stop = () => {
    server.close(async () => {
      await database.close();
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`上岸 server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
