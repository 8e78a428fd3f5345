import type { Debt } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { type Fen, fen, sumFen } from '../money/fen.js';
import { countsFrom } from './agreement-progress.js';

export interface BalancePoint {
  date: CalendarDate;
  /** What the agreements leave to pay once every instalment due by this day is paid. */
  planned: Fen;
  /** What is really left after the payments made by this day; null for days after the analysis date. */
  actual: Fen | null;
}

/**
 * The agreed debts' balance over time, plan against actual: one point at the first day payments
 * count from, then one on each instalment's due date. Each debt's paid amount is capped at its
 * agreed total (an overpayment does not make the balance negative). Empty without an agreement.
 */
export function balanceOverTime(debts: readonly Debt[], asOf: CalendarDate): BalancePoint[] {
  const agreed = debts.flatMap((debt) => (debt.agreement ? [{ debt, agreement: debt.agreement }] : []));
  if (agreed.length === 0) return [];
  const starts = agreed.map(({ agreement }) => countsFrom(agreement));
  const dues = agreed.flatMap(({ agreement }) => agreement.instalments.map((instalment) => instalment.dueOn));
  // 'YYYY-MM-DD' sorts as text in date order.
  const first = [...starts].sort()[0] as CalendarDate;
  const days = [...new Set([first, ...dues])].sort();
  const total = sumFen(agreed.map(({ agreement }) => agreement.total));
  return days.map((day) => {
    const due = sumFen(
      agreed.flatMap(({ agreement }) =>
        agreement.instalments
          .filter((instalment) => instalment.dueOn <= day)
          .map((instalment) => instalment.amount),
      ),
    );
    const paid = sumFen(
      agreed.map(({ debt, agreement }, index) => {
        const from = starts[index] as CalendarDate;
        const made = sumFen(
          debt.payments.filter((payment) => payment.date >= from && payment.date <= day).map((p) => p.amount),
        );
        return fen(Math.min(made, agreement.total));
      }),
    );
    return { date: day, planned: fen(total - due), actual: day <= asOf ? fen(total - paid) : null };
  });
}
