import { randomUUID } from 'node:crypto';
import {
  canMove,
  INITIAL_NEGOTIATION_STATE,
  NEGOTIATION_STATE_LABELS,
  type NegotiationState,
  nextStates,
} from '@shangan/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { instantText } from '../db/instant-text.js';
import type { Database } from '../db/open-database.js';
import { debts, negotiationEvents } from '../db/schema.js';
import type { Actor } from './actor.js';
import { requireCase } from './case-access.js';
import { requireDebt } from './debt-access.js';

export interface NegotiationEvent {
  state: NegotiationState;
  note: string | null;
  /** When it was recorded: '2026-11-21T08:00:00.123456Z'. */
  at: string;
}

export interface DebtNegotiation {
  debtId: string;
  /** The latest event's state; not_started when there is none. */
  state: NegotiationState;
  /** Oldest first. */
  history: NegotiationEvent[];
}

/** One event as it travels in an export (log.json). */
export interface LoggedNegotiationEvent extends NegotiationEvent {
  debtId: string;
}

export type MoveResult =
  | { ok: true; value: DebtNegotiation }
  | { ok: false; from: NegotiationState; to: NegotiationState; message: string };

/**
 * Records that a debt's negotiation moved to a new state, if the move is allowed from the current
 * one (the latest event's). The debt row is locked while its history is read and the event written,
 * so two moves at once cannot both start from the same state.
 */
export async function moveNegotiation(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  move: { state: NegotiationState; note?: string | undefined },
): Promise<MoveResult> {
  return db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId, 'write_negotiation');
    await requireDebt(tx, caseId, debtId, { lock: true });
    const from = currentState(await debtHistory(tx, caseId, debtId));
    if (!canMove(from, move.state)) {
      return { ok: false, from, to: move.state, message: refusal(from, move.state) };
    }
    await tx.insert(negotiationEvents).values({
      id: randomUUID(),
      caseId,
      debtId,
      state: move.state,
      note: move.note ?? null,
      // Strictly after the previous event even when the clock has not moved on (or went back):
      // "latest" must always be the one written last. greatest() skips the NULL of a first event.
      at: sql`greatest(now(), (select max(e.at) from negotiation_events e where e.case_id = ${caseId} and e.debt_id = ${debtId}) + interval '1 microsecond')`,
    });
    const history = await debtHistory(tx, caseId, debtId);
    return { ok: true, value: { debtId, state: currentState(history), history } };
  });
}

/** Every debt of the case, in case order, with its state and history (debts never touched included). */
export async function listNegotiation(
  db: Database,
  actor: Actor,
  caseId: string,
): Promise<DebtNegotiation[]> {
  await requireCase(db, actor, caseId, 'read_negotiation');
  const debtRows = await db
    .select({ id: debts.id })
    .from(debts)
    .where(eq(debts.caseId, caseId))
    .orderBy(asc(debts.position));
  const events = await negotiationLog(db, caseId);
  return debtRows.map(({ id }) => {
    const history = events
      .filter((event) => event.debtId === id)
      .map(({ debtId: _debtId, ...event }) => event);
    return { debtId: id, state: currentState(history), history };
  });
}

/**
 * All events of a case in a fixed order (debt order, then time; state and note only break ties that
 * moveNegotiation never writes), as the export's log.json holds them. No permission check: callers
 * have done it.
 */
export async function negotiationLog(db: Database, caseId: string): Promise<LoggedNegotiationEvent[]> {
  const rows = await db
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

/** Writes events from an export as they were, original times included (within the import's transaction). */
export async function restoreNegotiation(
  db: Database,
  caseId: string,
  events: readonly LoggedNegotiationEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await db.insert(negotiationEvents).values(
    events.map((event) => ({
      id: randomUUID(),
      caseId,
      debtId: event.debtId,
      state: event.state,
      note: event.note,
      at: event.at,
    })),
  );
}

async function debtHistory(db: Database, caseId: string, debtId: string): Promise<NegotiationEvent[]> {
  const rows = await db
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

function currentState(history: readonly NegotiationEvent[]): NegotiationState {
  return history.at(-1)?.state ?? INITIAL_NEGOTIATION_STATE;
}

function refusal(from: NegotiationState, to: NegotiationState): string {
  const zh = NEGOTIATION_STATE_LABELS.zh;
  const allowed = nextStates(from);
  return (
    `不能从「${zh[from]}」改为「${zh[to]}」，现在可以改为：${allowed.map((state) => zh[state]).join('、')} ` +
    `(cannot move from ${from} to ${to}; allowed: ${allowed.join(', ')})`
  );
}
