import type { PlanRoute } from '../plan/plan-debt.js';
import type { Reminder, ReminderKind } from '../reminders/derive-reminders.js';
import type { NegotiationState } from './negotiation-states.js';

/** What the person should do next about one debt; the messages say it in words. */
export type NextActionKey =
  | 'file_objection'
  | 'raise_limitation'
  | 'report_unlicensed'
  | 'first_call'
  | 'mark_contacted'
  | 'send_offer'
  | 'await_reply'
  | 'weigh_counter'
  | 'get_in_writing'
  | 'record_agreement'
  | 'pay_instalment'
  | 'mark_settled'
  | 'chase_certificate'
  | 'check_credit'
  | 'done'
  | 'restart'
  | 'other_routes';

export interface NextAction {
  action: NextActionKey;
  /** The reminder that gives the action its date, when there is one. */
  reminder: Reminder | undefined;
}

/** Each state's usual next step, and which kind of reminder dates it. */
const BY_STATE: Record<NegotiationState, { action: NextActionKey; datedBy: ReminderKind | undefined }> = {
  not_started: { action: 'first_call', datedBy: 'contact_follow_up' },
  contacted: { action: 'send_offer', datedBy: 'contact_follow_up' },
  offer_sent: { action: 'await_reply', datedBy: 'contact_follow_up' },
  countered: { action: 'weigh_counter', datedBy: 'contact_follow_up' },
  agreed_verbal: { action: 'get_in_writing', datedBy: 'contact_follow_up' },
  agreed_written: { action: 'pay_instalment', datedBy: 'instalment_due' },
  paying: { action: 'pay_instalment', datedBy: 'instalment_due' },
  settled: { action: 'chase_certificate', datedBy: 'certificate_follow_up' },
  certificate_received: { action: 'check_credit', datedBy: 'credit_report_check' },
  credit_checked: { action: 'done', datedBy: undefined },
  broken: { action: 'restart', datedBy: 'contact_follow_up' },
  failed: { action: 'other_routes', datedBy: undefined },
};

/** Paid off: a payment order no longer needs an objection, and nothing is due. */
const PAID_OFF = new Set<NegotiationState>(['settled', 'certificate_received', 'credit_checked']);

/**
 * The next action for a debt, derived from its negotiation state and its reminders (which the
 * server derives from the case file, the agreements and the negotiation):
 * - a debt that may be time-barred, or is from an unlicensed lender, is not negotiated: raise
 *   limitation in writing, or report the lender (after a payment-order deadline, which comes first);
 * - a payment-order objection deadline still ahead comes first, whatever the state, unless the debt
 *   is paid off: it is the one date with a legal consequence;
 * - otherwise the state's usual next step, dated by the matching reminder. A debt not started with
 *   contacts logged is to be marked contacted. Once a written agreement
 *   is recorded its unpaid instalments are the reminders; with none recorded, the next step is to
 *   record it; with every instalment paid, the debt can be marked settled.
 */
export function deriveNextAction(input: {
  state: NegotiationState;
  reminders: readonly Reminder[];
  hasAgreement: boolean;
  /** Contacts are logged apart from the progress: one logged on a debt not started yet means talks began. */
  hasContacts: boolean;
  today: string;
  /** How the debt is dealt with (plan-debt.ts); a debt one does not negotiate has no calls to make. */
  route?: PlanRoute;
}): NextAction {
  const { state, reminders, hasAgreement, hasContacts, today } = input;
  const objection = reminders.find(
    (reminder) => reminder.kind === 'payment_order_objection' && reminder.date >= today,
  );
  if (objection && !PAID_OFF.has(state)) return { action: 'file_objection', reminder: objection };
  if (input.route === 'limitation_defence') return { action: 'raise_limitation', reminder: undefined };
  if (input.route === 'unlicensed') return { action: 'report_unlicensed', reminder: undefined };
  const { action, datedBy } = BY_STATE[state];
  const reminder = datedBy === undefined ? undefined : pickReminder(reminders, datedBy, today);
  if (action === 'first_call' && hasContacts) return { action: 'mark_contacted', reminder };
  if (action !== 'pay_instalment') return { action, reminder };
  if (!hasAgreement) return { action: 'record_agreement', reminder: undefined };
  return reminder === undefined ? { action: 'mark_settled', reminder } : { action, reminder };
}

/**
 * Unpaid instalments: the oldest first (an overdue one is the next to pay). Other kinds: the first
 * on or after today, else the latest one before it (overdue), so an old, done follow-up does not
 * hide a newer one.
 */
function pickReminder(
  reminders: readonly Reminder[],
  kind: ReminderKind,
  today: string,
): Reminder | undefined {
  const matching = reminders.filter((reminder) => reminder.kind === kind).sort(byDate);
  if (kind === 'instalment_due') return matching[0];
  return matching.find((reminder) => reminder.date >= today) ?? matching.at(-1);
}

function byDate(a: Reminder, b: Reminder): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
