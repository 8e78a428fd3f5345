import type { Agreement, CalendarDate, Fen } from '@shangan/core';
import { fen } from '@shangan/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { instantText } from '../db/instant-text.js';
import type { Transaction } from '../db/open-database.js';
import { agreementInstalments, agreements, debts } from '../db/schema.js';
import { notFound } from '../errors/expected-error.js';
import { type AgreementRecord, fromStoredTerms, toStoredTerms } from './agreement-json.js';
import { isUuid } from './case-access.js';

/** A validated agreement (core's agreementSchema), or one restored from an export with its history. */
export interface AgreementToStore {
  debtId: string;
  signedOn: CalendarDate | null;
  total: Fen;
  terms: Agreement['terms'];
  instalments: { dueOn: CalendarDate; amount: Fen; paidOn: CalendarDate | null }[];
  /** Kept on import; otherwise the time of writing. */
  createdAt?: string;
}

/** Writes an agreement's rows, instalments numbered 1…n; for a new one the caller holds the debt's lock. */
export async function insertAgreement(
  tx: Transaction,
  caseId: string,
  agreement: AgreementToStore,
): Promise<string> {
  const id = crypto.randomUUID();
  await tx.insert(agreements).values({
    id,
    caseId,
    debtId: agreement.debtId,
    signedOn: agreement.signedOn,
    totalFen: agreement.total,
    terms: { ...toStoredTerms(agreement.terms) },
    // A later agreement for the same debt replaces the earlier one, so their order must be strict
    // even when the clock has not moved on between the two.
    createdAt:
      agreement.createdAt ??
      sql`greatest(now(), (select max(a.created_at) from agreements a where a.case_id = ${caseId} and a.debt_id = ${agreement.debtId}) + interval '1 microsecond')`,
  });
  await tx.insert(agreementInstalments).values(
    agreement.instalments.map((instalment, index) => ({
      agreementId: id,
      seq: index + 1,
      dueOn: instalment.dueOn,
      amountFen: instalment.amount,
      paidOn: instalment.paidOn,
    })),
  );
  return id;
}

/**
 * Marks instalment `seq` of an agreement of the case paid on a day, or unpaid (null); 404
 * 'agreement' or 'instalment' unless both exist.
 */
export async function updateInstalmentPaid(
  tx: Transaction,
  caseId: string,
  agreementId: string,
  seq: number,
  paidOn: CalendarDate | null,
): Promise<void> {
  const [agreement] = isUuid(agreementId)
    ? await tx
        .select({ id: agreements.id })
        .from(agreements)
        .where(and(eq(agreements.caseId, caseId), eq(agreements.id, agreementId)))
    : [];
  if (!agreement) throw notFound('agreement');
  const updated = await tx
    .update(agreementInstalments)
    .set({ paidOn })
    .where(and(eq(agreementInstalments.agreementId, agreementId), eq(agreementInstalments.seq, seq)))
    .returning({ seq: agreementInstalments.seq });
  if (updated.length === 0) throw notFound('instalment');
}

/**
 * Every agreement of the case in a fixed order: debt order, then oldest first (so the last one of a
 * debt is its current agreement).
 */
export async function agreementRecords(tx: Transaction, caseId: string): Promise<AgreementRecord[]> {
  const rows = await tx
    .select({
      id: agreements.id,
      debtId: agreements.debtId,
      signedOn: agreements.signedOn,
      totalFen: agreements.totalFen,
      terms: agreements.terms,
      createdAt: instantText(agreements.createdAt),
    })
    .from(agreements)
    .innerJoin(debts, and(eq(debts.caseId, agreements.caseId), eq(debts.id, agreements.debtId)))
    .where(eq(agreements.caseId, caseId))
    .orderBy(asc(debts.position), asc(agreements.createdAt), asc(agreements.totalFen));
  if (rows.length === 0) return [];
  const instalmentRows = await tx
    .select()
    .from(agreementInstalments)
    .where(
      inArray(
        agreementInstalments.agreementId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(agreementInstalments.seq));
  return rows.map((row) => ({
    id: row.id,
    debtId: row.debtId,
    signedOn: row.signedOn as CalendarDate | null,
    total: fen(row.totalFen),
    terms: fromStoredTerms(row.terms),
    createdAt: row.createdAt,
    instalments: instalmentRows
      .filter((instalment) => instalment.agreementId === row.id)
      .map((instalment) => ({
        seq: instalment.seq,
        dueOn: instalment.dueOn as CalendarDate,
        amount: fen(instalment.amountFen),
        paidOn: instalment.paidOn as CalendarDate | null,
      })),
  }));
}
