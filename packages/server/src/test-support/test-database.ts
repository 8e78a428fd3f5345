import { randomBytes, randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { applyMigrations } from '../db/migrate.js';
import { readMigrationFiles } from '../db/migration-files.js';
import { type OpenDatabase, openDatabase } from '../db/open-database.js';
import { users } from '../db/schema.js';
import { pgliteRunner } from '../db/start-pglite.js';
import type { Actor } from '../repositories/actor.js';
import { ensureLocalUser } from '../repositories/local-user.js';

/**
 * Databases for tests. In-memory PGlite always; PostgreSQL too when TEST_DATABASE_URL is set
 * (postgres://user:password@host:port/db of a role that may CREATE DATABASE). Each PostgreSQL test
 * database is a new database made for the run and dropped when it is closed, so runs never share
 * rows and never touch the database the URL names.
 *
 *   describe.each(databaseKinds())('cases on %s', (kind) => {
 *     let database: OpenDatabase;
 *     beforeAll(async () => { database = await openTestDatabase(kind); });
 *     afterAll(() => database.close());
 *   });
 */

export type DatabaseKind = OpenDatabase['kind'];

/** ['pglite'], or ['pglite', 'postgres'] when TEST_DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return testDatabaseUrl() === undefined ? ['pglite'] : ['pglite', 'postgres'];
}

function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url ? url : undefined;
}

let pgliteTemplate: Promise<Blob> | undefined;

/**
 * An empty PGlite cluster with every migration applied, dumped once per test worker. Each test
 * database loads a copy: creating a cluster (initdb) takes seconds, loading the dump well under one.
 */
function migratedPgliteTemplate(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const client = new PGlite();
    await client.waitReady;
    await applyMigrations(pgliteRunner(client), readMigrationFiles());
    const dump = await client.dumpDataDir('none');
    await client.close();
    return dump;
  })();
  return pgliteTemplate;
}

/** A fresh, migrated in-memory PGlite without any rows (from the template). */
export async function openTestPglite(): Promise<OpenDatabase> {
  return openDatabase({ template: await migratedPgliteTemplate() });
}

/**
 * A fresh, migrated database with the local user in it. `close()` closes it and, for PostgreSQL,
 * drops the database it made.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<OpenDatabase> {
  const database = kind === 'pglite' ? await openTestPglite() : await openScratchPostgres();
  await ensureLocalUser(database.db);
  return database;
}

async function openScratchPostgres(): Promise<OpenDatabase> {
  const adminUrl = testDatabaseUrl();
  if (adminUrl === undefined) throw new Error('TEST_DATABASE_URL is not set');
  // A name that needs no quoting: lower-case letters, digits and underscores.
  const name = `shangan_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let database: OpenDatabase;
  try {
    database = await openDatabase({ databaseUrl: url.toString() });
  } catch (error) {
    await dropDatabase(adminUrl, name);
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    get db() {
      return database.db;
    },
    kind: database.kind,
    close: () => {
      closed ??= database.close().finally(() => dropDatabase(adminUrl, name));
      return closed;
    },
  };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function withAdminClient(url: string, use: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await use(client);
  } finally {
    await client.end();
  }
}

/** A new user of the given role, inserted directly (accounts mode has no sign-up route yet). */
export async function createTestUser(database: OpenDatabase, role: 'client' | 'advisor'): Promise<Actor> {
  const id = randomUUID();
  await database.db.insert(users).values({ id, role, email: `${role}-${id}@example.test` });
  return { userId: id, role };
}
