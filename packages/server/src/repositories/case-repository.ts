import type { CaseSummary, CheckedCaseFile, ContactInput } from '@shangan/contract';
import { type CaseFileInput, fen, formatYuan } from '@shangan/core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/open-database.js';
import { cases, debts, payments } from '../db/schema.js';
import type { Actor } from './actor.js';
import { visibleTo } from './case-access.js';
import { insertContactRows, listContactRows } from './contact-repository.js';
import { deleteCaseChunks } from './evidence-chunks.js';

type Json = Record<string, unknown>;

/** A debt as the file has it, minus its payments and contacts (which have tables of their own). */
function debtData(written: unknown): Json {
  const { payments: _payments, contacts: _contacts, ...data } = written as Json;
  return data;
}

/**
 * Stores a checked case file as a new case of `ownerId`: the header, each debt as written, every
 * payment and every contact. Returns the new case's id.
 */
export async function insertCase(
  tx: Transaction,
  ownerId: string,
  title: string,
  { written, parsed }: CheckedCaseFile,
): Promise<string> {
  const id = crypto.randomUUID();
  await tx.insert(cases).values({
    id,
    ownerId,
    title,
    asOf: parsed.asOf,
    person: written.person ?? null,
    budget: written.budget ?? null,
    circumstances: written.circumstances ?? null,
    plan: written.plan ?? null,
  });
  for (const [position, debt] of parsed.debts.entries()) {
    await tx
      .insert(debts)
      .values({ caseId: id, id: debt.id, position, data: debtData(written.debts[position]) });
    await insertPayments(tx, id, debt.id, debt.payments);
    const logged = written.debts[position]?.contacts ?? [];
    await insertContactRows(
      tx,
      id,
      debt.contacts.map((contact, index) => ({
        debtId: debt.id,
        at: contact.at,
        contact: logged[index] as Json,
      })),
    );
  }
  return id;
}

async function insertPayments(
  tx: Transaction,
  caseId: string,
  debtId: string,
  list: readonly { date: string; amount: number; channel?: string | undefined }[],
): Promise<void> {
  if (list.length === 0) return;
  await tx.insert(payments).values(
    list.map((payment) => ({
      id: crypto.randomUUID(),
      caseId,
      debtId,
      paidOn: payment.date,
      amountFen: payment.amount,
      channel: payment.channel ?? null,
    })),
  );
}

/** The cases the actor may see, the latest changed first. */
export async function listVisibleCases(db: Database | Transaction, actor: Actor): Promise<CaseSummary[]> {
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
 * How much of each contact a case file carries: 'full', as logged (exports, documents, reminders),
 * or 'facts', what the calculations read (time, channel, direction, flags, follow-up date) without
 * the texts, so that the analysis of a case with thousands of contacts stays small.
 */
export type ContactView = 'full' | 'facts';

/** The contact fields the analysis, the triage and the plan use (limitation, abusive collection). */
const FACT_FIELDS = ['at', 'channel', 'direction', 'flags', 'followUp'] as const;

function contactFacts(contact: ContactInput): Json {
  const source = contact as unknown as Json;
  return Object.fromEntries(
    FACT_FIELDS.filter((field) => source[field] !== undefined).map((f) => [f, source[f]]),
  );
}

/**
 * The whole case in the case-file format (what `shangan` reads): payments in date order, contacts
 * in time order, so the same case always exports to the same text.
 */
export async function readCaseFile(
  tx: Transaction,
  caseId: string,
  view: ContactView = 'full',
): Promise<CaseFileInput> {
  const [header] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!header) throw new Error(`case ${caseId} vanished`);
  const debtRows = await tx.select().from(debts).where(eq(debts.caseId, caseId)).orderBy(asc(debts.position));
  const paymentRows = await tx
    .select()
    .from(payments)
    .where(eq(payments.caseId, caseId))
    .orderBy(asc(payments.paidOn), asc(payments.amountFen));
  const contactRows = await listContactRows(tx, caseId);
  const file: Json = { version: 1, asOf: header.asOf };
  if (header.person) file.person = header.person;
  if (header.budget) file.budget = header.budget;
  if (header.circumstances) file.circumstances = header.circumstances;
  if (header.plan) file.plan = header.plan;
  file.debts = debtRows.map((row) => {
    const debtPayments = paymentRows
      .filter((payment) => payment.debtId === row.id)
      .map((payment) => ({
        date: payment.paidOn,
        amount: formatYuan(fen(payment.amountFen)),
        ...(payment.channel === null ? {} : { channel: payment.channel }),
      }));
    const debtContacts = contactRows
      .filter((contact) => contact.debtId === row.id)
      .map((row) => (view === 'full' ? row.contact : contactFacts(row.contact)));
    return {
      ...row.data,
      ...(debtPayments.length > 0 ? { payments: debtPayments } : {}),
      ...(debtContacts.length > 0 ? { contacts: debtContacts } : {}),
    };
  });
  // Every part was written from a checked case file; withCase parses it again before use.
  return file as unknown as CaseFileInput;
}

