import type { Debt } from '../case/case-schema.js';
import { type CalendarDate, maxDate } from '../dates/calendar-date.js';
import { addDays, addYears } from '../dates/date-arithmetic.js';
import type { ContractCashFlows } from './contract-cash-flows.js';

/** 民法典 第188条: three years. */
export const LIMITATION_YEARS = 3;

export type LimitationView =
  /** The start is not known (a card without its first missed due date): nothing can be said. */
  | { state: 'unknown' }
  | { state: 'running'; since: CalendarDate; expiresOn: CalendarDate }
  | { state: 'possibly_expired'; since: CalendarDate; expiredOn: CalendarDate }
  /** It had run, and a later payment or acknowledgement gave the defence up (第192条; 规定 第19条). */
  | { state: 'waived'; since: CalendarDate; expiredOn: CalendarDate; waivedOn: CalendarDate };

interface LimitationEvent {
  date: CalendarDate;
  /** Whether the event, made after expiry, gives the defence up (the debtor's own act). */
  waives: boolean;
}

/**
 * Where limitation stands on asOf. It runs from the last instalment's due date (第189条) — for a
 * card from its last missed 到期还款日, never from the opening date (银行卡规定 第3条); for a debt
 * without terms or a schedule from the day before overdueSince, else it is unknown — and restarts
 * on every demand that reached the person, payment, acknowledgement, suit, debit or police report
 * made while it ran (第195条; 诉讼时效规定 第8、14条). A demand after expiry does not revive it; the
 * person's own payment or acknowledgement after expiry waives the defence.
 */
export function assessLimitation(
  debt: Debt,
  flows: ContractCashFlows | null,
  cardStart: CalendarDate | null,
  asOf: CalendarDate,
): LimitationView {
  const start = flows
    ? [debt.contractDate, ...flows.due.map((d) => d.date)].reduce(maxDate)
    : debt.lenderType === 'credit_card'
      ? cardStart
      : // Without the due dates only the first missed one is known (the day before overdueSince);
        // the contract date would start the period too early and could call a live debt time-barred.
        debt.overdueSince
        ? addDays(debt.overdueSince, -1)
        : null;
  if (start === null) return { state: 'unknown' };
  const events: LimitationEvent[] = [
    ...debt.payments.map((p) => ({ date: p.date, waives: true })),
    ...debt.limitationEvents.map((e) => ({
      date: e.date,
      waives: e.kind === 'acknowledgement',
    })),
    ...(debt.claimed ? [{ date: debt.claimed.date, waives: false }] : []),
    ...(debt.paymentOrderReceived ? [{ date: debt.paymentOrderReceived, waives: false }] : []),
    // A logged call or message from the creditor's side is a demand (诉讼时效规定 第8条).
    ...debt.contacts
      .filter((contact) => contact.direction === 'incoming')
      .map((contact) => ({ date: contact.at.slice(0, 10) as CalendarDate, waives: false })),
  ]
    .filter((event) => event.date <= asOf)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  let since = start;
  for (const event of events) {
    const expiredOn = addYears(since, LIMITATION_YEARS);
    if (event.date <= expiredOn) since = maxDate(since, event.date);
    else if (event.waives) return { state: 'waived', since, expiredOn, waivedOn: event.date };
  }
  const expiredOn = addYears(since, LIMITATION_YEARS);
  return expiredOn >= asOf
    ? { state: 'running', since, expiresOn: expiredOn }
    : { state: 'possibly_expired', since, expiredOn };
}
