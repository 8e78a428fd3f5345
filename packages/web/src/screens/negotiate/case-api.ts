import type { CaseFileInput } from '@shangan/core';

/** One debt of the case file, as the negotiate screens use it (id, lender, lender type). */
export type CaseDebt = CaseFileInput['debts'][number];
