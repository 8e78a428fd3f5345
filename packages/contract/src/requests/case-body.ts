import { issueAt } from '@shangan/core';
import { z } from 'zod';
import type { ContractIssueFacts } from '../errors/api-issue.js';
import { checkedCaseFile } from './checked-case-file.js';

/** The longest case title, in characters. */
export const MAX_CASE_TITLE_LENGTH = 200;

const title = z.string().trim().min(1).max(MAX_CASE_TITLE_LENGTH);

/** POST /api/cases: a new case with its whole file, contacts included (an import of a case file). */
export const createCaseBody = z.strictObject({ title, caseFile: checkedCaseFile });

/**
 * PUT /api/cases/:caseId: the edited case. The contact log is append-only, so an edit carries no
 * contacts: they are logged one by one (POST …/contacts) and a logged promise is never rewritten.
 */
export const replaceCaseBody = createCaseBody.superRefine((body, ctx) => {
  const index = body.caseFile.parsed.debts.findIndex((debt) => debt.contacts.length > 0);
  if (index >= 0) {
    ctx.addIssue(
      issueAt<ContractIssueFacts>({ code: 'contacts_not_editable', params: {} }, [
        'caseFile',
        'debts',
        index,
        'contacts',
      ]),
    );
  }
});
