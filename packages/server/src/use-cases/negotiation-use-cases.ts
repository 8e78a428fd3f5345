import type { DebtNegotiation } from '@shangan/contract';
import { type CaseFile, canMove, type NegotiationState, negotiationStateOf, nextStates } from '@shangan/core';
import type { Database } from '../db/open-database.js';
import { ExpectedError } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { listDebtIds } from '../repositories/case-repository.js';
import { requireDebt } from '../repositories/debt-access.js';
import {
  debtHistory,
  insertNegotiationEvent,
  negotiationLog,
} from '../repositories/negotiation-repository.js';
import { withCase } from './with-case.js';

/** The recorded state moved on by the case file's facts (agreement, payments): core's negotiationStateOf. */
function stateOf(caseFile: CaseFile, debtId: string, history: readonly { state: NegotiationState }[]) {
  const debt = caseFile.debts.find((candidate) => candidate.id === debtId);
  return debt ? negotiationStateOf(history, debt, caseFile.asOf) : (history.at(-1)?.state ?? 'not_started');
}

/**
 * Moves a debt's negotiation to a new state if the move is allowed from the current one (the
 * latest event's, moved on by the case file's facts); 409 invalid_transition otherwise. The debt row is locked while its history is
 * read and the event written, so two moves at once cannot both start from the same state.
 */
export async function moveNegotiation(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  move: { state: NegotiationState; note?: string | undefined },
): Promise<DebtNegotiation> {
  return withCase(db, actor, caseId, 'write_negotiation', async (tx, theCase) => {
    await requireDebt(tx, caseId, debtId, { lock: true });
    const { parsed } = await theCase.calculationFile();
    const from = stateOf(parsed, debtId, await debtHistory(tx, caseId, debtId));
    if (!canMove(from, move.state)) {
      throw new ExpectedError({
        code: 'invalid_transition',
        params: { from, to: move.state, allowed: nextStates(from) },
      });
    }
    await insertNegotiationEvent(tx, caseId, debtId, { state: move.state, note: move.note ?? null });
    const history = await debtHistory(tx, caseId, debtId);
    return { debtId, state: stateOf(parsed, debtId, history), history };
  });
}

/** Every debt of the case, in case order, with its state and history (debts never touched included). */
export async function listNegotiation(
  db: Database,
  actor: Actor,
  caseId: string,
): Promise<DebtNegotiation[]> {
  return withCase(db, actor, caseId, 'read_negotiation', async (tx, theCase) => {
    const { parsed } = await theCase.calculationFile();
    const events = await negotiationLog(tx, caseId);
    return (await listDebtIds(tx, caseId)).map((id) => {
      const history = events
        .filter((event) => event.debtId === id)
        .map(({ debtId: _debtId, ...event }) => event);
      return { debtId: id, state: stateOf(parsed, id, history), history };
    });
  });
}
