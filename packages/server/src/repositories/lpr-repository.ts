import type { OwnLprQuotationJson } from '@shangan/contract';
import { basisPointsToPercentText, type CalendarDate } from '@shangan/core';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/open-database.js';
import { lprQuotations, users } from '../db/schema.js';

/** A quotation as stored: basis points, exact (migrations/0009). */
export interface StoredLprQuotation {
  date: CalendarDate;
  oneYearBp: number;
  fiveYearBp: number;
  source: string | null;
}

/** The user's own quotations, oldest first, as the API shows them. */
export async function ownLprQuotations(
  db: Database | Transaction,
  ownerId: string,
): Promise<OwnLprQuotationJson[]> {
  const rows = await db
    .select({
      date: lprQuotations.quotedOn,
      oneYearBp: lprQuotations.oneYearBp,
      fiveYearBp: lprQuotations.fiveYearBp,
      source: lprQuotations.source,
    })
    .from(lprQuotations)
    .where(eq(lprQuotations.ownerId, ownerId))
    .orderBy(asc(lprQuotations.quotedOn));
  return rows.map((row) => ({
    date: row.date,
    lpr1y: basisPointsToPercentText(row.oneYearBp),
    lpr5y: basisPointsToPercentText(row.fiveYearBp),
    source: row.source,
  }));
}

/**
 * Locks the user's row until the transaction ends, so that two adds at once are counted one
 * after the other against the limit.
 */
export async function lockLprOwner(tx: Transaction, ownerId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, ownerId)).for('update');
}

export async function countLprQuotations(tx: Transaction, ownerId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(lprQuotations).where(eq(lprQuotations.ownerId, ownerId));
  return row?.n ?? 0;
}

/** Whether the user already has a quotation of this date (which a new one replaces). */
export async function hasLprQuotation(
  tx: Transaction,
  ownerId: string,
  date: CalendarDate,
): Promise<boolean> {
  const [row] = await tx
    .select({ date: lprQuotations.quotedOn })
    .from(lprQuotations)
    .where(and(eq(lprQuotations.ownerId, ownerId), eq(lprQuotations.quotedOn, date)))
    .limit(1);
  return row !== undefined;
}

/** Stores the quotation, replacing one of the same date (as `shangan lpr add` does). */
export async function putLprQuotation(
  tx: Transaction,
  ownerId: string,
  quotation: StoredLprQuotation,
): Promise<void> {
  const values = {
    oneYearBp: quotation.oneYearBp,
    fiveYearBp: quotation.fiveYearBp,
    source: quotation.source,
  };
  await tx
    .insert(lprQuotations)
    .values({ ownerId, quotedOn: quotation.date, ...values })
    .onConflictDoUpdate({
      target: [lprQuotations.ownerId, lprQuotations.quotedOn],
      set: { ...values, addedAt: sql`now()` },
    });
}

/** Deletes the user's quotation of this date; false when there was none. */
export async function deleteLprQuotation(
  db: Database,
  ownerId: string,
  date: CalendarDate,
): Promise<boolean> {
  const deleted = await db
    .delete(lprQuotations)
    .where(and(eq(lprQuotations.ownerId, ownerId), eq(lprQuotations.quotedOn, date)))
    .returning({ date: lprQuotations.quotedOn });
  return deleted.length > 0;
}

/** Every quotation of the user ("delete everything" in accounts mode). */
export async function deleteOwnLprQuotations(db: Database, ownerId: string): Promise<void> {
  await db.delete(lprQuotations).where(eq(lprQuotations.ownerId, ownerId));
}
