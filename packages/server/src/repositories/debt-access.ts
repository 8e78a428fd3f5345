import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../db/open-database.js';
import { debts } from '../db/schema.js';
import { notFound } from '../errors/expected-error.js';

/**
 * Throws 404 'debt' unless the debt belongs to the case (withCase has checked the case). With
 * `lock`, the debt row stays locked until the transaction ends, so two writes that read-then-write
 * the same debt's history run one after the other.
 */
export async function requireDebt(
  tx: Transaction,
  caseId: string,
  debtId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<void> {
  const query = tx
    .select({ id: debts.id })
    .from(debts)
    .where(and(eq(debts.caseId, caseId), eq(debts.id, debtId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('debt');
}
