import { randomUUID } from 'node:crypto';
import { type Agreement, type CalendarDate, type Fen, fen } from '@shangan/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { instantText } from '../db/instant-text.js';
import type { Database } from '../db/open-database.js';
import { agreementInstalments, agreements, debts } from '../db/schema.js';
import type { Actor } from './actor.js';
import {
  type AgreementJson,
  type AgreementRecord,
  fromStoredTerms,
  toAgreementJson,
  toStoredTerms,
} from './agreement-json.js';
import { isUuid, requireCase } from './case-access.js';
import { requireDebt } from './debt-access.js';
import { NotFoundError } from './not-found.js';

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

/** Stores an agreement for a debt of the case, with its instalments numbered 1…n, in one transaction. */
export async function createAgreement(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  agreement: Agreement,
): Promise<AgreementJson> {
  const id = await db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId, 'write_agreement');
    await requireDebt(tx, caseId, debtId, { lock: true });
    return insertAgreement(tx, caseId, {
      debtId,
      signedOn: agreement.signedOn ?? null,
      total: agreement.total,
      terms: agreement.terms,
      instalments: agreement.instalments.map((instalment) => ({ ...instalment, paidOn: null })),
    });
  });
  return toAgreementJson(await readAgreement(db, caseId, id));
}

/** Writes an agreement's rows; the caller holds the transaction (and, for a new one, the debt lock). */
export async function insertAgreement(
  db: Database,
  caseId: string,
  agreement: AgreementToStore,
): Promise<string> {
  const id = randomUUID();
  await db.insert(agreements).values({
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
  await db.insert(agreementInstalments).values(
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

export async function listAgreements(db: Database, actor: Actor, caseId: string): Promise<AgreementJson[]> {
  await requireCase(db, actor, caseId, 'read_agreements');
  return (await agreementRecords(db, caseId)).map(toAgreementJson);
}

/**
 * Marks one instalment paid on a day, or unpaid again (paidOn null, for a mistake). 404 unless the
 * agreement belongs to the case and has that instalment.
 */
export async function setInstalmentPaid(
  db: Database,
  actor: Actor,
  caseId: string,
  agreementId: string,
  seq: string,
  paidOn: CalendarDate | null,
): Promise<AgreementJson> {
  if (!/^[1-9]\d{0,3}$/.test(seq)) throw new NotFoundError('instalment');
  await db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId, 'write_agreement');
    await requireAgreement(tx, caseId, agreementId);
    const updated = await tx
      .update(agreementInstalments)
      .set({ paidOn })
      .where(
        and(eq(agreementInstalments.agreementId, agreementId), eq(agreementInstalments.seq, Number(seq))),
      )
      .returning({ seq: agreementInstalments.seq });
    if (updated.length === 0) throw new NotFoundError('instalment');
  });
  return toAgreementJson(await readAgreement(db, caseId, agreementId));
}

/**
 * Every agreement of the case in a fixed order: debt order, then oldest first (so the last one of a
 * debt is its current agreement). No permission check: callers have done it.
 */
export async function agreementRecords(db: Database, caseId: string): Promise<AgreementRecord[]> {
  const rows = await db
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
  return withInstalments(db, rows);
}

async function readAgreement(db: Database, caseId: string, agreementId: string): Promise<AgreementRecord> {
  const record = (await agreementRecords(db, caseId)).find((candidate) => candidate.id === agreementId);
  if (!record) throw new NotFoundError('agreement');
  return record;
}

async function requireAgreement(db: Database, caseId: string, agreementId: string): Promise<void> {
  const [row] = isUuid(agreementId)
    ? await db
        .select({ id: agreements.id })
        .from(agreements)
        .where(and(eq(agreements.caseId, caseId), eq(agreements.id, agreementId)))
    : [];
  if (!row) throw new NotFoundError('agreement');
}

async function withInstalments(
  db: Database,
  rows: {
    id: string;
    debtId: string;
    signedOn: string | null;
    totalFen: number;
    terms: Record<string, unknown>;
    createdAt: string;
  }[],
): Promise<AgreementRecord[]> {
  if (rows.length === 0) return [];
  const instalmentRows = await db
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
