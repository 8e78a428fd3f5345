import type { CaseFile } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { fen } from '../money/fen.js';
import { agreementProgress } from '../progress/agreement-progress.js';
import type { Commitment } from './commitment.js';

/**
 * What the signed agreements still ask for, as commitments the plan must keep: each instalment's
 * unpaid part on its due date (a missed one is due at once: it falls in the plan's first month).
 * A settled agreement asks for nothing more.
 */
export function agreementCommitments(caseFile: CaseFile, asOf: CalendarDate): Commitment[] {
  return caseFile.debts.flatMap((debt) => {
    if (!debt.agreement) return [];
    const progress = agreementProgress(debt.agreement, debt.payments, asOf);
    const instalments = progress.instalments
      .filter((instalment) => instalment.paid < instalment.amount)
      .map((instalment) => ({ date: instalment.dueOn, amount: fen(instalment.amount - instalment.paid) }));
    return [{ debtId: debt.id, instalments }];
  });
}
