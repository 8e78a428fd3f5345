/**
 * Where the negotiation of one debt stands. The first ten states are the road from first contact to
 * a clean credit report, in order; `broken` (the agreement was not kept, by either side) and
 * `failed` (the lender refused, or the person gave up on this channel) sit beside it.
 */
export const NEGOTIATION_STATES = [
  'not_started',
  'contacted',
  'offer_sent',
  'countered',
  'agreed_verbal',
  'agreed_written',
  'paying',
  'settled',
  'certificate_received',
  'credit_checked',
  'broken',
  'failed',
] as const;
export type NegotiationState = (typeof NEGOTIATION_STATES)[number];

/** A debt with no recorded event has not been negotiated yet. */
export const INITIAL_NEGOTIATION_STATE: NegotiationState = 'not_started';

const CHAIN: readonly NegotiationState[] = NEGOTIATION_STATES.slice(0, 10);
const OFF_CHAIN = new Set<NegotiationState>(['broken', 'failed']);

/** After a broken agreement the person starts over: contact the lender again, or send a new offer. */
const RESTART_STATES = new Set<NegotiationState>(['contacted', 'offer_sent']);

/** Where a debt's negotiation stands: the state of its latest event, oldest first; not_started without one. */
export function currentNegotiationState(history: readonly { state: NegotiationState }[]): NegotiationState {
  return history.at(-1)?.state ?? INITIAL_NEGOTIATION_STATE;
}

export function isNegotiationState(value: string): value is NegotiationState {
  return (NEGOTIATION_STATES as readonly string[]).includes(value);
}

/**
 * Whether a debt may move from one state to another:
 * - forward along the chain, skipping steps (a lender may accept the first offer in writing, so
 *   offer_sent → agreed_written is fine), never backward;
 * - from any other state to broken or failed — even late ones: a lender can still refuse the
 *   settlement certificate or keep reporting the debt as unpaid;
 * - from broken back to contacted or offer_sent, to restart.
 * Staying in the same state is not a move.
 */
export function canMove(from: NegotiationState, to: NegotiationState): boolean {
  if (from === to) return false;
  if (OFF_CHAIN.has(to)) return true;
  if (from === 'broken') return RESTART_STATES.has(to);
  const fromIndex = CHAIN.indexOf(from);
  const toIndex = CHAIN.indexOf(to);
  return fromIndex >= 0 && toIndex > fromIndex;
}

/** Every state reachable in one move from `from`, in chain order (for pickers). */
export function nextStates(from: NegotiationState): NegotiationState[] {
  return NEGOTIATION_STATES.filter((to) => canMove(from, to));
}
