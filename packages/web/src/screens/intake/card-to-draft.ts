import { rateToPercent } from './answer-text';
import { earliestDate } from './card-opening-date';
import { type DebtDraft, type DebtInput, SPLIT_PARTS } from './debt-draft';

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/**
 * A credit card of the case file as the card questions' answers (the reverse of card-to-debt.ts):
 * no plan → revolving; terms `flat_fee` priced per period → instalments; anything else (a
 * schedule, other terms) → kept as it is. The card's own fields are kept whole, so the ones the
 * chosen mode does not ask about (lastDueDate, a plan card's daily rate) are written back unchanged.
 */
export function cardToDraft(debt: DebtInput, draft: DebtDraft): void {
  const { card, terms, schedule } = debt;
  if (card !== undefined) draft.kept.card = card;
  draft.cardLast4 = card?.last4 ?? '';
  draft.cardStatementDay = text(card?.statementDay);
  draft.cardDueDay = text(card?.dueDay);
  draft.cardBalance = text(debt.claimed?.total);
  draft.cardBalanceDate = debt.claimed?.date ?? '';
  for (const part of SPLIT_PARTS) draft.cardSplit[part] = text(debt.claimed?.split?.[part]);
  const plainPlan =
    schedule === undefined &&
    terms?.method === 'flat_fee' &&
    terms.feeRatePerPeriod !== undefined &&
    (terms.frequency ?? 'monthly') === 'monthly';
  if (terms === undefined && schedule === undefined) {
    draft.cardPlan = 'revolving';
    draft.cardPrincipal = text(debt.principal);
    draft.cardDailyRate = card?.dailyRate === undefined ? '' : rateToPercent(card.dailyRate);
    draft.cardFirstMissed = card?.firstMissedDueDate ?? '';
    draft.cardPayments = (debt.payments ?? []).map((payment) => ({
      date: payment.date,
      amount: text(payment.amount),
    }));
    // The stand-in for an unknown opening date reads back as "not known".
    const standIn = earliestDate({ ...debt, contractDate: undefined } as Record<string, unknown>);
    draft.cardOpenDate = debt.contractDate === standIn ? '' : debt.contractDate;
    return;
  }
  draft.cardPlanPrincipal = text(debt.principal);
  draft.cardPlanStart = debt.contractDate;
  draft.payments = (debt.payments ?? []).map((payment) => ({
    date: payment.date,
    amount: text(payment.amount),
  }));
  if (plainPlan && terms !== undefined) {
    draft.cardPlan = 'instalments';
    draft.cardPlanFeeRate = rateToPercent(text(terms.feeRatePerPeriod));
    draft.cardPlanPeriods = String(terms.periods);
    draft.cardPlanFirstDue = terms.firstDueDate ?? '';
    if (terms.dayCount !== undefined) draft.kept.dayCount = terms.dayCount;
  } else {
    draft.cardPlan = 'kept';
    if (schedule !== undefined) draft.kept.schedule = schedule;
    if (terms !== undefined) draft.kept.terms = terms;
  }
}
