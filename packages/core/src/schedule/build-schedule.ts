import { type Fen, fen } from '../money/fen.js';
import { addPeriods, dueDates } from './due-dates.js';
import { splitInstalments } from './instalment-methods.js';
import type { Schedule, ScheduleRow, ScheduleTerms } from './schedule-types.js';

/** Builds the full repayment schedule of a loan from its terms. */
export function buildSchedule(terms: ScheduleTerms): Schedule {
  const { method, principal, frequency, periodicRate, perPeriodFee = fen(0) } = terms;
  const dates = method === 'bullet' ? [bulletDueDate(terms)] : dueDates(terms.periods, frequency, terms);
  const splits = splitInstalments(method, principal, terms.periods, periodicRate);
  let balance = principal as number;
  const rows: ScheduleRow[] = splits.map((split, index) => {
    balance -= split.principal;
    const fee = split.fee + perPeriodFee;
    return {
      period: index + 1,
      date: dates[index] ?? null,
      payment: fen(split.principal + split.interest + fee),
      principal: fen(split.principal),
      interest: fen(split.interest),
      fee: fen(fee),
      balance: fen(balance),
    };
  });
  return { payment: rows[0]?.payment ?? fen(0), rows, totals: totalsOf(rows) };
}

/** A bullet loan has one due date: firstDueDate, else `periods` periods after the start. */
function bulletDueDate({ firstDueDate, startDate, periods, frequency }: ScheduleTerms) {
  if (firstDueDate) return firstDueDate;
  return startDate ? addPeriods(startDate, periods, frequency) : null;
}

function totalsOf(rows: readonly ScheduleRow[]): Schedule['totals'] {
  const sum = (pick: (row: ScheduleRow) => Fen) => fen(rows.reduce((total, row) => total + pick(row), 0));
  return {
    payment: sum((r) => r.payment),
    principal: sum((r) => r.principal),
    interest: sum((r) => r.interest),
    fee: sum((r) => r.fee),
  };
}
