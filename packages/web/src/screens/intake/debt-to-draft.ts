import { rateToPercent } from './answer-text';
import { cardToDraft } from './card-to-draft';
import { type DebtDraft, type DebtInput, emptyDraft, type OfferDraft } from './debt-draft';
import { equalMonthlyInstalments } from './instalment-schedule';

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/**
 * A debt of the case file as the interview's answers, to edit it question by question: a credit card
 * through the card questions, any other debt through the loan questions. Whatever the interview
 * does not ask about (notes, the penalty rate, an uneven schedule, terms given alongside a schedule,
 * contract number, account, acceleration, a change of creditor, other offers, a loan's claim split)
 * is kept as it is and written back unchanged by draftToDebt.
 */
export function debtToDraft(debt: DebtInput): DebtDraft {
  const draft = emptyDraft(debt.id);
  draft.lender = debt.lender;
  draft.lenderType = debt.lenderType;
  if (debt.lenderType === 'credit_card') cardToDraft(debt, draft);
  else loanToDraft(debt, draft);
  keepOthers(debt, draft);
  draft.limitationEvents = (debt.limitationEvents ?? []).map((event) => ({
    date: event.date,
    kind: event.kind,
    note: event.note ?? '',
  }));
  draft.overdueSince = debt.overdueSince ?? '';
  draft.status = debt.status ?? '';
  draft.paymentOrderReceived = debt.paymentOrderReceived ?? '';
  draft.officialChannel = debt.officialChannel ?? '';
  if (debt.overdue !== undefined) draft.kept.overdue = debt.overdue;
  if (debt.notes !== undefined) draft.kept.notes = debt.notes;
  return draft;
}

/** What no question asks about, kept whole; the bank's plain instalment offers go to the card question. */
function keepOthers(debt: DebtInput, draft: DebtDraft): void {
  const { kept } = draft;
  if (debt.contractNumber !== undefined) kept.contractNumber = debt.contractNumber;
  if (debt.account !== undefined) kept.account = debt.account;
  if (debt.accelerated !== undefined) kept.accelerated = debt.accelerated;
  if (debt.creditorChange !== undefined) kept.creditorChange = debt.creditorChange;
  const offers = debt.offers ?? [];
  const asked = debt.lenderType === 'credit_card' ? offers.filter(isPlainLenderOffer) : [];
  draft.cardOffers = asked.map(
    (offer): OfferDraft => ({
      date: offer.date,
      periods: text(offer.periods),
      monthly: text(offer.monthly),
      total: text(offer.total),
    }),
  );
  const others = offers.filter((offer) => !asked.includes(offer));
  if (others.length > 0) kept.offers = others;
}

/** An offer the card question holds in full: the bank's open instalment offer and nothing more. */
function isPlainLenderOffer(offer: NonNullable<DebtInput['offers']>[number]): boolean {
  const extra = Object.keys(offer).filter(
    (key) => !['by', 'kind', 'date', 'periods', 'monthly', 'total', 'state'].includes(key),
  );
  return (
    offer.by === 'lender' &&
    offer.kind === 'instalments' &&
    (offer.state ?? 'open') === 'open' &&
    extra.length === 0
  );
}

function loanToDraft(debt: DebtInput, draft: DebtDraft): void {
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
  if (debt.claimed?.split !== undefined) draft.kept.split = debt.claimed.split;
}
