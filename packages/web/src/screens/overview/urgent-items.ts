import type { PlanReportJson } from '@shangan/core';

type TriageJson = PlanReportJson['triage'][number];

/**
 * What the overview shows first: the items to act on now or this week, at most `limit` of them so
 * the list stays short; the rest (and anything for later) are counted and left to the plan screen.
 * The plan already orders them by urgency, then by date.
 */
export function pickUrgent(triage: readonly TriageJson[], limit = 3): { shown: TriageJson[]; more: number } {
  const urgent = triage.filter((item) => item.urgency !== 'later');
  const shown = urgent.slice(0, limit);
  return { shown, more: triage.length - shown.length };
}
