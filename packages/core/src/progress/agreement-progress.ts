import type { CalendarDate } from '../dates/calendar-date.js';
import { addDays, addMonths } from '../dates/date-arithmetic.js';
import { type Fen, fen, sumFen } from '../money/fen.js';
import type { Agreement } from '../negotiation/agreement-schema.js';

/**
 * paid — covered in full by its due date (plus the grace days); paid_late — covered in full, but
 * only after that; part_paid — partly covered, not yet late; missed — not covered in full and late;
 * due — not yet due and nothing paid towards it.
 */
export type InstalmentState = 'paid' | 'paid_late' | 'part_paid' | 'missed' | 'due';

export interface InstalmentProgress {
  /** 1-based, in date order. */
  seq: number;
  dueOn: CalendarDate;
  amount: Fen;
  /** What the payments so far cover of this instalment. */
  paid: Fen;
  /** The day the payments covered it in full; null while they do not. */
  paidOn: CalendarDate | null;
  /** The last day it may be paid without counting as missed: the due date plus the grace days. */
  lateAfter: CalendarDate;
  state: InstalmentState;
}

export interface AgreementProgress {
  total: Fen;
  /** Payments counted towards the agreement (at most the total: more is an overpayment). */
  paid: Fen;
  remaining: Fen;
  /** Paid beyond the agreed total: the person should ask for it back or for it to be credited. */
  overpaid: Fen;
  instalments: InstalmentProgress[];
  /** The first instalment not yet paid in full, and what is still owed on it. */
  nextDue: { dueOn: CalendarDate; amount: Fen } | null;
  /** Instalments missed or paid late: each is a default under most agreements. */
  defaults: number;
  settled: boolean;
  lastDueOn: CalendarDate;
}

/** The payment dated `date` or later counts towards the agreement (see `countsFrom`). */
export function countsFrom(agreement: Agreement): CalendarDate {
  const first = agreement.instalments[0]?.dueOn;
  // Without a signing date: payments from a month before the first instalment. A payment made
  // for the agreement is rarely earlier than that; one made for the original loan usually is.
  return agreement.signedOn ?? (first ? addMonths(first, -1) : ('0000-01-01' as CalendarDate));
}

/**
 * How far an agreement has got on `asOf`: the payments dated from the signing day up to `asOf`,
 * in date order, fill the instalments in order (an overpayment carries into the next one). An
 * instalment covered in full after its due date plus the grace days counts as paid late: the
 * agreement may treat that as a default even though the money has since arrived.
 */
export function agreementProgress(
  agreement: Agreement,
  payments: readonly { date: CalendarDate; amount: Fen }[],
  asOf: CalendarDate,
): AgreementProgress {
  const start = countsFrom(agreement);
  const counted = payments
    .filter((payment) => payment.date >= start && payment.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const graceDays = agreement.terms.graceDays;
  let paymentIndex = 0;
  let leftOfPayment = counted[0]?.amount ?? 0;
  const instalments = agreement.instalments.map((instalment, index): InstalmentProgress => {
    let covered = 0;
    let coveredOn: CalendarDate | null = null;
    while (covered < instalment.amount && paymentIndex < counted.length) {
      const take = Math.min(leftOfPayment, instalment.amount - covered);
      covered += take;
      leftOfPayment -= take;
      if (covered === instalment.amount) coveredOn = counted[paymentIndex]?.date ?? null;
      if (leftOfPayment === 0) {
        paymentIndex++;
        leftOfPayment = counted[paymentIndex]?.amount ?? 0;
      }
    }
    const lateAfter = addDays(instalment.dueOn, graceDays);
    return {
      seq: index + 1,
      dueOn: instalment.dueOn,
      amount: instalment.amount,
      paid: fen(covered),
      paidOn: coveredOn,
      lateAfter,
      state: instalmentState(instalment.amount, covered, coveredOn, lateAfter, asOf),
    };
  });
  const countedTotal = sumFen(counted.map((payment) => payment.amount));
  const paid = fen(Math.min(countedTotal, agreement.total));
  const next = instalments.find((instalment) => instalment.paid < instalment.amount);
  return {
    total: agreement.total,
    paid,
    remaining: fen(agreement.total - paid),
    overpaid: fen(Math.max(0, countedTotal - agreement.total)),
    instalments,
    nextDue: next ? { dueOn: next.dueOn, amount: fen(next.amount - next.paid) } : null,
    defaults: instalments.filter((i) => i.state === 'missed' || i.state === 'paid_late').length,
    settled: paid === agreement.total,
    lastDueOn: instalments.at(-1)?.dueOn ?? start,
  };
}

function instalmentState(
  amount: number,
  covered: number,
  coveredOn: CalendarDate | null,
  lateAfter: CalendarDate,
  asOf: CalendarDate,
): InstalmentState {
  if (covered === amount) return coveredOn !== null && coveredOn > lateAfter ? 'paid_late' : 'paid';
  if (asOf > lateAfter) return 'missed';
  return covered > 0 ? 'part_paid' : 'due';
}
