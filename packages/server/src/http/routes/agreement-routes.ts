import { agreementBody, paidBody } from '@shangan/contract';
import { Hono } from 'hono';
import { listAgreements, recordAgreement, setInstalmentPaid } from '../../use-cases/agreement-use-cases.js';
import { jsonBody } from '../read-body.js';
import { validate } from '../validate.js';

const INSTALMENT_PATH = '/api/cases/:caseId/agreements/:agreementId/instalments/:seq/paid';

/** Repayment agreements with their instalments, each marked paid (or unmarked) as it goes. */
export const agreementRoutes = new Hono()
  .get('/api/cases/:caseId/agreements', async (c) =>
    c.json({ agreements: await listAgreements(c.var.db, c.var.actor, c.req.param('caseId')) }),
  )
  /** { signedOn?, total, terms?: { waived?, notes?, certificateDays? }, instalments: [{ dueOn, amount }] } */
  .post(
    '/api/cases/:caseId/debts/:debtId/agreements',
    jsonBody(256 * 1024),
    validate('json', agreementBody),
    async (c) => {
      const { caseId, debtId } = c.req.param();
      return c.json(await recordAgreement(c.var.db, c.var.actor, caseId, debtId, c.req.valid('json')), 201);
    },
  )
  .post(INSTALMENT_PATH, jsonBody(4 * 1024), validate('json', paidBody), async (c) => {
    const { caseId, agreementId, seq } = c.req.param();
    const { paidOn } = c.req.valid('json');
    return c.json(await setInstalmentPaid(c.var.db, c.var.actor, caseId, agreementId, seq, paidOn));
  })
  /** Unmarks an instalment marked paid by mistake. */
  .delete(INSTALMENT_PATH, async (c) => {
    const { caseId, agreementId, seq } = c.req.param();
    return c.json(await setInstalmentPaid(c.var.db, c.var.actor, caseId, agreementId, seq, null));
  });
