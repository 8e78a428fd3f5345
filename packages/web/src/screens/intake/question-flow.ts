import { type DebtDraft, isBlankRow } from './debt-draft';
import {
  type Condition,
  QUESTIONS,
  type Question,
  type QuestionId,
  type QuestionOption,
} from './question-data';

/**
 * A draft field as one piece of text: lists count as filled when they have a non-empty row, the
 * claim's split when any part is typed in.
 */
function fieldText(draft: DebtDraft, field: string): string {
  const value = (draft as unknown as Record<string, unknown>)[field];
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.some((row) => !isBlankRow(row)) ? 'filled' : '';
  if (typeof value === 'object' && value !== null && field !== 'kept') {
    return isBlankRow(value as Record<string, string>) ? '' : 'filled';
  }
  return '';
}

const questionOf = new Map<string, Question>(QUESTIONS.map((question) => [question.id, question]));

/** A condition's answer: empty when its own question is not asked for this draft. */
function conditionValue(draft: DebtDraft, field: string): string {
  const owner = questionOf.get(field);
  if (owner !== undefined && !isAsked(owner, draft)) return '';
  return fieldText(draft, field);
}

function holds(condition: Condition, draft: DebtDraft): boolean {
  const value = conditionValue(draft, condition.field);
  if (condition.filled) return value !== '';
  if (condition.notIn) return !condition.notIn.includes(value);
  return condition.in?.includes(value) ?? false;
}

export function isAnswered(question: Question, draft: DebtDraft): boolean {
  return fieldText(draft, question.id) !== '';
}

/** Whether the interview asks this question for this draft (its `when`, if any, holds). */
export function isAsked(question: Question, draft: DebtDraft): boolean {
  const { when } = question;
  if (when === undefined) return true;
  return holds(when, draft) || (when.orFilled === true && isAnswered(question, draft));
}

export function isRequired(question: Question, draft: DebtDraft): boolean {
  return question.required || (question.requiredWhen !== undefined && holds(question.requiredWhen, draft));
}

/** The questions asked for this draft, in order: the progress counts these. */
export function askedQuestions(draft: DebtDraft): Question[] {
  return QUESTIONS.filter((question) => isAsked(question, draft));
}

/** The choices offered: "keep the schedule already entered" only when there is one. */
export function offeredOptions(question: Question, draft: DebtDraft): QuestionOption[] {
  return (question.options ?? []).filter((option) => {
    if (option.requires === 'keptSchedule') return draft.kept.schedule !== undefined;
    if (option.requires === 'keptCardPlan')
      return draft.kept.schedule !== undefined || draft.kept.terms !== undefined;
    return true;
  });
}

/** The question after `current` for this draft; null when the next screen is the review. */
export function nextQuestion(draft: DebtDraft, current: QuestionId): QuestionId | null {
  const index = QUESTIONS.findIndex((question) => question.id === current);
  return QUESTIONS.slice(index + 1).find((question) => isAsked(question, draft))?.id ?? null;
}

/** The question before `current`; null at the first one. */
export function previousQuestion(draft: DebtDraft, current: QuestionId): QuestionId | null {
  const index = QUESTIONS.findIndex((question) => question.id === current);
  return (
    QUESTIONS.slice(0, Math.max(0, index))
      .reverse()
      .find((question) => isAsked(question, draft))?.id ?? null
  );
}

/** "第 3 / 11 步": the position among the questions asked for this draft. */
export function progress(draft: DebtDraft, current: QuestionId): { step: number; total: number } {
  const asked = askedQuestions(draft);
  return { step: asked.findIndex((question) => question.id === current) + 1, total: asked.length };
}

/** Where to carry on with a draft: the first required question still empty, else the review. */
export function resumeQuestion(draft: DebtDraft): QuestionId | null {
  return (
    askedQuestions(draft).find((question) => isRequired(question, draft) && !isAnswered(question, draft))
      ?.id ?? null
  );
}

/** Optional questions left empty: listed on the review so they can be answered later. */
export function unansweredOptional(draft: DebtDraft): Question[] {
  return askedQuestions(draft).filter(
    (question) => !isRequired(question, draft) && !isAnswered(question, draft),
  );
}
