import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { applyMigrations, type SqlRunner } from './migrate.js';
import { pgliteByteaCodec } from './pglite-bytea.js';
import { schema } from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open transaction: what every repository function takes, so a use-case's writes commit together. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface OpenDatabase {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * PostgreSQL when a URL is given (multi-user deployments), else embedded PGlite in `dataDir`
 * (the quick start: no server to install). Migrations are applied before anything else runs.
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /**
   * In memory only: start from this dumped data directory (PGlite `dumpDataDir`) instead of an
   * empty cluster. Tests load one migrated template: creating a cluster takes seconds, a dump well
   * under one. Migrations still run (and find nothing left to apply).
   */
  template?: Blob | undefined;
}): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const client = await pool.connect();
    try {
      await applyMigrations(postgresRunner(client));
    } finally {
      client.release();
    }
    return {
      db: drizzlePostgres(pool, { schema }) as unknown as Database,
      kind: 'postgres',
      close: () => pool.end(),
    };
  }
  const dataDir = options.dataDir;
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  // No dataDir: in memory (tests).
  const client =
    dataDir !== undefined
      ? new PGlite(dataDir, pgliteByteaCodec)
      : new PGlite({
          ...pgliteByteaCodec,
          ...(options.template === undefined ? {} : { loadDataDir: options.template }),
        });
  await client.waitReady;
  await applyMigrations(pgliteRunner(client));
  return {
    db: drizzlePglite(client, { schema }) as unknown as Database,
    kind: 'pglite',
    close: () => client.close(),
  };
}

export function pgliteRunner(client: PGlite): SqlRunner {
  return {
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    query: async (sqlText, params) => (await client.query<Record<string, unknown>>(sqlText, params)).rows,
  };
}

function postgresRunner(client: pg.PoolClient): SqlRunner {
  return {
    exec: async (sqlText) => {
      await client.query(sqlText);
    },
    query: async (sqlText, params) => (await client.query(sqlText, params as unknown[])).rows,
  };
}
