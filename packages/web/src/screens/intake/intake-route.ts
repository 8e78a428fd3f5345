import { isQuestionId, type QuestionId } from './question-data';

/**
 * The intake's routes under #/intake: the list of debts, a new debt, a question of a debt, its
 * review, and the two optional last steps. A route is shareable and survives a reload.
 */
export type IntakeRoute =
  | { kind: 'home' }
  | { kind: 'new' }
  | { kind: 'about' }
  | { kind: 'situation' }
  | { kind: 'resume'; debtId: string }
  | { kind: 'review'; debtId: string }
  | { kind: 'question'; debtId: string; question: QuestionId }
  | { kind: 'unknown' };

/** Words that are routes, not debt ids (generated ids are d1, d2, …). */
const RESERVED = new Set(['new', 'about', 'situation']);

export function parseIntakeRoute(rest: string): IntakeRoute {
  const [first = '', second, ...more] = rest.split('/').map(decodeURIComponent);
  if (more.length > 0) return { kind: 'unknown' };
  if (first === '') return { kind: 'home' };
  if (RESERVED.has(first)) {
    return second === undefined ? ({ kind: first } as IntakeRoute) : { kind: 'unknown' };
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(first)) return { kind: 'unknown' };
  if (second === undefined) return { kind: 'resume', debtId: first };
  if (second === 'review') return { kind: 'review', debtId: first };
  return isQuestionId(second) ? { kind: 'question', debtId: first, question: second } : { kind: 'unknown' };
}

export function intakePath(route: Exclude<IntakeRoute, { kind: 'unknown' }>): string {
  switch (route.kind) {
    case 'home':
      return '/intake';
    case 'new':
    case 'about':
    case 'situation':
      return `/intake/${route.kind}`;
    case 'resume':
      return `/intake/${encodeURIComponent(route.debtId)}`;
    case 'review':
      return `/intake/${encodeURIComponent(route.debtId)}/review`;
    case 'question':
      return `/intake/${encodeURIComponent(route.debtId)}/${route.question}`;
  }
}
