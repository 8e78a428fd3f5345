export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

/** Any fixed number: the advisory lock that serialises migrations across servers. */
const MIGRATION_LOCK = 872001;

/** One committed migration: migrations/NNNN_name.sql and its text. */
export interface Migration {
  name: string;
  sql: string;
}

/** The names of migration files; anything else in the folder is not one. */
export const MIGRATION_NAME = /^\d{4}_[\w-]+\.sql$/;

/**
 * The migrations among named SQL texts, in name order. The server reads them from the package's
 * migrations/ folder (migration-files.ts); the browser's build bundles the same files as strings.
 */
export function migrationsOf(files: Iterable<[name: string, sql: string]>): Migration[] {
  return [...files]
    .filter(([name]) => MIGRATION_NAME.test(name))
    .map(([name, sql]) => ({ name, sql }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Applies every migration (migrationsOf) not yet applied, in name order, each in its own transaction
 * together with its record in schema_migrations. An advisory lock keeps two servers starting at
 * once against the same PostgreSQL from applying the same migration twice.
 */
export async function applyMigrations(
  runner: SqlRunner,
  migrations: readonly Migration[],
): Promise<string[]> {
  // Under the lock too: two servers creating the table at once on an empty database would both
  // pass IF NOT EXISTS, and the second would fail on a duplicate type name.
  await runner.exec('BEGIN');
  try {
    await runner.exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await runner.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    await runner.exec('COMMIT');
  } catch (error) {
    await runner.exec('ROLLBACK');
    throw error;
  }
  const applied: string[] = [];
  for (const { name: file, sql } of migrations) {
    await runner.exec('BEGIN');
    try {
      await runner.exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const done = await runner.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file]);
      if (done.length === 0) {
        await runner.exec(sql);
        await runner.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
        applied.push(file);
      }
      await runner.exec('COMMIT');
    } catch (error) {
      await runner.exec('ROLLBACK');
      throw error;
    }
  }
  return applied;
}
