import type { NegotiationEvent } from '@shangan/contract';
import type { NegotiationState } from '@shangan/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { instantText } from '../db/instant-text.js';
import type { Transaction } from '../db/open-database.js';
import { debts, negotiationEvents } from '../db/schema.js';

/** One event as it travels in an export (log.json). */
export interface LoggedNegotiationEvent extends NegotiationEvent {
  debtId: string;
}

/**
 * Records that a debt's negotiation moved to `state` (the caller checked the move and holds the
 * debt's lock). Its time is strictly after the previous event's even when the clock has not moved
 * on (or went back): "latest" must always be the one written last. greatest() skips the NULL of a
 * first event.
 */
export async function insertNegotiationEvent(
  tx: Transaction,
  caseId: string,
  debtId: string,
  move: { state: NegotiationState; note: string | null },
): Promise<void> {
  await tx.insert(negotiationEvents).values({
    id: crypto.randomUUID(),
    caseId,
    debtId,
    state: move.state,
    note: move.note,
    at: sql`greatest(now(), (select max(e.at) from negotiation_events e where e.case_id = ${caseId} and e.debt_id = ${debtId}) + interval '1 microsecond')`,
  });
}

/**
 * All events of a case in a fixed order (debt order, then time; state and note only break ties
 * that insertNegotiationEvent never writes), as the export's log.json holds them.
 */
export async function negotiationLog(tx: Transaction, caseId: string): Promise<LoggedNegotiationEvent[]> {
  const rows = await tx
    .select({
      debtId: negotiationEvents.debtId,
      state: negotiationEvents.state,
      note: negotiationEvents.note,
      at: instantText(negotiationEvents.at),
    })
    .from(negotiationEvents)
    .innerJoin(debts, and(eq(debts.caseId, negotiationEvents.caseId), eq(debts.id, negotiationEvents.debtId)))
    .where(eq(negotiationEvents.caseId, caseId))
    .orderBy(
      asc(debts.position),
      asc(negotiationEvents.at),
      asc(negotiationEvents.state),
      asc(negotiationEvents.note),
    );
  return rows.map((row) => ({ ...row, state: row.state as NegotiationState }));
}

/** One debt's events, oldest first. */
export async function debtHistory(
  tx: Transaction,
  caseId: string,
  debtId: string,
): Promise<NegotiationEvent[]> {
  const rows = await tx
    .select({
      state: negotiationEvents.state,
      note: negotiationEvents.note,
      at: instantText(negotiationEvents.at),
    })
    .from(negotiationEvents)
    .where(and(eq(negotiationEvents.caseId, caseId), eq(negotiationEvents.debtId, debtId)))
    .orderBy(asc(negotiationEvents.at), asc(negotiationEvents.state), asc(negotiationEvents.note));
  return rows.map((row) => ({ ...row, state: row.state as NegotiationState }));
}

/** Writes events from an export as they were, original times included. */
export async function restoreNegotiation(
  tx: Transaction,
  caseId: string,
  events: readonly LoggedNegotiationEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(negotiationEvents).values(
    events.map((event) => ({
      id: crypto.randomUUID(),
      caseId,
      debtId: event.debtId,
      state: event.state,
      note: event.note,
      at: event.at,
    })),
  );
}
