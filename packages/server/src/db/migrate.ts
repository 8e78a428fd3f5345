import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

/** Any fixed number: the advisory lock that serialises migrations across servers. */
const MIGRATION_LOCK = 872001;

/** The committed migrations, beside src/ and dist/ in the package. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Applies every migrations/NNNN_*.sql not yet applied, in name order, each in its own transaction
 * together with its record in schema_migrations. An advisory lock keeps two servers starting at
 * once against the same PostgreSQL from applying the same migration twice.
 */
export async function applyMigrations(runner: SqlRunner): Promise<string[]> {
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
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    await runner.exec('BEGIN');
    try {
      await runner.exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const done = await runner.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file]);
      if (done.length === 0) {
        await runner.exec(readFileSync(`${MIGRATIONS_DIR}${file}`, 'utf8'));
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
