import type { ContactDraft } from './contact-draft';

/**
 * Contact drafts kept while the person moves between the co-pilot, the board and the log, so
 * nothing typed is lost. In memory only: never written to the device (a reload or quick hide
 * leaves no trace of what was being typed).
 */
const drafts = new Map<string, ContactDraft>();

const keyOf = (caseId: string, debtId: string) => `${caseId}/${debtId}`;

export function readDraft(caseId: string, debtId: string): ContactDraft | undefined {
  return drafts.get(keyOf(caseId, debtId));
}

export function keepDraft(caseId: string, debtId: string, draft: ContactDraft): void {
  drafts.set(keyOf(caseId, debtId), draft);
}

export function forgetDraft(caseId: string, debtId: string): void {
  drafts.delete(keyOf(caseId, debtId));
}
