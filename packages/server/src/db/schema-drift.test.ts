import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import type { OpenDatabase } from './open-database.js';
import { schema } from './schema.js';

/** One column as both sides describe it: `table.column` → `type` and nullability. */
type Columns = Map<string, { type: string; nullable: boolean }>;

/** Migration bookkeeping (db/migrate.ts), deliberately not in the Drizzle schema. */
const NOT_IN_SCHEMA = new Set(['schema_migrations']);

/**
 * Drizzle's SQL type names as information_schema spells them. Serial types are integers with a
 * sequence default; `timestamp` alone means without time zone.
 */
function informationSchemaType(drizzleType: string): string {
  const type = drizzleType.replace(/\(\d+\)/, '');
  const aliases: Record<string, string> = {
    bigserial: 'bigint',
    serial: 'integer',
    smallserial: 'smallint',
    timestamp: 'timestamp without time zone',
    time: 'time without time zone',
    varchar: 'character varying',
    char: 'character',
  };
  if (type.endsWith('[]')) return 'ARRAY';
  return aliases[type] ?? type;
}

/** What the Drizzle schema (db/schema.ts) says the tables are. */
function drizzleColumns(): Columns {
  const columns: Columns = new Map();
  for (const table of Object.values(schema)) {
    const config = getTableConfig(table);
    const composite = new Set(config.primaryKeys.flatMap((key) => key.columns.map((column) => column.name)));
    for (const column of config.columns) {
      columns.set(`${config.name}.${column.name}`, {
        type: informationSchemaType(column.getSQLType()),
        // A primary-key column is NOT NULL whether or not the schema says .notNull().
        nullable: !(column.notNull || column.primary || composite.has(column.name)),
      });
    }
  }
  return columns;
}

/** What the migrated database says, from information_schema. */
async function databaseColumns(database: OpenDatabase): Promise<Columns> {
  type Row = { table_name: string; column_name: string; data_type: string; is_nullable: 'YES' | 'NO' };
  // Both drivers (PGlite, node-postgres) answer with `{ rows }`; the shared Database type does not say so.
  const result = (await database.db.execute(sql`
    SELECT c.table_name, c.column_name, c.data_type, c.is_nullable
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name, c.ordinal_position`)) as unknown as { rows: Row[] };
  const columns: Columns = new Map();
  for (const row of result.rows) {
    if (NOT_IN_SCHEMA.has(row.table_name)) continue;
    columns.set(`${row.table_name}.${row.column_name}`, {
      type: row.data_type,
      nullable: row.is_nullable === 'YES',
    });
  }
  return columns;
}

/** Every difference between the two descriptions, one line each; empty when they agree. */
function describeDrift(schemaSide: Columns, databaseSide: Columns): string[] {
  const problems: string[] = [];
  for (const [name, expected] of schemaSide) {
    const actual = databaseSide.get(name);
    if (actual === undefined) problems.push(`${name}: in schema.ts, not in the migrated database`);
    else {
      if (actual.type !== expected.type)
        problems.push(`${name}: schema.ts says ${expected.type}, the database ${actual.type}`);
      if (actual.nullable !== expected.nullable)
        problems.push(
          `${name}: schema.ts says ${expected.nullable ? 'nullable' : 'NOT NULL'}, the database ${actual.nullable ? 'nullable' : 'NOT NULL'}`,
        );
    }
  }
  for (const name of databaseSide.keys())
    if (!schemaSide.has(name)) problems.push(`${name}: in the migrated database, not in schema.ts`);
  return problems;
}

describe('describeDrift', () => {
  const base: Columns = new Map([['t.a', { type: 'text', nullable: false }]]);
  it('reports nothing when both sides agree', () => {
    expect(describeDrift(base, new Map(base))).toEqual([]);
  });
  it('reports a column on one side only, a type and a nullability that differ', () => {
    const database: Columns = new Map([
      ['t.a', { type: 'integer', nullable: true }],
      ['t.b', { type: 'text', nullable: true }],
    ]);
    const schemaSide: Columns = new Map([...base, ['u.c', { type: 'date', nullable: true }]]);
    expect(describeDrift(schemaSide, database)).toEqual([
      't.a: schema.ts says text, the database integer',
      't.a: schema.ts says NOT NULL, the database nullable',
      'u.c: in schema.ts, not in the migrated database',
      't.b: in the migrated database, not in schema.ts',
    ]);
  });
});

describe.each(databaseKinds())('db/schema.ts matches migrations/*.sql on %s', (kind) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  }, 60_000);
  afterAll(() => database.close());

  it('has the same tables, columns, types and nullability', async () => {
    const schemaSide = drizzleColumns();
    const databaseSide = await databaseColumns(database);
    expect(schemaSide.size).toBeGreaterThan(50);
    expect(describeDrift(schemaSide, databaseSide)).toEqual([]);
  });

  it('has the same tables', async () => {
    const tables = (names: Iterable<string>) =>
      [...new Set([...names].map((name) => name.split('.')[0]))].sort();
    expect(tables((await databaseColumns(database)).keys())).toEqual(tables(drizzleColumns().keys()));
  });
});
