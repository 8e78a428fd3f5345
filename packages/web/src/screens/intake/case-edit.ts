import type { CaseFileInput } from '@shangan/core';
import type { DebtInput } from './debt-draft';
import type { FinalStep } from './draft-store';

/**
 * The analysis date a save uses. The person's own case moves to today, so that what they enter
 * today (a payment order that just arrived) is accepted and interest is counted to today. The
 * sample keeps the date of its file, whose figures are the documented ones.
 */
export function analysisDate(caseAsOf: string, today: string, isSample: boolean): string {
  return isSample || caseAsOf >= today ? caseAsOf : today;
}

/** The case with this debt saved: replaced where it was, or added at the end. */
export function withDebt(caseFile: CaseFileInput, debt: DebtInput, asOf: string): CaseFileInput {
  const known = caseFile.debts.some((item) => item.id === debt.id);
  const debts = known
    ? caseFile.debts.map((item) => (item.id === debt.id ? debt : item))
    : [...caseFile.debts, debt];
  return { ...caseFile, asOf, debts };
}

/** The case without this debt, and without it in the custom order (which may name only debts of the file). */
export function withoutDebt(caseFile: CaseFileInput, debtId: string): CaseFileInput {
  const debts = caseFile.debts.filter((item) => item.id !== debtId);
  const plan = caseFile.plan;
  if (plan?.order === undefined) return { ...caseFile, debts };
  return { ...caseFile, debts, plan: { ...plan, order: plan.order.filter((id) => id !== debtId) } };
}

/** The debt after this one in the case ("下一笔"), if any. */
export function debtAfter(caseFile: CaseFileInput, debtId: string): string | undefined {
  const index = caseFile.debts.findIndex((item) => item.id === debtId);
  return index < 0 ? undefined : caseFile.debts[index + 1]?.id;
}

/** "完成": the optional last steps not yet answered nor skipped, then the overview. */
export function finishPath(caseFile: CaseFileInput, skipped: readonly FinalStep[]): string {
  if (caseFile.person === undefined && !skipped.includes('about')) return '/intake/about';
  if (caseFile.circumstances === undefined && !skipped.includes('situation')) return '/intake/situation';
  return '/overview';
}
