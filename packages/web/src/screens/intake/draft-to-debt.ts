import { parseCalendarDate, periodsField } from '@shangan/core';
import { moneyText, percentToRate, wholeNumber } from './answer-text';
import { earliestDate } from './card-opening-date';
import { cardToDebt } from './card-to-debt';
import type { AnswerField, DebtDraft, DebtInput } from './debt-draft';
import { type DraftIssue, firstIssueWords, LOCAL_MESSAGES } from './draft-issue';
import { instalmentRows } from './instalment-schedule';
import { type Fail, listRows } from './list-rows';
import { type QuestionId, questionById } from './question-data';
import { askedQuestions, isAnswered, isAsked, isRequired } from './question-flow';

export interface DraftDebt {
  debt: DebtInput;
  issues: DraftIssue[];
  /** For each list of the debt, the draft row of each of its rows (empty rows are left out). */
  rowIndex: RowIndex;
}

/** The case file's lists, by their name in the debt. */
export type RowIndex = Record<'fees' | 'payments' | 'limitationEvents' | 'offers', number[]>;

/** The rate question's kinds and the case file's field for each. */
const RATE_FIELDS = {
  annual: 'annualRate',
  monthly: 'monthlyRate',
  daily: 'dailyRate',
  feePerPeriod: 'feeRatePerPeriod',
} as const;

function isRateKind(value: string): value is keyof typeof RATE_FIELDS {
  return value in RATE_FIELDS;
}

/**
 * Turns the answers into a debt of the case file, and lists what is missing or cannot be read yet.
 * Only questions the interview asks for this draft count: an answer to a question no longer asked
 * (the terms after switching to a schedule, the loan questions of a debt that became a card) stays
 * in the draft but does not reach the case. The values themselves are checked by the core's schema
 * afterwards (check-draft.ts).
 */
export function draftToDebt(draft: DebtDraft, asOf: string): DraftDebt {
  const issues: DraftIssue[] = [];
  const fail: Fail = (question, message, field = questionById(question).field) =>
    issues.push({ question, field, message });
  const answer = (field: AnswerField): string =>
    isAsked(questionById(field), draft) ? draft[field].trim() : '';

  // Every required question asked and left empty; its own checks below only read what is there.
  for (const question of askedQuestions(draft)) {
    if (isRequired(question, draft) && !isAnswered(question, draft)) {
      fail(question.id, question.kind === 'choice' ? LOCAL_MESSAGES.choose : LOCAL_MESSAGES.required);
    }
  }
  const debt: Record<string, unknown> = { id: draft.id };
  const put = (key: string, value: unknown) => {
    if (value !== '' && value !== undefined) debt[key] = value;
  };
  put('lender', answer('lender'));
  put('lenderType', answer('lenderType'));
  const isCard = answer('lenderType') === 'credit_card';
  if (isCard) {
    for (const [key, value] of Object.entries(cardToDebt(draft, answer, fail))) put(key, value);
  } else {
    put('contractDate', answer('contractDate'));
    if (answer('principal') !== '') put('principal', moneyText(answer('principal')));
    if (answer('received') !== '') put('received', moneyText(answer('received')));
    const mode = answer('scheduleMode');
    if (mode === 'instalments') put('schedule', schedule(draft, fail));
    if (mode === 'kept') put('schedule', draft.kept.schedule);
    if (mode === 'terms') put('terms', terms(draft, fail));
    else if (mode === 'instalments' || mode === 'kept') put('terms', draft.kept.terms);
  }

  const fees = listRows(draft, 'fees', ['name', 'amount', 'when'], fail);
  if (isAsked(questionById('fees'), draft) && fees.rows.length > 0) {
    debt.fees = fees.rows.map((fee) => ({
      name: (fee.name ?? '').trim(),
      amount: moneyText(fee.amount ?? ''),
      when: fee.when,
    }));
  }
  const paymentList = isAsked(questionById('cardPayments'), draft) ? 'cardPayments' : 'payments';
  const payments = listRows(draft, paymentList, ['date', 'amount'], fail);
  if (isAsked(questionById(paymentList), draft) && payments.rows.length > 0) {
    debt.payments = payments.rows.map((payment) => ({
      date: payment.date,
      amount: moneyText(payment.amount ?? ''),
    }));
  }
  if (answer('claimedTotal') !== '' && answer('claimedDate') !== '') {
    const { split } = draft.kept;
    put('claimed', {
      date: answer('claimedDate'),
      total: moneyText(answer('claimedTotal')),
      ...(split === undefined ? {} : { split }),
    });
  }
  put('overdueSince', answer('overdueSince'));
  put('accelerated', draft.kept.accelerated);
  const events = listRows(draft, 'limitationEvents', ['date', 'kind'], fail);
  if (events.rows.length > 0) {
    debt.limitationEvents = events.rows.map((event) => ({
      date: event.date,
      kind: event.kind,
      ...((event.note ?? '').trim() === '' ? {} : { note: (event.note ?? '').trim() }),
    }));
  }
  const offers = listRows(draft, 'cardOffers', ['date'], fail);
  const owned = isAsked(questionById('cardOffers'), draft) ? offers.rows.map(lenderOffer) : [];
  if (owned.length + (draft.kept.offers?.length ?? 0) > 0)
    debt.offers = [...owned, ...(draft.kept.offers ?? [])];
  put('status', answer('status'));
  put('paymentOrderReceived', answer('paymentOrderReceived'));
  put('officialChannel', answer('officialChannel'));
  put('contractNumber', draft.kept.contractNumber);
  put('account', draft.kept.account);
  put('creditorChange', draft.kept.creditorChange);
  put('overdue', draft.kept.overdue);
  put('notes', draft.kept.notes);
  // A card whose opening date is not known: the earliest date of the debt stands in (see below).
  if (isCard && debt.contractDate === undefined) put('contractDate', earliestDate(debt));

  // The case's analysis date bounds these two (the core checks it again across the whole file).
  const contractQuestion = contractDateQuestion(draft);
  for (const [field, day] of [
    [contractQuestion, parseCalendarDate(String(debt.contractDate ?? ''))],
    ['paymentOrderReceived', parseCalendarDate(answer('paymentOrderReceived'))],
  ] as const) {
    if (day !== undefined && day > asOf) fail(field, LOCAL_MESSAGES.notAfter(asOf));
  }
  return {
    debt: debt as DebtInput,
    issues,
    rowIndex: {
      fees: fees.index,
      payments: payments.index,
      limitationEvents: events.index,
      offers: isAsked(questionById('cardOffers'), draft) ? offers.index : [],
    },
  };
}

