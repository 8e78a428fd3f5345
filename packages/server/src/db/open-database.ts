import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { scryptPasswords } from '../repositories/password-hash.js';
import { attachPasswordHasher } from '../repositories/password-hasher.js';
import { attachKeyring, MemoryKeyring, TableKeyring } from './case-keyring.js';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';
import { DURABLE_START_PARAMS, DurableNodeFS, type FileSync } from './durable-node-fs.js';
import { FileKeyring } from './file-keyring.js';
import { applyMigrations, type SqlRunner } from './migrate.js';
import { readMigrationFiles } from './migration-files.js';
import { pgliteByteaCodec } from './pglite-bytea.js';
import { schema } from './schema.js';
import { startPglite } from './start-pglite.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open transaction: what every repository function takes, so a use-case's writes commit together. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface OpenDatabase {
  /** The database to query. wipe() replaces it: read it for each use, never keep it. */
  readonly db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /**
   * PGlite in a data directory only ("delete everything" in local mode): closes the database,
   * removes every file of it and every key, and opens a new, empty, migrated one in its place.
   * The caller makes sure no request uses the database meanwhile.
   */
  wipe?: () => Promise<void>;
}

/**
 * PostgreSQL when a URL is given (multi-user deployments), else embedded PGlite in `dataDir`
 * (the quick start: no server to install). Migrations are applied before anything else runs.
 * This is the Node server's opener (files, sockets, scrypt); a browser's worker opens its database
 * with browser/open-browser-database.ts.
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
  /** Data directory only: what runs PostgreSQL's fsync calls (tests count them). */
  fileSync?: FileSync | undefined;
}): Promise<OpenDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.dataDir !== undefined) return openPgliteDirectory(resolve(options.dataDir), options.fileSync);
  // No dataDir: in memory (tests).
  const client = new PGlite({
    ...pgliteByteaCodec,
    ...(options.template === undefined ? {} : { loadDataDir: options.template }),
  });
  const db = await startPglite(client, new MemoryKeyring(), readMigrationFiles());
  attachPasswordHasher(db, scryptPasswords);
  return { db, kind: 'pglite', close: () => client.close() };
}

async function openPostgres(databaseUrl: string): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const client = await pool.connect();
  try {
    await applyMigrations(postgresRunner(client), readMigrationFiles());
  } finally {
    client.release();
  }
  const db = drizzlePostgres(pool, { schema }) as unknown as Database;
  attachKeyring(db, new TableKeyring());
  attachPasswordHasher(db, scryptPasswords);
  return { db, kind: 'postgres', close: () => pool.end() };
}

/**
 * One process per directory (the lock file), commits on disk before they are acknowledged
 * (DurableNodeFS), the case keys in a file beside the database. ADR 0025.
 */
async function openPgliteDirectory(dataDir: string, fileSync: FileSync | undefined): Promise<OpenDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  const open = async () => {
    const keyring = new FileKeyring(dataDir);
    const client = new PGlite({
      ...pgliteByteaCodec,
      fs: new DurableNodeFS(dataDir, fileSync),
      startParams: [...DURABLE_START_PARAMS],
    });
    const db = await startPglite(client, keyring, readMigrationFiles());
    attachPasswordHasher(db, scryptPasswords);
    return { client, keyring, db };
  };
  let current: Awaited<ReturnType<typeof open>>;
  try {
    current = await open();
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    get db() {
      return current.db;
    },
    kind: 'pglite',
    close: async () => {
      try {
        await current.client.close();
      } finally {
        lock.release();
      }
    },
    wipe: async () => {
      await current.client.close();
      current.keyring.forgetAll();
      // Everything but the lock, which this process keeps holding throughout.
      for (const entry of readdirSync(dataDir)) {
        if (entry !== LOCK_FILE) rmSync(join(dataDir, entry), { recursive: true, force: true });
      }
      current = await open();
    },
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
