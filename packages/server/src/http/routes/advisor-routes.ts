import { advisorBody, advisorGrantBody } from '@shangan/contract';
import { Hono } from 'hono';
import { grantAdvisor, listAdvisors, revokeAdvisor } from '../../use-cases/advisor-use-cases.js';
import { readCaseAudit } from '../../use-cases/audit-use-cases.js';
import { jsonBody } from '../read-body.js';
import { validate } from '../validate.js';
import { accountsOnly } from './auth-routes.js';

/** An address and two flags; nothing larger is read. */
const MAX_GRANT_BODY = 8 * 1024;

/**
 * The owner decides who else may see the case and what they may do (ADR 0024), and reads who did
 * what to it. Advisors exist only in accounts mode; the audit log is the owner's in either mode.
 */
export const advisorRoutes = new Hono()
  .get('/api/cases/:caseId/advisors', accountsOnly, async (c) =>
    c.json({ advisors: await listAdvisors(c.var.db, c.var.actor, c.req.param('caseId')) }),
  )
  /** By the advisor's address (how a client knows them): assigns, or changes the permissions. */
  .post(
    '/api/cases/:caseId/advisors',
    accountsOnly,
    jsonBody(MAX_GRANT_BODY),
    validate('json', advisorBody),
    async (c) => {
      const { email, ...permissions } = c.req.valid('json');
      return c.json(await grantAdvisor(c.var.db, c.var.actor, c.req.param('caseId'), { email }, permissions));
    },
  )
  /** By the advisor's id (from the list): the same, for an advisor who is listed already. */
  .put(
    '/api/cases/:caseId/advisors/:advisorId',
    accountsOnly,
    jsonBody(MAX_GRANT_BODY),
    validate('json', advisorGrantBody),
    async (c) => {
      const { caseId, advisorId } = c.req.param();
      return c.json(
        await grantAdvisor(c.var.db, c.var.actor, caseId, { id: advisorId }, c.req.valid('json')),
      );
    },
  )
  .delete('/api/cases/:caseId/advisors/:advisorId', accountsOnly, async (c) => {
    const { caseId, advisorId } = c.req.param();
    await revokeAdvisor(c.var.db, c.var.actor, caseId, advisorId);
    return c.body(null, 204);
  })
  .get('/api/cases/:caseId/audit', async (c) =>
    c.json({ entries: await readCaseAudit(c.var.db, c.var.actor, c.req.param('caseId')) }),
  );
