import { and, eq, or, sql } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { auditLog, cases } from '../db/schema.js';
import type { Actor } from './actor.js';

/** Cases the actor may see: their own, or — for an advisor — the ones assigned to them. */
export function visibleTo(actor: Actor) {
  if (actor.role !== 'advisor') return eq(cases.ownerId, actor.userId);
  return or(
    eq(cases.ownerId, actor.userId),
    sql`exists (select 1 from case_assignments a where a.case_id = cases.id and a.advisor_id = ${actor.userId})`,
  );
}

/** A case the actor may see, with what every use-case of it needs to know. */
export interface VisibleCase {
  id: string;
  ownerId: string;
  title: string;
  /** Moved by one by every write that changes the case file: the ETag, and the report cache's key. */
  revision: number;
}

/** The case if the actor may see it, else undefined. */
export async function findVisibleCase(
  tx: Transaction,
  actor: Actor,
  caseId: string,
): Promise<VisibleCase | undefined> {
  if (!isUuid(caseId)) return undefined;
  const [row] = await tx
    .select({ id: cases.id, ownerId: cases.ownerId, title: cases.title, revision: cases.revision })
    .from(cases)
    .where(and(eq(cases.id, caseId), visibleTo(actor)))
    .limit(1);
  return row;
}

/** One line of the audit log: who did what to which case. */
export async function insertAudit(tx: Transaction, actorId: string, action: string, caseId: string) {
  await tx.insert(auditLog).values({ actorId, action, caseId });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