/**
 * Replaces a case's title, header, debts and payments with a checked case file. The contact log is
 * append-only and is not touched: removing a debt removes its log, nothing else changes it. Only
 * after claimRevision has moved the revision (and, on PostgreSQL, locked the case row).
 */
export async function replaceCaseFile(
  tx: Transaction,
  caseId: string,
  title: string,
  { written, parsed }: CheckedCaseFile,
): Promise<void> {
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
      person: written.person ?? null,
      budget: written.budget ?? null,
      circumstances: written.circumstances ?? null,
      plan: written.plan ?? null,
    })
    .where(eq(cases.id, caseId));
  for (const [position, debt] of parsed.debts.entries()) {
    const data = debtData(written.debts[position]);
    await tx
      .insert(debts)
      .values({ caseId, id: debt.id, position, data })
      .onConflictDoUpdate({ target: [debts.caseId, debts.id], set: { position, data } });
    await insertPayments(tx, caseId, debt.id, debt.payments);
  }
}

/** The ids of the case's debts, in case-file order. */
export async function listDebtIds(tx: Transaction, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: debts.id })
    .from(debts)
    .where(eq(debts.caseId, caseId))
    .orderBy(asc(debts.position));
  return rows.map((row) => row.id);
}

/**
 * Moves the case to its next revision if it is still at `expected` (null matches none), and answers
 * the new revision, or undefined when another write came first. Call it before touching any part of
 * the case file: on PostgreSQL the UPDATE takes the case row's lock, so a second writer with the same
 * `expected` waits for the first to commit, then re-checks the WHERE against the committed row
 * (READ COMMITTED), finds the revision moved and changes nothing: two edits can never mix.
 */
export async function claimRevision(
  tx: Transaction,
  caseId: string,
  expected: number | null,
): Promise<number | undefined> {
  if (expected === null) return undefined;
  const [row] = await tx
    .update(cases)
    .set({ revision: sql`${cases.revision} + 1`, updatedAt: sql`clock_timestamp()` })
    .where(and(eq(cases.id, caseId), eq(cases.revision, expected)))
    .returning({ revision: cases.revision });
  return row?.revision;
}

/** The case's revision as committed now (after a refused claim: the one to tell the client). */
export async function currentRevision(tx: Transaction, caseId: string): Promise<number> {
  const [row] = await tx.select({ revision: cases.revision }).from(cases).where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} vanished`);
  return row.revision;
}

/**
 * A new revision of the case whatever its current one: its case file changed by a write that does
 * not depend on it (a contact appended to the log). Answers the new revision.
 */
export async function touchCase(tx: Transaction, caseId: string): Promise<number> {
  const [row] = await tx
    .update(cases)
    .set({ revision: sql`${cases.revision} + 1`, updatedAt: sql`clock_timestamp()` })
    .where(eq(cases.id, caseId))
    .returning({ revision: cases.revision });
  if (!row) throw new Error(`case ${caseId} vanished`);
  return row.revision;
}

/** Deletes a case; its debts, payments, contacts, evidence and log go with it (ON DELETE CASCADE). */
export async function deleteCaseRow(tx: Transaction, caseId: string): Promise<void> {
  // The evidence bytes first, in batches: one cascading statement would hold PGlite's event loop.
  await deleteCaseChunks(tx, caseId);
  await tx.delete(cases).where(eq(cases.id, caseId));
}
