import { type CheckedCaseFile, checkedCaseFile, toApiIssues } from '@shangan/contract';
import type { Database, Transaction } from '../db/open-database.js';
import { ExpectedError, invalidInput, notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import {
  type AuditExtra,
  assignmentOf,
  caseExists,
  findVisibleCase,
  insertAudit,
  isUuid,
} from '../repositories/case-access.js';
import { readCaseFile } from '../repositories/case-repository.js';
import { type CaseAccess, type CaseAction, isAudited, permits, requiredPermission } from './case-action.js';

/** A case the actor may use, inside the use-case's transaction. */
export interface OpenCase {
  id: string;
  /** Whose case it is: their own LPR quotations are the ones its reports are computed with. */
  ownerId: string;
  title: string;
  /** Moves by one with every write that changes the case file: the ETag, and the report cache's key. */
  revision: number;
  /** The case file, read and parsed once however often it is asked for. */
  caseFile(): Promise<CheckedCaseFile>;
  /** The case file as the calculations read it: contacts without their texts (ContactView 'facts'). */
  calculationFile(): Promise<CheckedCaseFile>;
  /** Adds to the audit row of this use (a grant: the advisor and the permissions). */
  noteAudit(detail: Record<string, unknown>): void;
}

/** One use of a case, with what its audit row says beyond the action's name. */
export interface CaseUse {
  action: CaseAction;
  /** An evidence download: the file's id. */
  evidenceId?: string | undefined;
  /** Whether full phone and ID numbers are part of what is read (exports, documents). */
  reveal?: boolean | undefined;
}

/** Thrown inside the transaction, so it rolls back; the refusal is audited after. */
class Refusal extends Error {
  constructor(
    readonly answer: ExpectedError,
    readonly detail: Record<string, unknown>,
  ) {
    super(answer.message);
  }
}

/**
 * Runs one use-case of one case: in a transaction, after checking once that the actor may see the
 * case and holds the permission the action needs (case-action.ts), and writing the audit row the
 * action calls for. Someone else's case and a case that does not exist are the same 404; an
 * assigned advisor without the grant is 403 not_permitted. Refused attempts on a case that exists
 * are audited too, with the address they came from.
 */
export async function withCase<T>(
  db: Database,
  actor: Actor,
  caseId: string,
  request: CaseAction | CaseUse,
  work: (tx: Transaction, theCase: OpenCase) => Promise<T>,
): Promise<T> {
  const use: CaseUse = typeof request === 'string' ? { action: request } : request;
  const audit = (outcome: 'allowed' | 'refused', detail: Record<string, unknown>): AuditExtra => ({
    outcome,
    clientAddress: actor.address,
    evidenceId: use.evidenceId !== undefined && isUuid(use.evidenceId) ? use.evidenceId : undefined,
    reveal: use.reveal,
    detail: Object.keys(detail).length > 0 ? detail : undefined,
  });
  try {
    return await db.transaction(async (tx) => {
      const found = await findVisibleCase(tx, actor, caseId);
      if (!found) throw new Refusal(notFound('case'), {});
      const access = await accessOf(tx, actor, found.ownerId, caseId);
      if (!permits(access, use.action)) {
        const needs = requiredPermission(use.action);
        throw new Refusal(new ExpectedError({ code: 'not_permitted', params: { needs } }), { needs });
      }
      const detail: Record<string, unknown> = {};
      let caseFile: Promise<CheckedCaseFile> | undefined;
      let calculationFile: Promise<CheckedCaseFile> | undefined;
      const theCase: OpenCase = {
        id: found.id,
        ownerId: found.ownerId,
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
        noteAudit: (more) => Object.assign(detail, more),
      };
      const result = await work(tx, theCase);
      if (isAudited(access, use.action)) {
        await insertAudit(tx, actor.userId, use.action, caseId, audit('allowed', detail));
      }
      return result;
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // An id that names no case has no owner to show the attempt to.
    if (await caseExists(db, caseId)) {
      await insertAudit(db, actor.userId, use.action, caseId, audit('refused', error.detail));
    }
    throw error.answer;
  }
}

/** The actor sees the case (findVisibleCase): as its owner, or as an advisor assigned to it. */
async function accessOf(tx: Transaction, actor: Actor, ownerId: string, caseId: string): Promise<CaseAccess> {
  if (ownerId === actor.userId) return { kind: 'owner' };
  const grant = await assignmentOf(tx, caseId, actor.userId);
  // Visible yet not assigned cannot happen (visibleTo is the assignment); refuse rather than assume.
  if (!grant) throw new Refusal(notFound('case'), {});
  return { kind: 'advisor', ...grant };
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
