import type { CaseFileInput } from '@shangan/core';
import { isQuestionId, type QuestionId } from './question-data';

/** One debt as the case file holds it (money as yuan text, the way the server stores it). */
export type DebtInput = CaseFileInput['debts'][number];

/** The answers that are lists of rows. */
export type ListField = 'fees' | 'payments' | 'cardPayments' | 'limitationEvents' | 'cardOffers';

/** The questions answered with one line of text (everything but the lists and the claim's split). */
export type AnswerField = Exclude<QuestionId, ListField | 'cardSplit'>;

/** `when`: 'upfront', 'per_period', or a date kept from the case file (a fee paid once). */
export type FeeDraft = { name: string; amount: string; when: string };

export type PaymentDraft = { date: string; amount: string };

/** Something that interrupts limitation: `kind` is one of the core's LIMITATION_EVENT_KINDS. */
export type EventDraft = { date: string; kind: string; note: string };

/** The bank's instalment offer (个性化分期): periods and money as typed. */
export type OfferDraft = { date: string; periods: string; monthly: string; total: string };

/** The parts of the balance a card's bank states (claimed.split), as typed. */
export const SPLIT_PARTS = [
  'principal',
  'interest',
  'lateFees',
  'instalmentFees',
  'annualFees',
  'other',
] as const;
export type SplitPart = (typeof SPLIT_PARTS)[number];
export type SplitDraft = Record<SplitPart, string>;

export const EMPTY_SPLIT: SplitDraft = {
  principal: '',
  interest: '',
  lateFees: '',
  instalmentFees: '',
  annualFees: '',
  other: '',
};

/** Parts of a debt the interview does not ask about: kept exactly as the case file had them. */
export interface KeptFields {
  overdue?: NonNullable<DebtInput['overdue']>;
  notes?: string;
  /** A lender's schedule that is not n equal monthly instalments (kept while "kept" is chosen). */
  schedule?: NonNullable<DebtInput['schedule']>;
  /** Terms given alongside a schedule: they still decide the loan's period. */
  terms?: NonNullable<DebtInput['terms']>;
  /** The contract's day count, when its terms gave one. */
  dayCount?: NonNullable<DebtInput['terms']>['dayCount'];
  /** A card's fields as the case file had them (lastDueDate, and those of the mode not asked). */
  card?: NonNullable<DebtInput['card']>;
  /** The claim's split of a debt that is not a card (the interview asks it for cards only). */
  split?: NonNullable<NonNullable<DebtInput['claimed']>['split']>;
  /** Offers other than the bank's plain instalment offers the card questions hold. */
  offers?: NonNullable<DebtInput['offers']>;
  contractNumber?: string;
  account?: string;
  accelerated?: string;
  creditorChange?: NonNullable<DebtInput['creditorChange']>;
}

/**
 * The answers as typed, before they are a valid debt: every value is the person's own text, so
 * nothing is lost or reformatted while they type, and a half-answered debt survives a reload.
 */
export interface DebtDraft extends Record<AnswerField, string> {
  id: string;
  fees: FeeDraft[];
  payments: PaymentDraft[];
  /** A revolving card's payments (the last one at least). */
  cardPayments: PaymentDraft[];
  cardSplit: SplitDraft;
  limitationEvents: EventDraft[];
  cardOffers: OfferDraft[];
  kept: KeptFields;
  /** Questions pre-filled from the start screen's answers, until the person confirms them. */
  prefilled: QuestionId[];
}

export type Answer =
  | { field: AnswerField; value: string }
  | { field: 'fees'; value: FeeDraft[] }
  | { field: 'payments' | 'cardPayments'; value: PaymentDraft[] }
  | { field: 'limitationEvents'; value: EventDraft[] }
  | { field: 'cardOffers'; value: OfferDraft[] }
  | { field: 'cardSplit'; value: SplitDraft };

