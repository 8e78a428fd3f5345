import { PAYMENT_ORDER_OBJECTION_DAYS, parseCalendarDate } from '@shangan/core';
import triageFile from '../../../../../content/interview/triage.json';
import type { Localized } from '../intake/question-data';

/**
 * The start screen's two-minute triage (content/interview/triage.json): yes/no questions, one per
 * screen, and the day a payment order arrived when there is one.
 */

export type YesNo = 'yes' | 'no';

export const TRIAGE_IDS = [
  'paymentOrder',
  'paymentOrderDate',
  'sued',
  'harassment',
  'cardFraud',
  'essentials',
] as const;
export type TriageQuestionId = (typeof TRIAGE_IDS)[number];
export type YesNoQuestionId = Exclude<TriageQuestionId, 'paymentOrderDate'>;

/** What the person answered; kept on this device so the intake can start from it. */
export type TriageAnswers = Partial<Record<YesNoQuestionId, YesNo>> & { paymentOrderDate?: string };

export interface TriageQuestion {
  id: TriageQuestionId;
  kind: 'yesNo' | 'date';
  /** Asked only after a yes to this question. */
  when?: YesNoQuestionId;
  text: Localized;
  hint?: Localized;
}

export interface TriageAction {
  title: Localized;
  /** What to do, where the core's triage messages do not already say it. */
  do?: Localized;
  why: Localized;
  citations: string[];
}

export type TriageActionCode = YesNoQuestionId | 'officialOnly';

interface TriageFile {
  $comment: string;
  version: 1;
  questions: TriageQuestion[];
  actions: Record<TriageActionCode, TriageAction>;
}

const FILE = triageFile as TriageFile;

/** `{days}` is the core's objection period, never a number typed twice. */
function fillDays(text: Localized): Localized {
  const days = String(PAYMENT_ORDER_OBJECTION_DAYS);
  return { zh: text.zh.replaceAll('{days}', days), en: text.en.replaceAll('{days}', days) };
}

export const TRIAGE_QUESTIONS: readonly TriageQuestion[] = FILE.questions.map((question) => ({
  ...question,
  text: fillDays(question.text),
  ...(question.hint ? { hint: fillDays(question.hint) } : {}),
}));

export const TRIAGE_ACTIONS: Readonly<Record<TriageActionCode, TriageAction>> = FILE.actions;

export function isTriageQuestionId(value: string): value is TriageQuestionId {
  return (TRIAGE_IDS as readonly string[]).includes(value);
}

export function triageQuestion(id: TriageQuestionId): TriageQuestion {
  const found = TRIAGE_QUESTIONS.find((question) => question.id === id);
  if (!found) throw new Error(`triage question ${id} is missing from triage.json`);
  return found;
}

export function askedTriage(answers: TriageAnswers): TriageQuestion[] {
  return TRIAGE_QUESTIONS.filter(
    (question) => question.when === undefined || answers[question.when] === 'yes',
  );
}

/** The next question, or null when the result comes next. */
export function nextTriage(answers: TriageAnswers, current: TriageQuestionId): TriageQuestionId | null {
  const asked = askedTriage(answers);
  const index = asked.findIndex((question) => question.id === current);
  return asked[index + 1]?.id ?? null;
}

/** The question before, or null at the first (back goes to the start screen). */
export function previousTriage(answers: TriageAnswers, current: TriageQuestionId): TriageQuestionId | null {
  const asked = askedTriage(answers);
  const index = asked.findIndex((question) => question.id === current);
  return index > 0 ? (asked[index - 1]?.id ?? null) : null;
}

export function triageProgress(
  answers: TriageAnswers,
  current: TriageQuestionId,
): { step: number; total: number } {
  const asked = askedTriage(answers);
  return { step: asked.findIndex((question) => question.id === current) + 1, total: asked.length };
}

/** The answers once every question asked has one (the date may be left out: it is then unknown). */
export function isTriageComplete(answers: TriageAnswers): boolean {
  return askedTriage(answers).every(
    (question) => question.kind === 'date' || answers[question.id as YesNoQuestionId],
  );
}

/** Answers read back from this device, keeping only well-formed ones. */
export function restoreTriage(value: unknown): TriageAnswers {
  if (typeof value !== 'object' || value === null) return {};
  const stored = value as Record<string, unknown>;
  const answers: TriageAnswers = {};
  for (const question of TRIAGE_QUESTIONS) {
    const answer = stored[question.id];
    if (question.kind === 'yesNo' && (answer === 'yes' || answer === 'no')) {
      answers[question.id as YesNoQuestionId] = answer;
    }
  }
  const date = stored.paymentOrderDate;
  if (typeof date === 'string' && parseCalendarDate(date) !== undefined) answers.paymentOrderDate = date;
  return answers;
}
