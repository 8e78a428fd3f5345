import { parseCalendarDate } from '@shangan/core';

/**
 * A revolving card's contractDate when its opening date is not known: the earliest date the debt
 * gives (the first missed due date, a payment, an event, the bank's statement, an offer). On a
 * card the opening date starts neither interest nor limitation (card-schema.ts), so no figure
 * depends on this stand-in, and no date of the debt can fall before it. debtToDraft recognises it
 * and leaves the opening date unanswered.
 */
export function earliestDate(debt: Record<string, unknown>): string | undefined {
  const dates: unknown[] = [
    (debt.card as { firstMissedDueDate?: unknown } | undefined)?.firstMissedDueDate,
    (debt.claimed as { date?: unknown } | undefined)?.date,
    debt.overdueSince,
    debt.accelerated,
    debt.paymentOrderReceived,
    ...(['payments', 'limitationEvents', 'offers'] as const).flatMap((list) =>
      Array.isArray(debt[list]) ? (debt[list] as { date?: unknown }[]).map((row) => row.date) : [],
    ),
    ...(((debt.overdue as { lateFees?: { date?: unknown }[] } | undefined)?.lateFees ?? []).map(
      (row) => row.date,
    ) as unknown[]),
  ];
  const valid = dates.filter(
    (day): day is string => typeof day === 'string' && parseCalendarDate(day) !== undefined,
  );
  return [...valid].sort()[0];
}
