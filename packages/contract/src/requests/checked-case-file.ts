import { type CaseFile, type CaseFileInput, caseFileSchema, contactSchema } from '@shangan/core';
import { type AsWritten, asWritten } from './as-written.js';

/** A case file that passed the core's schema, as written and as parsed. */
export type CheckedCaseFile = AsWritten<CaseFileInput, CaseFile>;

/** A case-file field of a request body (and a stored case file, read back). */
export const checkedCaseFile = asWritten(caseFileSchema);

/** POST /api/cases/:caseId/debts/:debtId/contacts: one contact, checked like a case file's. */
export const contactBody = asWritten(contactSchema);
