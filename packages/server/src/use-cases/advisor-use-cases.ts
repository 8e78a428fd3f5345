import type { AdvisorGrantJson } from '@shangan/contract';
import type { Database, Transaction } from '../db/open-database.js';
import { notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { deleteGrant, findAdvisor, listGrants, upsertGrant } from '../repositories/advisor-repository.js';
import { type OpenCase, withCase } from './with-case.js';

/** What the owner grants beyond reading (ADR 0024). */
export interface AdvisorPermissions {
  canEdit: boolean;
  canReveal: boolean;
}

/** Who may see the owner's case, and what else each may do. Only the owner may ask. */
export function listAdvisors(db: Database, actor: Actor, caseId: string): Promise<AdvisorGrantJson[]> {
  return withCase(db, actor, caseId, 'read_advisors', (tx) => listGrants(tx, caseId));
}

/**
 * Gives an advisor (by address or id) access to the owner's case with exactly these permissions,
 * or changes the permissions they have. An address or id that is no active advisor's is 404
 * 'advisor' — after the case check, so nobody but an owner learns who is an advisor.
 */
export function grantAdvisor(
  db: Database,
  actor: Actor,
  caseId: string,
  advisor: { email: string } | { id: string },
  permissions: AdvisorPermissions,
): Promise<AdvisorGrantJson> {
  return withCase(db, actor, caseId, 'grant_advisor', async (tx, theCase) => {
    const found = await findAdvisor(tx, advisor);
    if (!found) throw notFound('advisor');
    await upsertGrant(tx, caseId, found.id, permissions);
    theCase.noteAudit({ advisorId: found.id, ...permissions });
    return grantOf(tx, theCase, found.id);
  });
}

/**
 * Takes an advisor's access away at once: every request checks the assignment in the database,
 * so their next one is 404. An advisor without access is 404 'advisor'.
 */
export async function revokeAdvisor(db: Database, actor: Actor, caseId: string, advisorId: string) {
  await withCase(db, actor, caseId, 'revoke_advisor', async (tx, theCase) => {
    if (!(await deleteGrant(tx, caseId, advisorId))) throw notFound('advisor');
    theCase.noteAudit({ advisorId });
  });
}

async function grantOf(tx: Transaction, theCase: OpenCase, advisorId: string): Promise<AdvisorGrantJson> {
  const grant = (await listGrants(tx, theCase.id)).find((entry) => entry.advisorId === advisorId);
  if (!grant) throw notFound('advisor');
  return grant;
}
