import { periodsField } from '@shangan/core';
import { moneyText, percentToRate, wholeNumber } from './answer-text';
import { type AnswerField, type DebtDraft, type DebtInput, SPLIT_PARTS } from './debt-draft';
import { firstIssueWords, LOCAL_MESSAGES } from './draft-issue';
import type { Fail } from './list-rows';
import { questionById } from './question-data';
import { isAsked } from './question-flow';

type Card = NonNullable<DebtInput['card']>;
type Split = NonNullable<NonNullable<DebtInput['claimed']>['split']>;

/** The parts of a credit card's debt the card questions fill (the rest is common to all debts). */
export interface CardParts {
  principal?: string;
  /** The opening date or the plan's start; undefined for a revolving card whose opening is not known. */
  contractDate?: string;
  terms?: DebtInput['terms'];
  schedule?: DebtInput['schedule'];
  card?: Card;
  claimed?: NonNullable<DebtInput['claimed']>;
}

/**
 * A credit card as its statement describes it (packages/core/src/case/card-schema.ts):
 * - revolving (没有分期): principal is the card principal (透支本金), or the split's principal when
 *   only that was given; the card's daily rate and first missed due date go into `card`, and the
 *   opening date, when known, is the contractDate (it starts neither interest nor limitation);
 * - instalments (分期): principal and start of the plan, terms `flat_fee` at its fee rate per period;
 * - kept: a plan entered another way (a schedule, other terms) stays exactly as it was.
 * The balance the bank states is the claim, with its split where known. `answer` is '' for a
 * question not asked, so card fields of the other mode come back unchanged from the case file.
 */
export function cardToDebt(draft: DebtDraft, answer: (field: AnswerField) => string, fail: Fail): CardParts {
  const parts: CardParts = {};
  const plan = answer('cardPlan');
  const split = splitOf(draft, answer('cardBalance') !== '');
  if (answer('cardBalance') !== '' && answer('cardBalanceDate') !== '') {
    parts.claimed = {
      date: answer('cardBalanceDate'),
      total: moneyText(answer('cardBalance')),
      ...(split === undefined ? {} : { split }),
    };
  }
  if (plan === 'revolving') {
    const principal =
      answer('cardPrincipal') || (split?.principal === undefined ? '' : String(split.principal));
    if (principal === '') fail('cardPrincipal', LOCAL_MESSAGES.cardPrincipal);
    else parts.principal = moneyText(principal);
    if (answer('cardOpenDate') !== '') parts.contractDate = answer('cardOpenDate');
  } else if (plan === 'instalments' || plan === 'kept') {
    if (answer('cardPlanPrincipal') !== '') parts.principal = moneyText(answer('cardPlanPrincipal'));
    if (answer('cardPlanStart') !== '') parts.contractDate = answer('cardPlanStart');
    if (plan === 'kept') {
      if (draft.kept.schedule !== undefined) parts.schedule = draft.kept.schedule;
      if (draft.kept.terms !== undefined) parts.terms = draft.kept.terms;
    } else {
      parts.terms = planTerms(draft, answer, fail);
    }
  }
  const card = cardFields(draft, answer, fail);
  if (card !== undefined) parts.card = card;
  return parts;
}

/** The split typed in (each part as the case file's money text); undefined when none is. */
function splitOf(draft: DebtDraft, asked: boolean): Split | undefined {
  if (!asked) return undefined;
  const entries = SPLIT_PARTS.map((part) => [part, draft.cardSplit[part].trim()] as const).filter(
    ([, typed]) => typed !== '',
  );
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([part, typed]) => [part, moneyText(typed)])) as Split;
}

/** 分期: a fee per period on the original amount, monthly (the card's own plans are monthly). */
function planTerms(
  draft: DebtDraft,
  answer: (field: AnswerField) => string,
  fail: Fail,
): DebtInput['terms'] | undefined {
  const typedRate = answer('cardPlanFeeRate');
  const rate = percentToRate(typedRate);
  if (typedRate !== '' && rate === undefined) fail('cardPlanFeeRate', LOCAL_MESSAGES.rateFormat);
  const typedPeriods = answer('cardPlanPeriods');
  const periods = periodsField.safeParse(wholeNumber(typedPeriods));
  if (typedPeriods !== '' && !periods.success) {
    fail('cardPlanPeriods', firstIssueWords(periods.error, wholeNumber(typedPeriods)));
  }
  if (rate === undefined || !periods.success) return undefined;
  const firstDueDate = answer('cardPlanFirstDue');
  return {
    method: 'flat_fee',
    periods: periods.data,
    feeRatePerPeriod: rate,
    ...(firstDueDate === '' ? {} : { firstDueDate }),
    ...(draft.kept.dayCount === undefined ? {} : { dayCount: draft.kept.dayCount }),
  };
}

/**
 * The card's own fields: those the questions asked, over those the case file had (lastDueDate, and
 * the daily rate or first missed due date of a card now on a plan, which the plan questions do not ask).
 */
function cardFields(draft: DebtDraft, answer: (field: AnswerField) => string, fail: Fail): Card | undefined {
  const card: Record<string, unknown> = { ...draft.kept.card };
  const set = (key: keyof Card, asked: AnswerField, value: (typed: string) => unknown) => {
    const typed = answer(asked);
    if (typed !== '') card[key] = value(typed);
    else if (isAsked(questionById(asked), draft)) delete card[key];
  };
  set('last4', 'cardLast4', (typed) => typed);
  set('statementDay', 'cardStatementDay', wholeNumber);
  set('dueDay', 'cardDueDay', wholeNumber);
  set('firstMissedDueDate', 'cardFirstMissed', (typed) => typed);
  set('dailyRate', 'cardDailyRate', (typed) => {
    const rate = percentToRate(typed);
    if (rate === undefined) fail('cardDailyRate', LOCAL_MESSAGES.rateFormat);
    return rate ?? typed;
  });
  return Object.keys(card).length === 0 ? undefined : (card as Card);
}
