import type { CaseSummary, CheckedCaseFile, StoredCase } from '@shangan/contract';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../repositories/actor.js';
import {
  deleteCaseRow,
  insertCase,
  listVisibleCases,
  readCaseFile,
  replaceCaseFile,
} from '../repositories/case-repository.js';
import { type CaseLimits, requireCaseFileWithinLimits } from './case-limits.js';
import { withCase } from './with-case.js';

/** A new case of the actor's from a checked case file, contacts included; answers it as stored. */
export async function createCase(
  db: Database,
  actor: Actor,
  title: string,
  caseFile: CheckedCaseFile,
  limits: CaseLimits,
): Promise<StoredCase> {
  requireCaseFileWithinLimits(caseFile.parsed, limits);
  return db.transaction(async (tx) => {
    const id = await insertCase(tx, actor.userId, title, caseFile);
    return { id, title, caseFile: await readCaseFile(tx, id, 'facts') };
  });
}

export async function listCases(db: Database, actor: Actor): Promise<CaseSummary[]> {
  return listVisibleCases(db, actor);
}

export async function readCase(db: Database, actor: Actor, caseId: string): Promise<StoredCase> {
  return withCase(db, actor, caseId, 'read_case', async (tx, theCase) => ({
    id: caseId,
    title: theCase.title,
    caseFile: await readCaseFile(tx, caseId, 'facts'),
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
    return { id: caseId, title, caseFile: await readCaseFile(tx, caseId, 'facts') };
  });
}

export async function deleteCase(db: Database, actor: Actor, caseId: string): Promise<void> {
  await withCase(db, actor, caseId, 'delete_case', (tx) => deleteCaseRow(tx, caseId));
}
