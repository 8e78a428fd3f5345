import { type AnyColumn, sql } from 'drizzle-orm';

/**
 * A timestamptz as '2026-11-21T08:00:00.123456Z': UTC whatever the session's time zone, to the
 * microsecond Postgres keeps. One fixed text form, so exports are byte-identical across servers
 * and the order of events survives an export and import.
 */
export function instantText(column: AnyColumn) {
  return sql<string>`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
