import { parseCalendarDate, periodsField } from '@shangan/core';
import { moneyText, percentToRate, wholeNumber } from './answer-text';
import { type AnswerField, type DebtDraft, type DebtInput, isBlankRow } from './debt-draft';
import { type DraftIssue, LOCAL_MESSAGES, type RowPart, rowField, splitBilingual } from './draft-issue';
import { instalmentRows } from './instalment-schedule';
import { type QuestionId, questionById } from './question-data';
import { isAnswered, isAsked } from './question-flow';

export interface DraftDebt {
  debt: DebtInput;
  issues: DraftIssue[];
  /** For each list, the draft row of each row in the debt (empty rows are left out). */
  rowIndex: { fees: number[]; payments: number[] };
}

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
 * (the terms after switching to a schedule) stays in the draft but does not reach the case.
 * The values themselves are checked by the core's schema afterwards (check-draft.ts).
 */
export function draftToDebt(draft: DebtDraft, asOf: string): DraftDebt {
  const issues: DraftIssue[] = [];
  const fail = (question: QuestionId, message: DraftIssue['message'], field = questionById(question).field) =>
    issues.push({ question, field, message });
  const answer = (field: AnswerField): string =>
    isAsked(questionById(field), draft) ? draft[field].trim() : '';

  for (const field of ['lender', 'lenderType', 'contractDate', 'principal'] as const) {
    const question = questionById(field);
    if (!isAnswered(question, draft)) {
      fail(field, question.kind === 'choice' ? LOCAL_MESSAGES.choose : LOCAL_MESSAGES.required);
    }
  }
  const debt: Record<string, unknown> = { id: draft.id };
  const put = (key: string, value: unknown) => {
    if (value !== '' && value !== undefined) debt[key] = value;
  };
  put('lender', answer('lender'));
  put('lenderType', answer('lenderType'));
  put('contractDate', answer('contractDate'));
  if (answer('principal') !== '') put('principal', moneyText(answer('principal')));
  if (answer('received') !== '') put('received', moneyText(answer('received')));

  const mode = answer('scheduleMode');
  if (mode === 'instalments') put('schedule', schedule(draft, fail));
  if (mode === 'kept') put('schedule', draft.kept.schedule);
  if (mode === 'terms') put('terms', terms(draft, fail));
  else if (mode === 'instalments' || mode === 'kept') put('terms', draft.kept.terms);

  const fees = listRows(draft, 'fees', ['name', 'amount', 'when'], fail);
  if (fees.rows.length > 0) {
    debt.fees = fees.rows.map((fee) => ({
      name: fee.name.trim(),
      amount: moneyText(fee.amount),
      when: fee.when,
    }));
  }
  const payments = listRows(draft, 'payments', ['date', 'amount'], fail);
  if (payments.rows.length > 0) {
    debt.payments = payments.rows.map((payment) => ({
      date: payment.date,
      amount: moneyText(payment.amount),
    }));
  }
  if (answer('claimedTotal') !== '') {
    if (answer('claimedDate') === '') fail('claimedDate', LOCAL_MESSAGES.required);
    else put('claimed', { date: answer('claimedDate'), total: moneyText(answer('claimedTotal')) });
  }
  put('overdueSince', answer('overdueSince'));
  put('status', answer('status'));
  put('paymentOrderReceived', answer('paymentOrderReceived'));
  put('officialChannel', answer('officialChannel'));
  put('overdue', draft.kept.overdue);
  put('notes', draft.kept.notes);
  put('contractNumber', draft.kept.contractNumber);
  put('account', draft.kept.account);
  // The card's facts only while the debt is still a card (the core refuses them on a loan).
  if (answer('lenderType') === 'credit_card') put('card', draft.kept.card);

  // The case's analysis date bounds these two (the core checks it again across the whole file).
  for (const field of ['contractDate', 'paymentOrderReceived'] as const) {
    const day = parseCalendarDate(answer(field));
    if (day !== undefined && day > asOf) fail(field, LOCAL_MESSAGES.notAfter(asOf));
  }
  return { debt: debt as DebtInput, issues, rowIndex: { fees: fees.index, payments: payments.index } };
}

type Fail = (question: QuestionId, message: DraftIssue['message'], field?: DraftIssue['field']) => void;

/** Equal monthly rows, once all three answers are there and the count is a whole number. */
function schedule(draft: DebtDraft, fail: Fail): DebtInput['schedule'] {
  const parts = ['instalmentAmount', 'instalmentCount', 'firstDueDate'] as const;
  const missing = parts.filter((field) => draft[field].trim() === '');
  for (const field of missing) fail(field, LOCAL_MESSAGES.required);
  if (missing.length > 0) return undefined;
  const count = periodsField.safeParse(wholeNumber(draft.instalmentCount));
  if (!count.success) {
    fail('instalmentCount', splitBilingual(count.error.issues[0]?.message ?? ''));
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
  for (const field of missing) {
    fail(field, questionById(field).kind === 'choice' ? LOCAL_MESSAGES.choose : LOCAL_MESSAGES.required);
  }
  const rate = percentToRate(draft.rate);
  if (draft.rate.trim() !== '' && rate === undefined) fail('rate', LOCAL_MESSAGES.rateFormat);
  // The core prices card instalments (flat_fee) only by a fee rate per period.
  const cardPlan = draft.method === 'flat_fee' && draft.rateKind !== '' && draft.rateKind !== 'feePerPeriod';
  if (cardPlan) fail('rateKind', LOCAL_MESSAGES.flatFeeRate);
  const periods = periodsField.safeParse(wholeNumber(draft.periods));
  if (draft.periods.trim() !== '' && !periods.success) {
    fail('periods', splitBilingual(periods.error.issues[0]?.message ?? ''));
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

/** The rows of a list answer the person filled in; a half-filled row names what it lacks. */
function listRows<K extends RowPart>(
  draft: DebtDraft,
  list: 'fees' | 'payments',
  parts: readonly K[],
  fail: Fail,
): { rows: Record<K, string>[]; index: number[] } {
  const question = questionById(list);
  const rows: Record<K, string>[] = [];
  const index: number[] = [];
  (draft[list] as unknown as Record<K, string>[]).forEach((row, position) => {
    if (isBlankRow(row)) return;
    rows.push(row);
    index.push(position);
    for (const part of parts) {
      if (row[part].trim() === '') {
        const message = part === 'when' ? LOCAL_MESSAGES.choose : LOCAL_MESSAGES.required;
        fail(list, message, rowField(question, position, part));
      }
    }
  });
  return { rows, index };
}
