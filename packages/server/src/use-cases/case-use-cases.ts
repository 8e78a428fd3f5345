import type { CaseSummary, CheckedCaseFile, StoredCase } from '@shangan/contract';
import { keyringOf } from '../db/case-keyring.js';
import type { Database } from '../db/open-database.js';
import { preconditionFailed } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import {
  claimRevision,
  currentRevision,
  deleteCaseRow,
  insertCase,
  listVisibleCases,
  readCaseFile,
  replaceCaseFile,
} from '../repositories/case-repository.js';
import { type CaseLimits, requireCaseFileWithinLimits } from './case-limits.js';
import { withCase } from './with-case.js';

/** A case as stored, with the revision it was read or written at (the route sends it as the ETag). */
export type RevisedCase = StoredCase & { revision: number };

/** A new case starts at this revision (the column's default, migrations/0002). */
const FIRST_REVISION = 1;

/** A new case of the actor's from a checked case file, contacts included; answers it as stored. */
export async function createCase(
  db: Database,
  actor: Actor,
  title: string,
  caseFile: CheckedCaseFile,
  limits: CaseLimits,
): Promise<RevisedCase> {
  requireCaseFileWithinLimits(caseFile.parsed, limits);
  return db.transaction(async (tx) => {
    const id = await insertCase(tx, actor.userId, title, caseFile);
    return { id, title, caseFile: await readCaseFile(tx, id, 'facts'), revision: FIRST_REVISION };
  });
}

export async function listCases(db: Database, actor: Actor): Promise<CaseSummary[]> {
  return listVisibleCases(db, actor);
}

export async function readCase(db: Database, actor: Actor, caseId: string): Promise<RevisedCase> {
  return withCase(db, actor, caseId, 'read_case', async (tx, theCase) => ({
    id: caseId,
    title: theCase.title,
    caseFile: await readCaseFile(tx, caseId, 'facts'),
    revision: theCase.revision,
  }));
}

/**
 * The edit path of the web app: title, header, debts and payments; never the contact log. Only if
 * the case is still at `expected`, the revision the edit was made from (the If-Match): else 412
 * precondition_failed with the current revision, and nothing changes (ADR 0022).
 */
export async function replaceCase(
  db: Database,
  actor: Actor,
  caseId: string,
  expected: number | null,
  title: string,
  caseFile: CheckedCaseFile,
): Promise<RevisedCase> {
  return withCase(db, actor, caseId, 'write_case', async (tx) => {
    const revision = await claimRevision(tx, caseId, expected);
    if (revision === undefined) throw preconditionFailed(await currentRevision(tx, caseId));
    await replaceCaseFile(tx, caseId, title, caseFile);
    return { id: caseId, title, caseFile: await readCaseFile(tx, caseId, 'facts'), revision };
  });
}

/**
 * Deletes the case, then destroys its key once the deletion has committed: the copies of its
 * sealed contacts and evidence that the WAL or freed pages still hold can no longer be read. A
 * crash between the two leaves the key, which the next start destroys (openDatabase).
 */
export async function deleteCase(db: Database, actor: Actor, caseId: string): Promise<void> {
  await withCase(db, actor, caseId, 'delete_case', (tx) => deleteCaseRow(tx, caseId));
  await keyringOf(db).destroy(caseId);
}
