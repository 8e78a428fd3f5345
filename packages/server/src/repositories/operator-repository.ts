import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { caseAssignments, sessions, users } from '../db/schema.js';

/** An advisor account as an operator lists it. */
export interface AdvisorAccount {
  email: string;
  createdAt: string;
  disabledAt: string | null;
  /** Cases whose owners have given this advisor access. */
  cases: number;
}

export async function listAdvisorAccounts(db: Database): Promise<AdvisorAccount[]> {
  const rows = await db
    .select({
      email: users.email,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
      cases: count(caseAssignments.caseId),
    })
    .from(users)
    .leftJoin(caseAssignments, eq(caseAssignments.advisorId, users.id))
    .where(eq(users.role, 'advisor'))
    .groupBy(users.id)
    .orderBy(users.email);
  return rows.map((row) => ({
    email: row.email ?? '',
    createdAt: new Date(row.createdAt).toISOString(),
    disabledAt: row.disabledAt === null ? null : new Date(row.disabledAt).toISOString(),
    cases: Number(row.cases),
  }));
}

/**
 * Disables an account (client or advisor): it can no longer sign in, and its sessions end now.
 * Null when no account has the address; disabling twice keeps the first time.
 */
export async function disableAccount(db: Database, email: string): Promise<{ endedSessions: number } | null> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ disabledAt: sql`coalesce(${users.disabledAt}, now())` })
      .where(and(eq(users.email, email.trim().toLowerCase()), ne(users.role, 'local')))
      .returning({ id: users.id });
    if (!user) return null;
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, user.id))
      .returning({ tokenHash: sessions.tokenHash });
    return { endedSessions: ended.length };
  });
}
