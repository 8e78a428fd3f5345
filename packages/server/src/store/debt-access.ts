import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { debts } from '../db/schema.js';
import { NotFoundError } from './not-found.js';

/**
 * Throws NotFoundError unless the debt belongs to the case (the case itself is checked by
 * requireCase first). With `lock`, the debt row stays locked until the transaction ends, so two
 * writes that read-then-write the same debt's history run one after the other.
 */
export async function requireDebt(
  db: Database,
  caseId: string,
  debtId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<void> {
  const query = db
    .select({ id: debts.id })
    .from(debts)
    .where(and(eq(debts.caseId, caseId), eq(debts.id, debtId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('debt');
}
