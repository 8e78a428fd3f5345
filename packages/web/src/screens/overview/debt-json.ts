import type { CaseFileInput, CaseReportJson } from '@shangan/core';

/** One debt of the analysis (GET …/analysis). */
export type DebtJson = CaseReportJson['debts'][number];
/** The same debt as entered in the case file (for what the analysis does not repeat: terms, dates). */
export type EnteredDebt = CaseFileInput['debts'][number];
