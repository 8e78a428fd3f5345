import { and, eq, or, sql } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { auditLog, cases } from '../db/schema.js';
import type { Actor } from './actor.js';
import { NotFoundError } from './not-found.js';

/** Cases the actor may see: their own, or — for an advisor — the ones assigned to them. */
export function visibleTo(actor: Actor) {
  if (actor.role !== 'advisor') return eq(cases.ownerId, actor.userId);
  return or(
    eq(cases.ownerId, actor.userId),
    sql`exists (select 1 from case_assignments a where a.case_id = cases.id and a.advisor_id = ${actor.userId})`,
  );
}

/**
 * Throws NotFoundError unless the actor may see the case; returns its revision (updated_at, moved
 * by every write that changes the case file), which keys the analysis cache. Every advisor read of a client's case is
 * written to the audit log in the same transaction as the read.
 */
export async function requireCase(
  db: Database,
  actor: Actor,
  caseId: string,
  action: string,
): Promise<{ revision: string }> {
  if (!isUuid(caseId)) throw new NotFoundError('case');
  const rows = await db
    .select({ ownerId: cases.ownerId, revision: cases.updatedAt })
    .from(cases)
    .where(and(eq(cases.id, caseId), visibleTo(actor)))
    .limit(1);
  const row = rows[0];
  if (!row) throw new NotFoundError('case');
  if (actor.role === 'advisor' && row.ownerId !== actor.userId) {
    await db.insert(auditLog).values({ actorId: actor.userId, action, caseId });
  }
  return { revision: row.revision };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
