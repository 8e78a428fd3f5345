import type { TriageAnswers } from '../start/triage-questions';
import type { DebtDraft, DebtInput } from './debt-draft';
import type { QuestionId } from './question-data';

/**
 * A new debt's status starts from the start screen's answers: a payment order (with the day it arrived) or a
 * lawsuit is offered as this debt's status until a saved debt carries it; collectors crossing the
 * line make "being chased" the likely status. The status question says it was pre-filled, and the
 * person confirms or changes it.
 */
export function prefillFromTriage(
  draft: DebtDraft,
  answers: TriageAnswers,
  saved: readonly DebtInput[],
): DebtDraft {
  const carries = (status: string) =>
    saved.some(
      (debt) =>
        debt.status === status || (status === 'payment_order' && debt.paymentOrderReceived !== undefined),
    );
  const prefill = (status: string, received = ''): DebtDraft => {
    const prefilled: QuestionId[] = received === '' ? ['status'] : ['status', 'paymentOrderReceived'];
    return { ...draft, status, paymentOrderReceived: received, prefilled };
  };
  if (answers.paymentOrder === 'yes' && !carries('payment_order')) {
    return prefill('payment_order', answers.paymentOrderDate ?? '');
  }
  if (answers.sued === 'yes' && !carries('lawsuit')) return prefill('lawsuit');
  if (answers.harassment === 'yes') return prefill('collection');
  return draft;
}
