import { formatMoney, type Lang, parseMoney } from '@shangan/core';
import { type AnswerField, type DebtDraft, isBlankRow, SPLIT_PARTS, type SplitPart } from './debt-draft';
import type { EventKind } from './event-kinds';
import type { Question } from './question-data';
import { offeredOptions } from './question-flow';

/** How an answer reads on the review: money grouped with its unit, a choice by its label. */
export interface SummaryWords {
  yuan: string;
  rateUnit: Record<string, string>;
  whenUpfront: string;
  whenPerPeriod: string;
  whenDated: (day: string) => string;
  keptSchedule: (count: number) => string;
  feeLine: (name: string, amount: string, when: string) => string;
  paymentLine: (day: string, amount: string) => string;
  eventKinds: Record<EventKind, string>;
  eventLine: (day: string, kind: string, note: string) => string;
  offerLine: (day: string, periods: string, monthly: string, total: string) => string;
  splitLine: (part: string, amount: string) => string;
  splitParts: Record<SplitPart, string>;
}

/** Money as typed, shown the way the rest of the app shows it when it parses; as typed otherwise. */
export function showTypedMoney(typed: string, lang: Lang): string {
  const parsed = parseMoney(typed);
  return parsed.ok ? formatMoney(parsed.value, lang) : typed;
}

/** The answer as lines of text; empty when the question is unanswered. */
export function summarizeAnswer(
  question: Question,
  draft: DebtDraft,
  lang: Lang,
  words: SummaryWords,
): string[] {
  const money = (typed: string) => showTypedMoney(typed, lang);
  const when = (value: string) =>
    value === 'upfront'
      ? words.whenUpfront
      : value === 'per_period'
        ? words.whenPerPeriod
        : words.whenDated(value);
  switch (question.kind) {
    case 'fees':
      return draft.fees
        .filter((row) => !isBlankRow(row))
        .map((fee) => words.feeLine(fee.name, money(fee.amount), fee.when === '' ? '—' : when(fee.when)));
    case 'payments':
      return draft[question.id === 'cardPayments' ? 'cardPayments' : 'payments']
        .filter((row) => !isBlankRow(row))
        .map((payment) => words.paymentLine(payment.date, money(payment.amount)));
    case 'events':
      return draft.limitationEvents
        .filter((row) => !isBlankRow(row))
        .map((event) =>
          words.eventLine(
            event.date,
            words.eventKinds[event.kind as EventKind] ?? event.kind,
            event.note.trim(),
          ),
        );
    case 'offers':
      return draft.cardOffers
        .filter((row) => !isBlankRow(row))
        .map((offer) =>
          words.offerLine(
            offer.date,
            offer.periods.trim(),
            offer.monthly.trim() === '' ? '' : money(offer.monthly),
            offer.total.trim() === '' ? '' : money(offer.total),
          ),
        );
    case 'split':
      return SPLIT_PARTS.filter((part) => draft.cardSplit[part].trim() !== '').map((part) =>
        words.splitLine(words.splitParts[part], money(draft.cardSplit[part])),
      );
    default: {
      const value = draft[question.id as AnswerField].trim();
      if (value === '') return [];
      if (question.kind === 'money') return [money(value)];
      if (question.kind === 'rate')
        return [
          `${value.replace(/%$/, '').trim()} ${words.rateUnit[question.rateKind ?? draft.rateKind] ?? '%'}`,
        ];
      if (question.id === 'scheduleMode' && value === 'kept')
        return [words.keptSchedule(draft.kept.schedule?.length ?? 0)];
      if (question.kind === 'choice') {
        const option = offeredOptions(question, draft).find((choice) => choice.value === value);
        return [option ? option.label[lang] : value];
      }
      return [value];
    }
  }
}
