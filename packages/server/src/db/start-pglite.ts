import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { attachKeyring, type CaseKeyring } from './case-keyring.js';
import { applyMigrations, type Migration, type SqlRunner } from './migrate.js';
import type { Database } from './open-database.js';
import { cases, schema } from './schema.js';

/**
 * Waits for PGlite, applies migrations, and drops the keys of cases that no longer exist. The same
 * on the server (a data directory, or memory in tests) and in a browser's worker (IndexedDB, OPFS).
 */
export async function startPglite(
  client: PGlite,
  keyring: CaseKeyring,
  migrations: readonly Migration[],
): Promise<Database> {
  await client.waitReady;
  await applyMigrations(pgliteRunner(client), migrations);
  const db = drizzle(client, { schema }) as unknown as Database;
  attachKeyring(db, keyring);
  const existing = await db.select({ id: cases.id }).from(cases);
  await keyring.retainOnly(new Set(existing.map((row) => row.id)));
  return db;
}

export function pgliteRunner(client: PGlite): SqlRunner {
  return {
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    query: async (sqlText, params) => (await client.query<Record<string, unknown>>(sqlText, params)).rows,
  };
}
