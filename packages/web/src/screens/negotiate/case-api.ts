import type { CaseFileInput } from '@shangan/core';

/** One debt of the case file, as the negotiate screens use it (id, lender, lender type). */
export type CaseDebt = CaseFileInput['debts'][number];

/** The API path of a case: every negotiate request hangs below it. */
export function caseApi(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}`;
}
