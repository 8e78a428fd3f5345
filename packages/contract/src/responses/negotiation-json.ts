import type { NegotiationState } from '@shangan/core';

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
