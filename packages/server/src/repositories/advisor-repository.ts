import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { caseAssignments, users } from '../db/schema.js';
import { isUuid } from './case-access.js';

/** An advisor's access to one case, as the owner sees and sets it. */
export interface AdvisorGrant {
  advisorId: string;
  email: string;
  canEdit: boolean;
  canReveal: boolean;
  grantedAt: string;
}

/** An advisor account that can be given access: by address or id, never a disabled one. */
export async function findAdvisor(
  tx: Transaction,
  by: { email: string } | { id: string },
): Promise<{ id: string; email: string } | undefined> {
  if ('id' in by && !isUuid(by.id)) return undefined;
  const match = 'email' in by ? eq(users.email, by.email.trim().toLowerCase()) : eq(users.id, by.id);
  const [row] = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(match, eq(users.role, 'advisor'), isNull(users.disabledAt)))
    .limit(1);
  return row?.email ? { id: row.id, email: row.email } : undefined;
}

/** Sets an advisor's permissions on the case, assigning them first if they were not. */
export async function upsertGrant(
  tx: Transaction,
  caseId: string,
  advisorId: string,
  permissions: { canEdit: boolean; canReveal: boolean },
): Promise<void> {
  await tx
    .insert(caseAssignments)
    .values({ caseId, advisorId, ...permissions })
    .onConflictDoUpdate({
      target: [caseAssignments.caseId, caseAssignments.advisorId],
      set: { ...permissions, grantedAt: sql`now()` },
    });
}

/** Removes the advisor's access; false when they had none. */
export async function deleteGrant(tx: Transaction, caseId: string, advisorId: string): Promise<boolean> {
  if (!isUuid(advisorId)) return false;
  const removed = await tx
    .delete(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.advisorId, advisorId)))
    .returning({ advisorId: caseAssignments.advisorId });
  return removed.length > 0;
}

/** Everyone assigned to the case, by address. */
export async function listGrants(tx: Transaction, caseId: string): Promise<AdvisorGrant[]> {
  const rows = await tx
    .select({
      advisorId: caseAssignments.advisorId,
      email: users.email,
      canEdit: caseAssignments.canEdit,
      canReveal: caseAssignments.canReveal,
      grantedAt: caseAssignments.grantedAt,
    })
    .from(caseAssignments)
    .innerJoin(users, eq(users.id, caseAssignments.advisorId))
    .where(eq(caseAssignments.caseId, caseId))
    .orderBy(asc(users.email));
  return rows.map((row) => ({
    ...row,
    email: row.email ?? '',
    grantedAt: new Date(row.grantedAt).toISOString(),
  }));
}
