import {
  type ApiIssue,
  checkedCaseFile,
  contactBody,
  type StoredContact,
  toApiIssues,
} from '@shangan/contract';
import type { CaseFileInput } from '@shangan/core';
import { eq } from 'drizzle-orm';
import { type ArchiveLimits, archiveLimits } from '../archive/archive-limits.js';
import { readConfig } from '../config.js';
import type { Database } from '../db/open-database.js';
import { cases } from '../db/schema.js';
import { ExpectedError } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import type { EvidenceFile } from '../repositories/evidence-repository.js';
import * as caseExport from '../use-cases/case-export.js';
import * as caseImport from '../use-cases/case-import.js';
import { caseLimitsOf } from '../use-cases/case-limits.js';
import * as caseUseCases from '../use-cases/case-use-cases.js';
import * as contactUseCases from '../use-cases/contact-use-cases.js';

/**
 * The use-cases as a route calls them, for tests that start from JSON: the contract's schema
 * first (as `validate` does), then the use-case. Expected failures come back as values.
 */
/** The limits of a server started without any environment. */
export const TEST_LIMITS = caseLimitsOf(readConfig({}));

type Outcome<T> = ({ ok: true } & T) | { ok: false; issues: ApiIssue[] };

async function outcome<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    if (error instanceof ExpectedError && error.facts.code === 'invalid_input') {
      return { ok: false, issues: [...error.issues] };
    }
    throw error;
  }
}

/** POST /api/cases: the new case's id. */
export async function createCase(db: Database, actor: Actor, title: string, file: unknown): Promise<string> {
  return (await caseUseCases.createCase(db, actor, title, checkedCaseFile.parse(file), TEST_LIMITS)).id;
}

/** PUT /api/cases/:caseId with If-Match naming the case's current revision (read past any access check). */
export async function replaceCase(db: Database, actor: Actor, caseId: string, title: string, file: unknown) {
  const revision = await caseRevision(db, caseId);
  return caseUseCases.replaceCase(db, actor, caseId, revision ?? null, title, checkedCaseFile.parse(file));
}

/** The stored revision, read past any access check; undefined for a case that is not there. */
export async function caseRevision(db: Database, caseId: string): Promise<number | undefined> {
  const [row] = await db.select({ revision: cases.revision }).from(cases).where(eq(cases.id, caseId));
  return row?.revision;
}

/** GET /api/cases/:caseId, its case file. */
export async function readCaseFile(db: Database, actor: Actor, caseId: string): Promise<CaseFileInput> {
  return (await caseUseCases.readCase(db, actor, caseId)).caseFile;
}

/** The stored title, read past any access check. */
export async function caseTitle(db: Database, caseId: string): Promise<string> {
  const [row] = await db.select({ title: cases.title }).from(cases).where(eq(cases.id, caseId));
  return row?.title ?? '';
}

/** POST /api/cases/:caseId/debts/:debtId/contacts. */
export async function addContact(db: Database, actor: Actor, caseId: string, debtId: string, input: unknown) {
  const parsed = contactBody.safeParse(input);
  if (!parsed.success) return { ok: false as const, issues: toApiIssues(parsed.error, input) };
  return {
    ok: true as const,
    value: await contactUseCases.logContact(db, actor, caseId, debtId, parsed.data, TEST_LIMITS),
  };
}

/** POST /api/import with a zip, on a server with the default limits unless `limits`. */
export function importArchive(
  db: Database,
  actor: Actor,
  zip: Uint8Array,
  limits: ArchiveLimits = archiveLimits(readConfig({})),
): Promise<Outcome<{ id: string }>> {
  return outcome(async () => ({ id: await caseImport.importArchive(db, actor, zip, limits, TEST_LIMITS) }));
}

/** GET /api/cases/:caseId/export, the streamed zip collected into bytes. */
export async function exportCase(
  db: Database,
  actor: Actor,
  caseId: string,
  reveal: boolean,
): Promise<Uint8Array> {
  const stream = await caseExport.exportCase(db, actor, caseId, reveal);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** GET /api/cases/:caseId/contacts: the log. */
export async function listContacts(db: Database, actor: Actor, caseId: string): Promise<StoredContact[]> {
  return (await contactUseCases.listContacts(db, actor, caseId, TEST_LIMITS)).contacts;
}

/** POST /api/cases/:caseId/evidence. */
export function addEvidence(db: Database, actor: Actor, caseId: string, file: EvidenceFile) {
  return contactUseCases.addEvidence(db, actor, caseId, file, TEST_LIMITS);
}
