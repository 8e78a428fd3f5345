import type { CaseUsage } from '@shangan/contract';
import type { CaseFile } from '@shangan/core';
import type { Transaction } from '../db/open-database.js';
import { ExpectedError } from '../errors/expected-error.js';
import { countContacts } from '../repositories/contact-repository.js';
import { sumEvidenceBytes } from '../repositories/evidence-repository.js';
import type { ServerConfig } from '../server-config.js';

/** What one case may hold (MAX_CONTACTS_PER_CASE, MAX_CASE_EVIDENCE_MB). */
export interface CaseLimits {
  maxContacts: number;
  maxEvidenceBytes: number;
}

export function caseLimitsOf(config: ServerConfig): CaseLimits {
  return { maxContacts: config.maxContactsPerCase, maxEvidenceBytes: config.maxCaseEvidenceBytes };
}

export async function readCaseUsage(tx: Transaction, caseId: string, limits: CaseLimits): Promise<CaseUsage> {
  return {
    contacts: { used: await countContacts(tx, caseId), limit: limits.maxContacts },
    evidenceBytes: { used: await sumEvidenceBytes(tx, caseId), limit: limits.maxEvidenceBytes },
  };
}

function contactLimitReached(limits: CaseLimits): ExpectedError {
  return new ExpectedError({ code: 'contact_limit_reached', params: { limit: limits.maxContacts } });
}

/** 409 contact_limit_reached unless the case has room for one more contact. */
export async function requireContactRoom(tx: Transaction, caseId: string, limits: CaseLimits): Promise<void> {
  if ((await countContacts(tx, caseId)) >= limits.maxContacts) throw contactLimitReached(limits);
}

/** 409 evidence_limit_reached unless `bytes` more evidence fit in the case. */
export async function requireEvidenceRoom(
  tx: Transaction,
  caseId: string,
  limits: CaseLimits,
  bytes: number,
): Promise<void> {
  const usedBytes = await sumEvidenceBytes(tx, caseId);
  if (usedBytes + bytes > limits.maxEvidenceBytes) {
    throw new ExpectedError({
      code: 'evidence_limit_reached',
      params: { limitBytes: limits.maxEvidenceBytes, usedBytes },
    });
  }
}

/** A new case (created or imported) from a case file may not start above the contact limit. */
export function requireCaseFileWithinLimits(caseFile: CaseFile, limits: CaseLimits): void {
  const contacts = caseFile.debts.reduce((sum, debt) => sum + debt.contacts.length, 0);
  if (contacts > limits.maxContacts) throw contactLimitReached(limits);
}

/** An imported archive may not start above either limit: its contacts, and its evidence bytes. */
export function requireArchiveWithinLimits(
  caseFile: CaseFile,
  evidence: readonly { sizeBytes: number }[],
  limits: CaseLimits,
): void {
  requireCaseFileWithinLimits(caseFile, limits);
  const bytes = evidence.reduce((sum, file) => sum + file.sizeBytes, 0);
  if (bytes > limits.maxEvidenceBytes) {
    throw new ExpectedError({
      code: 'evidence_limit_reached',
      params: { limitBytes: limits.maxEvidenceBytes, usedBytes: 0 },
    });
  }
}
