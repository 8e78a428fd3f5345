import { lprQuotationBody, lprQuotationParams } from '@shangan/contract';
import { Hono } from 'hono';
import { chinaDate } from '../../repositories/china-date.js';
import { addLprQuotation, caseLpr, lprOverview, removeLprQuotation } from '../../use-cases/lpr-use-cases.js';
import { jsonBody } from '../read-body.js';
import { validate } from '../validate.js';

/**
 * The person's own LPR quotations (ADR 0033), which every report of their cases adds to the
 * built-in table; and a case's, for the plan's what-if in the browser.
 */
export const lprRoutes = new Hono()
  .get('/api/lpr', async (c) => c.json(await lprOverview(c.var.db, c.var.actor, c.var.lpr)))
  .post('/api/lpr/quotations', jsonBody(8 * 1024), validate('json', lprQuotationBody), async (c) => {
    const today = chinaDate(new Date(c.var.clock()).toISOString());
    return c.json(await addLprQuotation(c.var.db, c.var.actor, c.req.valid('json'), today), 201);
  })
  .delete('/api/lpr/quotations/:date', validate('param', lprQuotationParams), async (c) => {
    await removeLprQuotation(c.var.db, c.var.actor, c.req.valid('param').date);
    return c.body(null, 204);
  })
  .get('/api/cases/:caseId/lpr', async (c) =>
    c.json(await caseLpr(c.var.db, c.var.actor, c.req.param('caseId'))),
  );
