import type { CaseFileInput } from '@shangan/core';

/** One case in GET /api/cases: enough to pick it from a list. */
export interface CaseSummary {
  id: string;
  title: string;
  asOf: string;
  debtCount: number;
  updatedAt: string;
}

/** A case as stored: its title and its case file, as written (amounts of payments as "123.45"). */
export interface StoredCase {
  id: string;
  title: string;
  caseFile: CaseFileInput;
}
