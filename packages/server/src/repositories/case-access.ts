import { and, eq, or, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/open-database.js';
import { auditLog, caseAssignments, cases } from '../db/schema.js';
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

/** An advisor's grants on a case they are assigned to; undefined when they are not assigned. */
export async function assignmentOf(
  tx: Transaction,
  caseId: string,
  advisorId: string,
): Promise<{ canEdit: boolean; canReveal: boolean } | undefined> {
  const [row] = await tx
    .select({ canEdit: caseAssignments.canEdit, canReveal: caseAssignments.canReveal })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.advisorId, advisorId)))
    .limit(1);
  return row;
}

/** Whether a case with this id exists, whoever owns it: a refused attempt on it is audited. */
export async function caseExists(db: Database | Transaction, caseId: string): Promise<boolean> {
  if (!isUuid(caseId)) return false;
  const [row] = await db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).limit(1);
  return row !== undefined;
}

/** What an audit row says besides who, what and which case (migration 0004). */
export interface AuditExtra {
  outcome?: 'allowed' | 'refused';
  clientAddress?: string | undefined;
  evidenceId?: string | undefined;
  reveal?: boolean | undefined;
  detail?: Record<string, unknown> | undefined;
}

/** One line of the audit log: who did what to which case, from where, and whether it was allowed. */
export async function insertAudit(
  tx: Database | Transaction,
  actorId: string,
  action: string,
  caseId: string,
  extra: AuditExtra = {},
) {
  await tx.insert(auditLog).values({
    actorId,
    action,
    caseId,
    outcome: extra.outcome ?? 'allowed',
    clientAddress: extra.clientAddress ?? null,
    evidenceId: extra.evidenceId ?? null,
    reveal: extra.reveal ?? null,
    detail: extra.detail ?? null,
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
