import type { CaseSummary, CheckedCaseFile, StoredCase } from '@shangan/contract';
import { keyringOf } from '../db/case-keyring.js';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../repositories/actor.js';
import {
  deleteCaseRow,
  insertCase,
  listVisibleCases,
  readCaseFile,
  replaceCaseFile,
} from '../repositories/case-repository.js';
import { withCase } from './with-case.js';

/** A new case of the actor's from a checked case file, contacts included; answers it as stored. */
export async function createCase(
  db: Database,
  actor: Actor,
  title: string,
  caseFile: CheckedCaseFile,
): Promise<StoredCase> {
  return db.transaction(async (tx) => {
    const id = await insertCase(tx, actor.userId, title, caseFile);
    return { id, title, caseFile: await readCaseFile(tx, id) };
  });
}

export async function listCases(db: Database, actor: Actor): Promise<CaseSummary[]> {
  return listVisibleCases(db, actor);
}

export async function readCase(db: Database, actor: Actor, caseId: string): Promise<StoredCase> {
  return withCase(db, actor, caseId, 'read_case', async (tx, theCase) => ({
    id: caseId,
    title: theCase.title,
    caseFile: await readCaseFile(tx, caseId),
  }));
}

/** The edit path of the web app: title, header, debts and payments; never the contact log. */
export async function replaceCase(
  db: Database,
  actor: Actor,
  caseId: string,
  title: string,
  caseFile: CheckedCaseFile,
): Promise<StoredCase> {
  return withCase(db, actor, caseId, 'write_case', async (tx) => {
    await replaceCaseFile(tx, caseId, title, caseFile);
    return { id: caseId, title, caseFile: await readCaseFile(tx, caseId) };
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
