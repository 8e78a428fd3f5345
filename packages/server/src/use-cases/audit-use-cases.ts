import type { AuditEntryJson } from '@shangan/contract';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../repositories/actor.js';
import { readAuditEntries } from '../repositories/audit-repository.js';
import { withCase } from './with-case.js';

/** Who read, exported, was given or lost access to the owner's case, and who was refused. */
export function readCaseAudit(db: Database, actor: Actor, caseId: string): Promise<AuditEntryJson[]> {
  // read_audit is an owner action (case-action.ts), so the actor is the owner here.
  return withCase(db, actor, caseId, 'read_audit', (tx) => readAuditEntries(tx, caseId, actor.userId));
}