/** The bank's instalment offer as the case file holds it (offers, by the lender, open). */
function lenderOffer(row: Record<string, string>): NonNullable<DebtInput['offers']>[number] {
  const periods = (row.periods ?? '').trim();
  const monthly = (row.monthly ?? '').trim();
  const total = (row.total ?? '').trim();
  return {
    by: 'lender',
    kind: 'instalments',
    date: row.date ?? '',
    ...(periods === '' ? {} : { periods: wholeNumber(periods) as number }),
    ...(monthly === '' ? {} : { monthly: moneyText(monthly) }),
    ...(total === '' ? {} : { total: moneyText(total) }),
  };
}

/** The question whose answer is the debt's contractDate: the loan's, the plan's start, the card's opening. */
function contractDateQuestion(draft: DebtDraft): QuestionId {
  for (const id of ['contractDate', 'cardPlanStart', 'cardOpenDate', 'cardFirstMissed'] as const) {
    const question = questionById(id);
    if (isAsked(question, draft) && (id === 'cardFirstMissed' || isAnswered(question, draft))) return id;
  }
  return 'contractDate';
}

/** Equal monthly rows, once all three answers are there and the count is a whole number. */
function schedule(draft: DebtDraft, fail: Fail): DebtInput['schedule'] {
  const parts = ['instalmentAmount', 'instalmentCount', 'firstDueDate'] as const;
  if (parts.some((field) => draft[field].trim() === '')) return undefined;
  const count = periodsField.safeParse(wholeNumber(draft.instalmentCount));
  if (!count.success) {
    fail('instalmentCount', firstIssueWords(count.error, wholeNumber(draft.instalmentCount)));
    return undefined;
  }
  const anchor = parseCalendarDate(draft.firstDueDate.trim());
  // A date the browser's date field cannot produce; the schema would name it on every row.
  if (anchor === undefined)
    return [{ date: draft.firstDueDate.trim(), amount: moneyText(draft.instalmentAmount) }];
  return instalmentRows(moneyText(draft.instalmentAmount), count.data, anchor);
}

/** The contract's terms, once method, kind of rate, rate and periods are all answered. */
function terms(draft: DebtDraft, fail: Fail): DebtInput['terms'] {
  const parts = ['method', 'rateKind', 'rate', 'periods'] as const;
  const missing = parts.filter((field) => draft[field].trim() === '');
  const rate = percentToRate(draft.rate);
  if (draft.rate.trim() !== '' && rate === undefined) fail('rate', LOCAL_MESSAGES.rateFormat);
  // The core prices card instalments (flat_fee) only by a fee rate per period.
  const cardPlan = draft.method === 'flat_fee' && draft.rateKind !== '' && draft.rateKind !== 'feePerPeriod';
  if (cardPlan) fail('rateKind', LOCAL_MESSAGES.flatFeeRate);
  const periods = periodsField.safeParse(wholeNumber(draft.periods));
  if (draft.periods.trim() !== '' && !periods.success) {
    fail('periods', firstIssueWords(periods.error, wholeNumber(draft.periods)));
  }
  if (
    missing.length > 0 ||
    rate === undefined ||
    !isRateKind(draft.rateKind) ||
    cardPlan ||
    !periods.success
  ) {
    return undefined;
  }
  const frequency = draft.frequency.trim();
  const firstDueDate = draft.firstDueDate.trim();
  return {
    method: draft.method as NonNullable<DebtInput['terms']>['method'],
    periods: periods.data,
    ...(frequency === '' ? {} : { frequency: frequency as 'monthly' }),
    [RATE_FIELDS[draft.rateKind]]: rate,
    ...(firstDueDate === '' ? {} : { firstDueDate }),
    ...(draft.kept.dayCount === undefined ? {} : { dayCount: draft.kept.dayCount }),
  };
}
