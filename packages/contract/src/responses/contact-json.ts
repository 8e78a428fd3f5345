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
