import { type CheckedCaseFile, checkedCaseFile, toApiIssues } from '@shangan/contract';
import type { Database, Transaction } from '../db/open-database.js';
import { invalidInput, notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { findVisibleCase, insertAudit } from '../repositories/case-access.js';
import { readCaseFile } from '../repositories/case-repository.js';
import type { CaseAction } from './case-action.js';

/** A case the actor may use, inside the use-case's transaction. */
export interface OpenCase {
  id: string;
  title: string;
  /** Moves by one with every write that changes the case file: the ETag, and the report cache's key. */
  revision: number;
  /** The case file, read and parsed once however often it is asked for. */
  caseFile(): Promise<CheckedCaseFile>;
  /** The case file as the calculations read it: contacts without their texts (ContactView 'facts'). */
  calculationFile(): Promise<CheckedCaseFile>;
}

/**
 * Runs one use-case of one case: in a transaction, after checking once that the actor may see the
 * case, and writing one audit row when an advisor works on a client's case. Someone else's case
 * and a case that does not exist are the same 404.
 */
export async function withCase<T>(
  db: Database,
  actor: Actor,
  caseId: string,
  action: CaseAction,
  work: (tx: Transaction, theCase: OpenCase) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const found = await findVisibleCase(tx, actor, caseId);
    if (!found) throw notFound('case');
    if (actor.role === 'advisor' && found.ownerId !== actor.userId) {
      await insertAudit(tx, actor.userId, action, caseId);
    }
    let caseFile: Promise<CheckedCaseFile> | undefined;
    let calculationFile: Promise<CheckedCaseFile> | undefined;
    const theCase: OpenCase = {
      id: found.id,
      title: found.title,
      revision: found.revision,
      caseFile: () => {
        caseFile ??= readCaseFile(tx, caseId).then(parseStored);
        return caseFile;
      },
      calculationFile: () => {
        calculationFile ??= readCaseFile(tx, caseId, 'facts').then(parseStored);
        return calculationFile;
      },
    };
    return work(tx, theCase);
  });
}

/**
 * A stored case file was checked when it was written; a schema that has grown stricter since can
 * still refuse it, and then the person is told which field to fix, as on any write.
 */
function parseStored(written: unknown): CheckedCaseFile {
  const parsed = checkedCaseFile.safeParse(written);
  if (!parsed.success) throw invalidInput(toApiIssues(parsed.error, written));
  return parsed.data;
}
