import type { PGlite } from '@electric-sql/pglite';
import { createLprTable } from '@shangan/core';
import { TableKeyring } from './db/case-keyring.js';
import { type Migration, migrationsOf } from './db/migrate.js';
import type { OpenDatabase } from './db/open-database.js';
import { startPglite } from './db/start-pglite.js';
import { createApp } from './http/app.js';
import { ensureLocalUser } from './repositories/local-user.js';
import { parseConfig } from './server-config.js';

export type { Migration } from './db/migrate.js';
export { portableByteaCodec } from './db/portable-bytea.js';
export { migrationsOf };

/** The API answering requests in-process, over a database the host opened. */
export interface EmbeddedApi {
  fetch(request: Request): Promise<Response>;
  /** Closes the database once the requests in flight are done with it (the caller stops sending). */
  close(): Promise<void>;
}

export interface EmbeddedApiOptions {
  /** Opens the PGlite to use (in a browser's worker: on OPFS or IndexedDB); called again after a wipe. */
  open(): Promise<PGlite>;
  /** Removes every byte of the closed database ("delete everything", DELETE /api/data). */
  erase(): Promise<void>;
  /** The server's migrations, as the host bundled them (migrationsOf). */
  migrations: readonly Migration[];
  version: string;
}

/**
 * The server's own Hono app, routes, use-cases and stores, in local mode (one person, no login),
 * on a PGlite the host opened: how a browser runs 上岸 with no server (ADR 0030). The case keys
 * live in the database's case_keys table, written in the transaction that first seals with them.
 */
export async function startEmbeddedApi(options: EmbeddedApiOptions): Promise<EmbeddedApi> {
  const keyring = new TableKeyring();
  let client = await options.open();
  let db = await startPglite(client, keyring, options.migrations);
  await ensureLocalUser(db);
  const database: OpenDatabase = {
    get db() {
      return db;
    },
    kind: 'pglite',
    close: () => client.close(),
    wipe: async () => {
      await client.close();
      await options.erase();
      client = await options.open();
      db = await startPglite(client, keyring, options.migrations);
    },
  };
  // Local mode and the server's default limits; there is no web directory to serve (the page is
  // the static build) and no port (requests never cross a socket, so carry no Host or Origin).
  const config = parseConfig({ AUTH: 'local' }, { webDir: '' });
  const app = createApp({ database, config, lpr: createLprTable(), version: options.version });
  return { fetch: async (request) => app.fetch(request), close: () => database.close() };
}