export const ANSWER_FIELDS: readonly AnswerField[] = [
  'lender',
  'lenderType',
  'cardLast4',
  'cardStatementDay',
  'cardDueDay',
  'cardBalance',
  'cardBalanceDate',
  'cardPlan',
  'cardPrincipal',
  'cardDailyRate',
  'cardFirstMissed',
  'cardOpenDate',
  'cardPlanPrincipal',
  'cardPlanStart',
  'cardPlanFeeRate',
  'cardPlanPeriods',
  'cardPlanFirstDue',
  'contractDate',
  'principal',
  'received',
  'scheduleMode',
  'instalmentAmount',
  'instalmentCount',
  'method',
  'rateKind',
  'rate',
  'frequency',
  'periods',
  'firstDueDate',
  'claimedTotal',
  'claimedDate',
  'overdueSince',
  'status',
  'paymentOrderReceived',
  'officialChannel',
];

export function emptyDraft(id: string): DebtDraft {
  const answers = Object.fromEntries(ANSWER_FIELDS.map((field) => [field, ''])) as Record<
    AnswerField,
    string
  >;
  return {
    ...answers,
    id,
    fees: [],
    payments: [],
    cardPayments: [],
    cardSplit: { ...EMPTY_SPLIT },
    limitationEvents: [],
    cardOffers: [],
    kept: {},
    prefilled: [],
  };
}

/**
 * Records one answer. A card instalment plan (flat_fee) is priced by a fee rate per period, so
 * choosing it also picks that kind of rate (the core refuses flat_fee with any other).
 */
export function applyAnswer(draft: DebtDraft, answer: Answer): DebtDraft {
  const prefilled = draft.prefilled.filter((id) => id !== answer.field);
  const next: DebtDraft = { ...draft, [answer.field]: answer.value, prefilled };
  if (answer.field === 'method' && answer.value === 'flat_fee') next.rateKind = 'feePerPeriod';
  return next;
}

/** A row the person left completely empty is no row at all. */
export function isBlankRow(row: Readonly<Record<string, string>>): boolean {
  return Object.values(row).every((value) => value.trim() === '');
}

/** The next free id of the form d1, d2, …: stable, short, and never one already in use. */
export function nextDebtId(usedIds: readonly string[]): string {
  const numbers = usedIds.map((id) => /^d(\d+)$/.exec(id)?.[1]).map(Number);
  const highest = Math.max(0, ...numbers.filter(Number.isSafeInteger));
  return `d${highest + 1}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function rows<K extends string>(value: unknown, keys: readonly K[]): Record<K, string>[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecord)
    .map((row) => Object.fromEntries(keys.map((key) => [key, text(row[key])])) as Record<K, string>);
}

/**
 * A draft read back from this device's storage, or undefined when it is not one (an older or
 * damaged entry). Answers are taken only as strings; the kept parts go back into the debt, which
 * the core's schema checks before any save, so stored data never reaches the case unchecked.
 */
export function restoreDraft(value: unknown): DebtDraft | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id === '') return undefined;
  const draft = emptyDraft(value.id);
  for (const field of ANSWER_FIELDS) draft[field] = text(value[field]);
  draft.fees = rows(value.fees, ['name', 'amount', 'when'] as const);
  draft.payments = rows(value.payments, ['date', 'amount'] as const);
  draft.cardPayments = rows(value.cardPayments, ['date', 'amount'] as const);
  draft.limitationEvents = rows(value.limitationEvents, ['date', 'kind', 'note'] as const);
  draft.cardOffers = rows(value.cardOffers, ['date', 'periods', 'monthly', 'total'] as const);
  draft.cardSplit = rows([value.cardSplit], SPLIT_PARTS)[0] ?? { ...EMPTY_SPLIT };
  draft.kept = isRecord(value.kept) ? (value.kept as KeptFields) : {};
  draft.prefilled = Array.isArray(value.prefilled)
    ? value.prefilled.filter((id): id is QuestionId => typeof id === 'string' && isQuestionId(id))
    : [];
  return draft;
}
