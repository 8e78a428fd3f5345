import { randomUUID } from 'node:crypto';
import { caseFileSchema, fen, formatYuan, toValidationIssues, type ValidationIssue } from '@shangan/core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { cases, contacts, debts, payments } from '../db/schema.js';
import type { Actor } from './actor.js';
import { requireCase, visibleTo } from './case-access.js';

type Json = Record<string, unknown>;

export interface CaseSummary {
  id: string;
  title: string;
  asOf: string;
  debtCount: number;
  updatedAt: string;
}

export type CaseFileResult = { ok: true; value: Json } | { ok: false; issues: ValidationIssue[] };

/** Validates a case file with the core's schema; the issues name each field by path. */
export function validateCaseFile(input: unknown): CaseFileResult {
  const parsed = caseFileSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: input as Json }
    : { ok: false, issues: toValidationIssues(parsed.error, input) };
}

/**
 * Stores a validated case file as a new case: the header, each debt (as the file has it, minus its
 * payments and contacts), every payment and every contact, in one transaction.
 */
export async function createCase(db: Database, actor: Actor, title: string, caseFile: Json): Promise<string> {
  const parsed = caseFileSchema.parse(caseFile);
  const id = randomUUID();
  const rawDebts = (caseFile.debts as Json[]) ?? [];
  await db.transaction(async (tx) => {
    await tx.insert(cases).values({
      id,
      ownerId: actor.userId,
      title,
      asOf: parsed.asOf,
      person: caseFile.person ?? null,
      budget: caseFile.budget ?? null,
      circumstances: caseFile.circumstances ?? null,
    });
    for (const [position, raw] of rawDebts.entries()) {
      const debt = parsed.debts[position];
      if (!debt) continue;
      const { payments: _payments, contacts: rawContacts, ...data } = raw;
      await tx.insert(debts).values({ caseId: id, id: debt.id, position, data });
      if (debt.payments.length > 0) {
        await tx.insert(payments).values(
          debt.payments.map((payment) => ({
            id: randomUUID(),
            caseId: id,
            debtId: debt.id,
            paidOn: payment.date,
            amountFen: payment.amount,
          })),
        );
      }
      const contactList = (rawContacts as Json[] | undefined) ?? [];
      if (contactList.length > 0) {
        await tx.insert(contacts).values(
          contactList.map((contact) => ({
            id: randomUUID(),
            caseId: id,
            debtId: debt.id,
            at: String(contact.at),
            data: contact,
          })),
        );
      }
    }
  });
  return id;
}

export async function listCases(db: Database, actor: Actor): Promise<CaseSummary[]> {
  const rows = await db
    .select({
      id: cases.id,
      title: cases.title,
      asOf: cases.asOf,
      updatedAt: cases.updatedAt,
      debtCount: sql<number>`(select count(*)::int from debts d where d.case_id = cases.id)`,
    })
    .from(cases)
    .where(visibleTo(actor))
    .orderBy(desc(cases.updatedAt));
  return rows.map((row) => ({ ...row, debtCount: Number(row.debtCount) }));
}

/**
 * The whole case in the case-file format (what `shangan` reads): payments in date order, contacts
 * in time order, so the same case always exports to the same text.
 */
export async function readCaseFile(db: Database, actor: Actor, caseId: string): Promise<Json> {
  await requireCase(db, actor, caseId, 'read_case');
  const [header] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!header) throw new Error(`case ${caseId} vanished`);
  const debtRows = await db.select().from(debts).where(eq(debts.caseId, caseId)).orderBy(asc(debts.position));
  const paymentRows = await db
    .select()
    .from(payments)
    .where(eq(payments.caseId, caseId))
    .orderBy(asc(payments.paidOn), asc(payments.amountFen));
  const contactRows = await db
    .select()
    .from(contacts)
    .where(eq(contacts.caseId, caseId))
    .orderBy(asc(contacts.at), asc(sql`${contacts.data}::text`));
  const file: Json = { version: 1, asOf: header.asOf };
  if (header.person) file.person = header.person;
  if (header.budget) file.budget = header.budget;
  if (header.circumstances) file.circumstances = header.circumstances;
  file.debts = debtRows.map((row) => {
    const debtPayments = paymentRows
      .filter((payment) => payment.debtId === row.id)
      .map((payment) => ({ date: payment.paidOn, amount: formatYuan(fen(payment.amountFen)) }));
    const debtContacts = contactRows
      .filter((contact) => contact.debtId === row.id)
      .map((contact) => contact.data);
    return {
      ...row.data,
      ...(debtPayments.length > 0 ? { payments: debtPayments } : {}),
      ...(debtContacts.length > 0 ? { contacts: debtContacts } : {}),
    };
  });
  return file;
}

export async function caseTitle(db: Database, caseId: string): Promise<string> {
  const [row] = await db.select({ title: cases.title }).from(cases).where(eq(cases.id, caseId));
  return row?.title ?? '';
}

/**
 * Replaces a case's header, debts and payments with a validated case file (the edit path of the web
 * app), in one transaction. The contact log is append-only and is not touched: a logged promise is
 * never rewritten by an edit (contacts go through addContact). Removing a debt removes its log.
 */
export async function replaceCase(db: Database, actor: Actor, caseId: string, title: string, caseFile: Json) {
  await requireCase(db, actor, caseId, 'write_case');
  const parsed = caseFileSchema.parse(caseFile);
  await db.transaction(async (tx) => {
    await tx.delete(payments).where(eq(payments.caseId, caseId));
    const kept = new Set(parsed.debts.map((debt) => debt.id));
    const existing = await tx.select({ id: debts.id }).from(debts).where(eq(debts.caseId, caseId));
    for (const { id } of existing) {
      if (!kept.has(id)) await tx.delete(debts).where(and(eq(debts.caseId, caseId), eq(debts.id, id)));
    }
    await tx
      .update(cases)
      .set({
        title,
        asOf: parsed.asOf,
        person: caseFile.person ?? null,
        budget: caseFile.budget ?? null,
        circumstances: caseFile.circumstances ?? null,
        updatedAt: sql`clock_timestamp()`,
      })
      .where(eq(cases.id, caseId));
    const rawDebts = caseFile.debts as Json[];
    for (const [position, raw] of rawDebts.entries()) {
      const debt = parsed.debts[position];
      if (!debt) continue;
      const { payments: _payments, contacts: _contacts, ...data } = raw;
      await tx
        .insert(debts)
        .values({ caseId, id: debt.id, position, data })
        .onConflictDoUpdate({ target: [debts.caseId, debts.id], set: { position, data } });
      for (const payment of debt.payments) {
        await tx.insert(payments).values({
          id: randomUUID(),
          caseId,
          debtId: debt.id,
          paidOn: payment.date,
          amountFen: payment.amount,
        });
      }
    }
  });
}

export async function deleteCase(db: Database, actor: Actor, caseId: string): Promise<void> {
  await requireCase(db, actor, caseId, 'delete_case');
  await db.delete(cases).where(eq(cases.id, caseId));
}
