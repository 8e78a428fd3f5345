import type { CaseFileInput } from '@shangan/core';

/** One case in GET /api/cases: enough to pick it from a list. */
export interface CaseSummary {
  id: string;
  title: string;
  asOf: string;
  debtCount: number;
  updatedAt: string;
}

/**
 * A case as stored: its title and its case file, as written (amounts of payments as "123.45").
 * Its contacts carry what the calculations read (time, channel, direction, flags, follow-up date);
 * their texts are in GET …/contacts and the whole file in an export, so the case stays small.
 */
export interface StoredCase {
  id: string;
  title: string;
  caseFile: CaseFileInput;
}
