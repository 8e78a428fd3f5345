import { agreementSchema, dateField } from '@shangan/core';
import type { Hono } from 'hono';
import { z } from 'zod';
import { createAgreement, listAgreements, setInstalmentPaid } from '../../store/agreement-store.js';
import type { AppEnv } from '../app-env.js';
import { parseBody } from '../parse-body.js';
import { readJson } from '../read-body.js';

export const paidBody = z.strictObject({ paidOn: dateField() });

const INSTALMENT_PATH = '/api/cases/:caseId/agreements/:agreementId/instalments/:seq/paid';

export function registerAgreementRoutes(app: Hono<AppEnv>) {
  app.get('/api/cases/:caseId/agreements', async (c) =>
    c.json({ agreements: await listAgreements(c.var.db, c.var.actor, c.req.param('caseId')) }),
  );

  /** { signedOn?, total, terms?: { waived?, notes?, certificateDays? }, instalments: [{ dueOn, amount }] } */
  app.post('/api/cases/:caseId/debts/:debtId/agreements', async (c) => {
    const agreement = parseBody(agreementSchema, await readJson(c, 256 * 1024));
    const stored = await createAgreement(
      c.var.db,
      c.var.actor,
      c.req.param('caseId'),
      c.req.param('debtId'),
      agreement,
    );
    return c.json(stored, 201);
  });

  app.post(INSTALMENT_PATH, async (c) => {
    const { paidOn } = parseBody(paidBody, await readJson(c, 4 * 1024));
    const { caseId, agreementId, seq } = c.req.param();
    return c.json(await setInstalmentPaid(c.var.db, c.var.actor, caseId, agreementId, seq, paidOn));
  });

  /** Unmarks an instalment marked paid by mistake. */
  app.delete(INSTALMENT_PATH, async (c) => {
    const { caseId, agreementId, seq } = c.req.param();
    return c.json(await setInstalmentPaid(c.var.db, c.var.actor, caseId, agreementId, seq, null));
  });
}
