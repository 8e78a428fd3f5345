import { rateToPercent } from './answer-text';
import { type DebtDraft, type DebtInput, emptyDraft } from './debt-draft';
import { equalMonthlyInstalments } from './instalment-schedule';

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/**
 * A debt of the case file as the interview's answers, to edit it question by question. Whatever the
 * interview does not ask about (notes, the penalty rate, an uneven schedule, terms given alongside a
 * schedule) is kept as it is and written back unchanged by draftToDebt.
 */
export function debtToDraft(debt: DebtInput): DebtDraft {
  const draft = emptyDraft(debt.id);
  draft.lender = debt.lender;
  draft.lenderType = debt.lenderType;
  draft.contractDate = debt.contractDate;
  draft.principal = text(debt.principal);
  draft.received = text(debt.received);
  if (debt.schedule !== undefined) {
    const equal = equalMonthlyInstalments(debt.schedule);
    if (equal === undefined) {
      draft.scheduleMode = 'kept';
      draft.kept.schedule = debt.schedule;
    } else {
      draft.scheduleMode = 'instalments';
      draft.instalmentAmount = equal.amount;
      draft.instalmentCount = String(equal.count);
      draft.firstDueDate = equal.firstDueDate;
    }
    if (debt.terms !== undefined) draft.kept.terms = debt.terms;
  } else if (debt.terms !== undefined) {
    const { terms } = debt;
    draft.scheduleMode = 'terms';
    draft.method = terms.method;
    draft.periods = String(terms.periods);
    draft.frequency = terms.frequency ?? '';
    draft.firstDueDate = terms.firstDueDate ?? '';
    const stated = (
      [
        ['annual', terms.annualRate],
        ['monthly', terms.monthlyRate],
        ['daily', terms.dailyRate],
        ['feePerPeriod', terms.feeRatePerPeriod],
      ] as const
    ).find(([, rate]) => rate !== undefined);
    if (stated !== undefined) {
      draft.rateKind = stated[0];
      draft.rate = rateToPercent(text(stated[1]));
    }
    if (terms.dayCount !== undefined) draft.kept.dayCount = terms.dayCount;
  }
  draft.fees = (debt.fees ?? []).map((fee) => ({ name: fee.name, amount: text(fee.amount), when: fee.when }));
  draft.payments = (debt.payments ?? []).map((payment) => ({
    date: payment.date,
    amount: text(payment.amount),
  }));
  draft.claimedTotal = text(debt.claimed?.total);
  draft.claimedDate = debt.claimed?.date ?? '';
  draft.overdueSince = debt.overdueSince ?? '';
  draft.status = debt.status ?? '';
  draft.paymentOrderReceived = debt.paymentOrderReceived ?? '';
  draft.officialChannel = debt.officialChannel ?? '';
  if (debt.overdue !== undefined) draft.kept.overdue = debt.overdue;
  if (debt.notes !== undefined) draft.kept.notes = debt.notes;
  if (debt.contractNumber !== undefined) draft.kept.contractNumber = debt.contractNumber;
  if (debt.account !== undefined) draft.kept.account = debt.account;
  if (debt.card !== undefined) draft.kept.card = debt.card;
  return draft;
}
