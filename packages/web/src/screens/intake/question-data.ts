import { PAYMENT_ORDER_OBJECTION_DAYS } from '@shangan/core';
import questionFile from '../../../../../content/interview/debt-questions.json';

/**
 * The debt interview's questions as data (content/interview/debt-questions.json, reviewed by a
 * lawyer): order, wording, help, which case-file fields each one fills. question-data.test.ts checks
 * the file against these types and the core's enums.
 */

export interface Localized {
  zh: string;
  en: string;
}

/**
 * Asked only when a draft field has one of these values (`in`), none of them (`notIn`), or (filled)
 * any value. A field whose own question is not asked counts as empty: the card questions' answers
 * do not steer the loan questions once the debt is no longer a card, and the other way round.
 */
export interface Condition {
  field: string;
  in?: string[];
  notIn?: string[];
  filled?: boolean;
  /** Also asked while the question itself still holds an answer (so it can be seen and cleared). */
  orFilled?: boolean;
}

export interface QuestionOption {
  value: string;
  label: Localized;
  explain: Localized;
  /**
   * Offered only when the draft has this: an uneven schedule kept from the case file, or a card's
   * plan that is not a fee per period.
   */
  requires?: 'keptSchedule' | 'keptCardPlan';
}

export const QUESTION_IDS = [
  'lender',
  'lenderType',
  'cardLast4',
  'cardStatementDay',
  'cardDueDay',
  'cardBalance',
  'cardBalanceDate',
  'cardSplit',
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
  'cardPayments',
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
  'fees',
  'payments',
  'claimedTotal',
  'claimedDate',
  'overdueSince',
  'cardOffers',
  'limitationEvents',
  'status',
  'paymentOrderReceived',
  'officialChannel',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTION_KINDS = [
  'text',
  'choice',
  'date',
  'money',
  'integer',
  'rate',
  'fees',
  'payments',
  'split',
  'events',
  'offers',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  required: boolean;
  requiredWhen?: Condition;
  when?: Condition;
  /** Money that may be 0 (what the lender claims); other amounts must be above 0. */
  min?: 'nonnegative';
  /** A rate question's kind of rate (its unit); without it, the draft's rateKind answer decides. */
  rateKind?: 'annual' | 'monthly' | 'daily' | 'feePerPeriod';
  /** Case-file paths this question fills (`*` for any list index). */
  owns: string[];
  /** The question, as the screen's heading and the control's label. */
  text: Localized;
  /** A short name of the field, for messages ("合同本金：…"). */
  field: Localized;
  hint?: Localized;
  /** The help's summary; "怎么找到这个数字？" when absent. */
  helpTitle?: Localized;
  help: Localized;
  options?: QuestionOption[];
}

export interface QuestionFile {
  $comment: string;
  version: 1;
  questions: Question[];
}

/** `{days}` in the texts is the objection period of the core, never a number typed twice. */
function fillDays(text: Localized): Localized {
  const days = String(PAYMENT_ORDER_OBJECTION_DAYS);
  return { zh: text.zh.replaceAll('{days}', days), en: text.en.replaceAll('{days}', days) };
}

function withDays(item: Question): Question {
  return {
    ...item,
    text: fillDays(item.text),
    help: fillDays(item.help),
    ...(item.hint ? { hint: fillDays(item.hint) } : {}),
    ...(item.options
      ? { options: item.options.map((choice) => ({ ...choice, explain: fillDays(choice.explain) })) }
      : {}),
  };
}

export const RAW_QUESTIONS = questionFile as QuestionFile;

export const QUESTIONS: readonly Question[] = RAW_QUESTIONS.questions.map(withDays);

const byId = new Map(QUESTIONS.map((item) => [item.id, item]));

export function questionById(id: QuestionId): Question {
  const found = byId.get(id);
  if (!found) throw new Error(`question ${id} is missing from debt-questions.json`);
  return found;
}

export function isQuestionId(value: string): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value);
}
