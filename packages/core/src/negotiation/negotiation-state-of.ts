import type { Debt } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { agreementProgress } from '../progress/agreement-progress.js';
import { currentNegotiationState, NEGOTIATION_STATES, type NegotiationState } from './negotiation-states.js';

/** broken and failed are the person's own word: facts never move a debt out of them. */
const PERSONS_WORD = new Set<NegotiationState>(['broken', 'failed']);

/**
 * Where the facts of the case file put a debt: a recorded agreement is agreed in writing; a payment
 * towards it, paying; the agreement paid in full, settled. A payment dated after the analysis date
 * still counts: it is a fact.
 */
export function negotiationStateFromFacts(debt: Debt, asOf: CalendarDate): NegotiationState {
  if (!debt.agreement) return 'not_started';
  const lastPayment = debt.payments
    .map((payment) => payment.date)
    .sort()
    .at(-1);
  const until = lastPayment !== undefined && lastPayment > asOf ? lastPayment : asOf;
  const progress = agreementProgress(debt.agreement, debt.payments, until);
  if (progress.settled) return 'settled';
  return progress.paid > 0 ? 'paying' : 'agreed_written';
}

/**
 * A debt's negotiation state: the recorded one, moved on by the facts (agreement recorded →
 * agreed_written, first payment → paying, all paid → settled), never moved back by them. The person
 * corrects it by recording a later state (certificate received, credit checked) or broken / failed,
 * which stand until they restart.
 */
export function negotiationStateOf(
  history: readonly { state: NegotiationState }[],
  debt: Debt,
  asOf: CalendarDate,
): NegotiationState {
  const recorded = currentNegotiationState(history);
  if (PERSONS_WORD.has(recorded)) return recorded;
  const facts = negotiationStateFromFacts(debt, asOf);
  return NEGOTIATION_STATES.indexOf(facts) > NEGOTIATION_STATES.indexOf(recorded) ? facts : recorded;
}
