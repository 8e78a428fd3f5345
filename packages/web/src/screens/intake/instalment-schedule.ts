import { addPeriods, type CalendarDate, parseCalendarDate, parseMoney } from '@shangan/core';
import type { DebtInput } from './debt-draft';

type ScheduleRows = NonNullable<DebtInput['schedule']>;

/**
 * "每期还多少、共几期、首期还款日" as the lender's schedule: `count` equal rows, one a month from the
 * first due date, counted from that anchor (a plan due on the 31st returns to the 31st after
 * February), exactly as the core counts months.
 */
export function instalmentRows(amount: string, count: number, firstDueDate: CalendarDate): ScheduleRows {
  return Array.from({ length: count }, (_, index) => ({
    date: addPeriods(firstDueDate, index, 'monthly'),
    amount,
  }));
}

/**
 * The three answers behind a schedule when it is one of equal monthly rows (what instalmentRows
 * makes); undefined when it is not, and the schedule is then kept as the case file has it.
 */
export function equalMonthlyInstalments(
  rows: ScheduleRows,
): { amount: string; count: number; firstDueDate: string } | undefined {
  const [first] = rows;
  if (first === undefined) return undefined;
  const anchor = parseCalendarDate(first.date);
  const amount = parseMoney(first.amount);
  if (anchor === undefined || !amount.ok) return undefined;
  const regular = rows.every((row, index) => {
    const rowAmount = parseMoney(row.amount);
    return (
      rowAmount.ok && rowAmount.value === amount.value && row.date === addPeriods(anchor, index, 'monthly')
    );
  });
  return regular ? { amount: String(first.amount), count: rows.length, firstDueDate: first.date } : undefined;
}
