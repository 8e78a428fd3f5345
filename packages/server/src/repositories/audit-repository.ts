import type { AuditEntryJson } from '@shangan/contract';
import { desc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { auditLog, users } from '../db/schema.js';
import { isUuid } from './case-access.js';

/**
 * The newest lines the owner is shown. A case sees a few lines a day; older ones stay in the table
 * (for an operator), the screen would not show them usefully anyway.
 */
export const AUDIT_PAGE = 500;

/** The case's audit log, newest first, with the people in it named as its owner may see them. */
export async function readAuditEntries(
  tx: Transaction,
  caseId: string,
  ownerId: string,
): Promise<AuditEntryJson[]> {
  const rows = await tx
    .select()
    .from(auditLog)
    .where(eq(auditLog.caseId, caseId))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE);
  const subjectOf = (detail: Record<string, unknown> | null) =>
    typeof detail?.advisorId === 'string' && isUuid(detail.advisorId) ? detail.advisorId : undefined;
  const ids = new Set<string>();
  for (const row of rows) {
    ids.add(row.actorId);
    const subject = subjectOf(row.detail);
    if (subject) ids.add(subject);
  }
  const people =
    ids.size === 0
      ? []
      : await tx
          .select({ id: users.id, email: users.email, role: users.role })
          .from(users)
          .where(inArray(users.id, [...ids]));
  const byId = new Map(people.map((person) => [person.id, person]));
  const flag = (value: unknown) => (typeof value === 'boolean' ? value : null);
  return rows.map((row): AuditEntryJson => {
    const person = byId.get(row.actorId);
    const subject = subjectOf(row.detail);
    return {
      at: new Date(row.at).toISOString(),
      actor:
        row.actorId === ownerId
          ? { kind: 'owner' }
          : person?.role === 'advisor'
            ? { kind: 'advisor', email: person.email }
            : { kind: 'other' },
      action: row.action,
      outcome: row.outcome,
      clientAddress: row.clientAddress,
      evidenceId: row.evidenceId,
      reveal: row.reveal,
      advisorEmail: subject === undefined ? null : (byId.get(subject)?.email ?? null),
      canEdit: flag(row.detail?.canEdit),
      canReveal: flag(row.detail?.canReveal),
    };
  });
}
