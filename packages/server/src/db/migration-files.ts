import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MIGRATION_NAME, type Migration, migrationsOf } from './migrate.js';

/** The committed migrations, beside src/ and dist/ in the package. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** The server's migrations, read from the package's migrations/ folder. */
export function readMigrationFiles(): Migration[] {
  const names = readdirSync(MIGRATIONS_DIR).filter((name) => MIGRATION_NAME.test(name));
  return migrationsOf(names.map((name) => [name, readFileSync(`${MIGRATIONS_DIR}${name}`, 'utf8')]));
}
