import type { Debt } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import type { DatedAmount } from '../legal/supported-amount.js';
import { type Fen, sumFen } from '../money/fen.js';

export interface CardFacts {
  /** The first missed 到期还款日: interest and charges on the card run from it. */
  firstMissed: CalendarDate | null;
  /** Taken from overdueSince because the person did not give it (said in a finding). */
  assumed: boolean;
  /** The latest due date the bank set: limitation for the whole balance runs from it. */
  limitationStart: CalendarDate | null;
  /** The daily overdraft rate as an annual simple rate, when known. */
  annualRate: number | null;
  /** The bank's stated charges other than interest (违约金, 分期手续费, 年费, 其他), on the claim date. */
  charges: DatedAmount[];
}

/**
 * A revolving card's facts for the court method (ADR 0020): the card principal is the debt's
 * principal; charges are counted from the first missed due date, at the card's own daily rate and
 * with the bank's stated fees, all within the 24 % reference on the principal.
 */
export function cardFacts(debt: Debt): CardFacts | null {
  if (debt.lenderType !== 'credit_card' || debt.terms || debt.schedule) return null;
  const given = debt.card?.firstMissedDueDate ?? null;
  const firstMissed = given ?? (debt.overdueSince ? addDays(debt.overdueSince, -1) : null);
  const split = debt.claimed?.split;
  const listed: Fen[] = [split?.instalmentFees, split?.annualFees, split?.other].filter(
    (amount): amount is Fen => amount !== undefined && amount > 0,
  );
  const lateFees = debt.overdue?.lateFees ? [] : [split?.lateFees].filter((a): a is Fen => (a ?? 0) > 0);
  const total = sumFen([...listed, ...lateFees]);
  return {
    firstMissed,
    assumed: given === null && firstMissed !== null,
    limitationStart: debt.card?.lastDueDate ?? firstMissed,
    annualRate: debt.card?.dailyRate === undefined ? null : debt.card.dailyRate * 365,
    charges: debt.claimed && total > 0 ? [{ date: debt.claimed.date, amount: total }] : [],
  };
}
