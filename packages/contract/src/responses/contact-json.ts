import type { CaseFileInput } from '@shangan/core';

/** One logged contact of a case file, as the person wrote it. */
export type ContactInput = NonNullable<CaseFileInput['debts'][number]['contacts']>[number];

/** An uploaded evidence file, without its bytes. */
export interface EvidenceSummary {
  id: string;
  contactId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

/** A logged contact with the evidence files attached to it. */
export interface StoredContact {
  id: string;
  debtId: string;
  contact: ContactInput;
  evidence: EvidenceSummary[];
}

/** How much of one of a case's limits is used. */
export interface LimitUsage {
  used: number;
  limit: number;
}

/** A case's use of its limits: contacts logged and evidence bytes stored. */
export interface CaseUsage {
  contacts: LimitUsage;
  evidenceBytes: LimitUsage;
}

/** GET /api/cases/:caseId/contacts: the log, and how close the case is to its limits. */
export interface ContactList {
  contacts: StoredContact[];
  usage: CaseUsage;
}

/** From this share of a limit on, the person is told the case is getting full. */
export const USAGE_WARNING_SHARE = 0.8;

/** Whether a limit is at least USAGE_WARNING_SHARE used (the warning is shown before it is reached). */
export function isNearLimit(usage: LimitUsage): boolean {
  return usage.used >= usage.limit * USAGE_WARNING_SHARE;
}
